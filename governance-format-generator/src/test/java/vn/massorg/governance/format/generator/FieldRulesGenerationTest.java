package vn.massorg.governance.format.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.format.generator.fixture.Emailed;

/**
 * governance-core's committed {@code FieldRules} is exactly what the generator makes of the model's
 * constraints. It is committed because governance-core compiles before the generator can read its
 * classes; this test keeps it from drifting: a new or changed constraint fails here until the file
 * is rewritten with the command in the message.
 */
class FieldRulesGenerationTest {
  @Test
  @DisplayName("the committed FieldRules is the one generated from the model's constraints")
  void theCommittedFieldRulesAreGenerated() throws IOException {
    Path basedir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    String committed =
        Files.readString(
            basedir.resolve("..").resolve(FormatGenerator.FIELD_RULES), StandardCharsets.UTF_8);
    assertThat(committed)
        .as(
            "the committed FieldRules differs from the generated one; rewrite it with "
                + FormatGenerator.REWRITE)
        .isEqualTo(FormatGenerator.fieldRules());
  }

  @Test
  @DisplayName("a constraint without a field check stops the generation, naming the accessor")
  void anUnknownConstraintIsRefused() {
    assertThatThrownBy(() -> new FieldRulesGenerator(FormatModel.of(Emailed.class)).generate())
        .hasMessage("Emailed.getAddress(): no field check for @Email");
  }

  @Test
  @DisplayName("a literal escapes what a Java source must not hold raw")
  void literalsAreEscaped() {
    assertThat(FieldRulesGenerator.literal("[0-9]/[A-ZĐ]\\d\""))
        .isEqualTo("\"[0-9]/[A-Z\\u0110]\\\\d\\\"\"");
  }
}
