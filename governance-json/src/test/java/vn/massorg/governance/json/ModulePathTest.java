package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path (as most host applications do); this one boots governance-json
 * and governance-core as named modules in a child JVM, so that the module descriptors — {@code
 * requires}, {@code exports}, {@code opens} for Hibernate Validator, {@code provides} for the
 * Jackson module — are proven to work, not only to compile.
 */
class ModulePathTest {

  @Test
  void theLibraryWorksAsNamedModules() throws Exception {
    List<String> modulePath = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    String testClassPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : testClassPath.split(File.pathSeparator)) {
      String name = new File(entry).getName();
      if (entry.replace('\\', '/').endsWith("governance-json/target/test-classes")) {
        classPath.add(entry);
      } else if (entry.replace('\\', '/').endsWith("/target/classes")
          || (name.startsWith("governance-core") && !name.endsWith("-tests.jar"))
          || name.startsWith("jackson-core")
          || name.startsWith("jackson-databind")
          || name.startsWith("jackson-annotations")
          || name.startsWith("hibernate-validator")
          || name.startsWith("jakarta.validation")
          || name.startsWith("jboss-logging")
          || name.startsWith("classmate")) {
        modulePath.add(entry);
      }
    }
    assertThat(modulePath).anyMatch(e -> e.contains("governance-core"));
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                java,
                "--module-path",
                String.join(File.pathSeparator, modulePath),
                "--add-modules",
                "vn.massorg.governance.json",
                "-cp",
                String.join(File.pathSeparator, classPath),
                "vn.massorg.governance.modulepath.ModulePathCheck",
                GovernanceJson.strict().write(Samples.haiPhong()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output).contains("OK vn.massorg.governance.json sha256:33f908aa");
  }
}
