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
import java.util.Map;
import java.util.Set;
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

  private static final String[] JSON = {
    "com.fasterxml.jackson..",
    "com.google.gson..",
    "org.json..",
    "jakarta.json..",
    "javax.json..",
    "org.glassfish.json.."
  };

  /**
   * What each package-info.java's "Must not depend on:" sentence says, claim by claim: the words of
   * the claim, and the packages they mean. Every claim of a sentence is here and every claim here
   * is in its sentence, so a package-info that promises more, or less, than is checked fails.
   */
  private static final Map<String, Map<String, String[]>> MUST_NOT_DEPEND_ON =
      Map.of(
          "vn.massorg.governance.model",
          Map.of(
              "the validation engine", new String[] {"vn.massorg.governance.validation.."},
              "the charter", new String[] {"vn.massorg.governance.charter.."},
              "Jackson or any JSON library", JSON),
          "vn.massorg.governance.charter",
          Map.of(
              "the validation engine",
              new String[] {"vn.massorg.governance.validation.."},
              "Jackson or any JSON library",
              JSON),
          "vn.massorg.governance.validation",
          Map.of(
              "the rule engine", new String[] {"vn.massorg.governance.validation.rules.."},
              "a Jakarta Validation engine",
                  new String[] {"org.hibernate.validator..", "jakarta.validation.."},
              "Jackson or any JSON library", JSON,
              "the command line", new String[] {"vn.massorg.governance.cli.."}),
          "vn.massorg.governance.validation.rules",
          Map.of("Jackson or any JSON library", JSON));

  @Test
  @DisplayName("each package-info.java says what it depends on and must not; the latter holds")
  void packageInfo() throws IOException {
    Path root = Paths.get("src/main/java");
    assertThat(root).isDirectory();
    List<Path> packages;
    try (Stream<Path> walk = Files.walk(root)) {
      packages =
          walk.filter(Files::isDirectory)
              .filter(ArchitectureTest::hasJava)
              .filter(dir -> !dir.equals(root)) // module-info.java
              .collect(Collectors.toList());
    }
    Set<String> names =
        packages.stream()
            .map(
                dir ->
                    root.relativize(dir)
                        .toString()
                        .replace(dir.getFileSystem().getSeparator(), "."))
            .collect(Collectors.toSet());
    assertThat(names).isEqualTo(MUST_NOT_DEPEND_ON.keySet());
    for (Path dir : packages) {
      String name =
          root.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), ".");
      Path info = dir.resolve("package-info.java");
      assertThat(info).as("package-info.java in %s", dir).exists();
      String text = comment(Files.readString(info));
      assertThat(text).as("%s says what it depends on", info).containsPattern("Depends on: \\S");
      assertThat(text)
          .as("%s says what it must not depend on", info)
          .contains("Must not depend on: ");
      String claims = mustNotDependOn(text);
      Map<String, String[]> forbidden = MUST_NOT_DEPEND_ON.get(name);
      String rest = claims;
      for (Map.Entry<String, String[]> claim : forbidden.entrySet()) {
        assertThat(claims).as("the claims of %s", info).contains(claim.getKey());
        rest = rest.replace(claim.getKey(), "");
        noClasses()
            .that()
            .resideInAPackage(name)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(claim.getValue())
            .as(name + " must not depend on " + claim.getKey())
            .check(core);
      }
      assertThat(rest)
          .as("claims of %s that this test does not check: %s", info, claims)
          .matches("[\\s,;]*");
    }
  }

  /** The text of a javadoc comment: no stars, inline tags reduced to their text, one line. */
  private static String comment(String source) {
    int start = source.indexOf("/**");
    int end = source.indexOf("*/", start);
    assertThat(start).as("a javadoc comment").isNotNegative();
    return source
        .substring(start + 3, end)
        .replaceAll("(?m)^\\s*\\*\\s?", " ")
        .replaceAll("\\{@(?:code|link) ([^}]*)}", "$1")
        .replaceAll("\\s+", " ");
  }

  /** The claims of the "Must not depend on:" sentence, without their explanations in brackets. */
  private static String mustNotDependOn(String comment) {
    String after = comment.substring(comment.indexOf("Must not depend on: ") + 20);
    String bare = after.replaceAll("\\([^()]*\\)", "");
    int stop = bare.indexOf('.');
    assertThat(stop).as("the sentence ends: %s", after).isNotNegative();
    return bare.substring(0, stop);
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
