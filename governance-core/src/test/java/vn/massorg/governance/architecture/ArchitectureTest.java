package vn.massorg.governance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The dependency rules each package-info.java states, enforced on the compiled classes. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.massorg.governance");
    assertThat(core.size()).isGreaterThan(50);
  }

  @Test
  @DisplayName("the model depends on neither the validation engine nor the charter")
  void modelIsPlain() {
    noClasses()
        .that()
        .resideInAPackage("vn.massorg.governance.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.massorg.governance.validation..", "vn.massorg.governance.charter..")
        .check(core);
  }

  @Test
  @DisplayName("the charter does not depend on the validation engine")
  void charterIsData() {
    noClasses()
        .that()
        .resideInAPackage("vn.massorg.governance.charter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.massorg.governance.validation..")
        .check(core);
  }

  @Test
  @DisplayName("no cycle among the top-level packages: model, charter, validation")
  void noCycleAmongTopLevelPackages() {
    slices().matching("vn.massorg.governance.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  @DisplayName("no cycle among the packages within validation")
  void noCycleWithinValidation() {
    slices().matching("vn.massorg.governance.validation.(*)").should().beFreeOfCycles().check(core);
  }

  /**
   * A slice of {@code validation.(*)} leaves out {@code validation} itself, so the cycle the API
   * and the engine once made is checked with each package as its own slice.
   */
  @Test
  @DisplayName("no cycle between any two packages, validation and validation.rules included")
  void noCycleAmongPackages() {
    slices().matching("vn.massorg.governance.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  @DisplayName("the validation API reaches the rule engine only as a service, never by a type")
  void apiDoesNotDependOnEngine() {
    noClasses()
        .that()
        .resideInAPackage("vn.massorg.governance.validation")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.massorg.governance.validation.rules..")
        .check(core);
  }

  @Test
  @DisplayName("governance-core knows nothing of JSON: no Jackson anywhere")
  void noJackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..")
        .check(core);
  }

  @Test
  @DisplayName("the rules engine is internal: only the validation API uses it")
  void rulesAreInternal() {
    noClasses()
        .that()
        .resideOutsideOfPackages("vn.massorg.governance.validation..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.massorg.governance.validation.rules..")
        .check(core);
  }

  @Test
  @DisplayName(
      "the library's validation runs without a Jakarta engine: only the host-facing constraint validator uses one")
  void noEngineOnTheLibrarysPath() {
    noClasses()
        .that()
        .resideInAPackage("vn.massorg.governance.validation..")
        .and()
        .doNotHaveSimpleName("ConformsToCharterValidator")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hibernate..", "jakarta.validation..")
        .check(core);
  }

  @Test
  @DisplayName("every package has a package-info.java that says what it must not depend on")
  void packageInfo() throws IOException {
    Path root = Paths.get("src/main/java");
    assertThat(root).isDirectory();
    List<Path> packages;
    try (Stream<Path> walk = Files.walk(root)) {
      packages =
          walk.filter(Files::isDirectory)
              .filter(ArchitectureTest::hasJava)
              .collect(Collectors.toList());
    }
    assertThat(packages).hasSizeGreaterThanOrEqualTo(4);
    for (Path dir : packages) {
      if (dir.equals(root)) {
        continue; // module-info.java
      }
      Path info = dir.resolve("package-info.java");
      assertThat(info).as("package-info.java in %s", dir).exists();
      String text = Files.readString(info);
      assertThat(text).as(info.toString()).containsIgnoringCase("depend");
    }
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
