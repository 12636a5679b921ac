package vn.massorg.governance.format.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.massorg.governance.model.MeetingRecord;

/**
 * The build step that writes the JSON format's code from the model: {@code ModelReader}, {@code
 * ModelWriter} and {@code ModelBindings}, into governance-json's generated sources; and, on demand
 * ({@code --schema}), the JSON Schema that governance-json ships and commits. Run by
 * governance-json's build (exec-maven-plugin, generate-sources phase); the reasons for a
 * generate-sources step over an annotation processor are in docs/design/format-generation.md.
 *
 * <p>A file whose content has not changed is not rewritten, so that an unchanged model does not
 * make the compiler's incremental check rebuild governance-json.
 */
public final class FormatGenerator {
  /** The package of governance-json, where the generated classes live beside their support. */
  static final String PACKAGE = "vn.massorg.governance.json";

  /** The committed schema, from the repository root. */
  public static final String SCHEMA =
      "governance-json/src/main/resources/vn/massorg/governance/json/meeting-record.schema.json";

  /** The schema's overlay, from the repository root. */
  public static final String OVERLAY =
      "governance-json/src/main/schema/meeting-record.overlay.json";

  /** The committed field rules, from the repository root. */
  public static final String FIELD_RULES =
      "governance-core/src/main/java/vn/massorg/governance/validation/rules/FieldRules.java";

  /** The command that rewrites the committed generated files. */
  public static final String REWRITE =
      "mvn -B -ntp -pl governance-format-generator -am package -DskipTests -DwriteGenerated";

  private FormatGenerator() {}

  /**
   * governance-core's {@code FieldRules}, from the model's constraints.
   *
   * @return the source
   */
  public static String fieldRules() {
    return new FieldRulesGenerator(FormatModel.of(MeetingRecord.class)).generate();
  }

  /**
   * Writes the sources.
   *
   * @param args one argument: the generated-sources root directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--committed")) {
      Path root = Path.of(args[1]);
      write(root.resolve(SCHEMA), schema(root.resolve(OVERLAY)));
      write(root.resolve(FIELD_RULES), fieldRules());
      return;
    }
    if (args.length != 1) {
      throw new IllegalArgumentException(
          "usage: FormatGenerator OUTPUT_DIRECTORY | --committed REPOSITORY_ROOT (given: "
              + Arrays.toString(args)
              + ")");
    }
    FormatModel model = FormatModel.of(MeetingRecord.class);
    Path dir = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    write(dir.resolve("ModelReader.java"), new ReaderGenerator(model, PACKAGE).generate());
    write(dir.resolve("ModelWriter.java"), new WriterGenerator(model, PACKAGE).generate());
    write(dir.resolve("ModelBindings.java"), new BindingsGenerator(model, PACKAGE).generate());
  }

  /**
   * The JSON Schema of the format, from the model and the overlay of what the model cannot say.
   *
   * @param overlay the overlay file (governance-json's {@code src/main/schema})
   * @return the schema's text
   * @throws IOException if the overlay cannot be read
   */
  public static String schema(Path overlay) throws IOException {
    JsonNode tree = new ObjectMapper().readTree(overlay.toFile());
    if (!(tree instanceof ObjectNode object)) {
      throw new IllegalStateException(overlay + ": not a JSON object");
    }
    return new SchemaGenerator(FormatModel.of(MeetingRecord.class), object).generate();
  }

  private static void write(Path file, String source) throws IOException {
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.write(file, bytes);
  }
}
