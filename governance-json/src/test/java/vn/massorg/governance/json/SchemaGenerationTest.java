package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.format.generator.FormatGenerator;

/**
 * The committed JSON Schema is exactly what the generator makes of the model and the overlay
 * ({@code src/main/schema/meeting-record.overlay.json}). The schema is committed because it is a
 * published artifact whose every change a reviewer should see; this test is what keeps it from
 * drifting from the model: a new attribute, a changed code list or overlay text fails here until
 * the schema is rewritten with {@code mvn -B -ntp -pl governance-format-generator -am package
 * -DskipTests -DwriteGenerated}.
 */
class SchemaGenerationTest {
  @Test
  @DisplayName("the committed schema is the one generated from the model and the overlay")
  void theCommittedSchemaIsGenerated() throws IOException {
    Path basedir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    String generated =
        FormatGenerator.schema(basedir.resolve("src/main/schema/meeting-record.overlay.json"));
    String committed =
        Files.readString(
            basedir.resolve(
                "src/main/resources/vn/massorg/governance/json/meeting-record.schema.json"),
            StandardCharsets.UTF_8);
    assertThat(committed)
        .as(
            "the committed schema differs from the generated one; rewrite it with "
                + "mvn -B -ntp -pl governance-format-generator -am package -DskipTests -DwriteGenerated")
        .isEqualTo(generated);
  }
}
