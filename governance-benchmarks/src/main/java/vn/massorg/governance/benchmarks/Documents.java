package vn.massorg.governance.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.massorg.governance.benchmarks.plain.PlainMeetingRecord;
import vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The benchmark documents and the checks that every way of reading them accepts them whole.
 *
 * <ul>
 *   <li>{@code seed}: the Hai Phong Standing Committee meeting of Q3 2020, as the examples module
 *       builds it and ships it (its sample document is checked to read to the same record);
 *   <li>{@code large}: {@link SyntheticMeeting#large()}, 60 attendees, 10 agenda items, two
 *       reports.
 * </ul>
 *
 * <p>Every benchmark reads the library's compact JSON of the record: the form the library writes
 * and archives hold, one line per record.
 */
public final class Documents {
  /** The shipped schema, inside governance-json. */
  public static final String SCHEMA = "/vn/massorg/governance/json/meeting-record.schema.json";

  /** The shipped sample document of the seed, inside governance-examples. */
  public static final String SEED_SAMPLE =
      "/vn/massorg/governance/examples/hai-phong-2020-q3-standing-committee.json";

  private Documents() {}

  /**
   * The record of a document.
   *
   * @param name {@code seed} or {@code large}
   * @return the record, not null
   */
  public static MeetingRecord record(String name) {
    switch (name) {
      case "seed":
        return HaiPhongStandingCommitteeQ3_2020.record();
      case "large":
        return SyntheticMeeting.large();
      default:
        throw new IllegalArgumentException("no document " + name + "; seed or large");
    }
  }

  /**
   * The library's compact JSON of a document.
   *
   * @param name {@code seed} or {@code large}
   * @return UTF-8 bytes, not null
   */
  public static byte[] json(String name) {
    return GovernanceJson.strict().write(record(name)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The shipped JSON Schema, loaded by networknt (draft 2020-12).
   *
   * @return the schema, not null
   */
  public static Schema schema() {
    try (InputStream in = Documents.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is not on the class path");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that each way accepts the document whole, so that no benchmark measures a failure: the
   * library reads it back to the same record, the standard validator finds no error, the baseline
   * binds every member (and writes the same tree back), and networknt finds no error; for the seed,
   * the shipped sample reads to the same record.
   *
   * @throws IllegalStateException if a way does not accept the document
   */
  static void check(
      String name,
      byte[] json,
      MeetingRecord record,
      PlainMeetingRecord plain,
      ObjectMapper plainMapper,
      Schema schema,
      ObjectMapper schemaMapper)
      throws IOException {
    GovernanceJson library = GovernanceJson.strict();
    require(
        library.read(json).equals(record),
        name + ": the library does not read back its " + "own record");
    ValidationReport report = GovernanceValidator.standard().validate(record);
    require(!report.hasErrors(), name + ": the record has errors: " + report);
    JsonNode tree = plainMapper.readTree(json);
    require(
        tree.equals(plainMapper.valueToTree(plain)),
        name + ": the plain records do not hold " + "every member of the document");
    List<Error> errors = schema.validate(schemaMapper.readTree(json));
    require(errors.isEmpty(), name + ": networknt rejects the document: " + errors);
    if (name.equals("seed")) {
      try (InputStream in = Documents.class.getResourceAsStream(SEED_SAMPLE)) {
        require(
            in != null && library.read(in).equals(record),
            "seed: the shipped sample is not the seed record");
      }
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
