package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.RuleLayer;
import vn.massorg.governance.validation.RuleSource;
import vn.massorg.governance.validation.Severity;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The JSON form of validation reports: read back with a plain Jackson tree, every finding is
 * rebuilt equal to the one written, and the shipped schema accepts what is written.
 */
class ReportJsonTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final GovernanceValidator VALIDATOR = GovernanceValidator.standard();
  static final String SCHEMA_RESOURCE = "/vn/massorg/governance/json/validation-report.schema.json";
  private static final Schema SCHEMA = loadSchema();

  /** A finding whose texts hold what JSON must escape, and no English message. */
  private static final Finding AWKWARD =
      Finding.of(
          "meeting.chair",
          Severity.ERROR,
          "/meeting/a~1b/0/\"q\"",
          BilingualText.of("Chủ trì \"x\"\n\t\\ \u2028 \u0001 😀"),
          RuleSource.of(RuleLayer.CHARTER, BilingualText.of("Điều 12", "Article 12")),
          Map.of("z", "last", "a", "first\r\n", "line", "3"));

  private static Schema loadSchema() {
    try (InputStream in = GovernanceJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Docs.PLAIN.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rebuilds a report from its JSON with nothing but a plain tree and the public API. */
  static List<Finding> findingsOf(JsonNode report) {
    List<Finding> findings = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      assertThat(names(f))
          .containsExactly("code", "severity", "path", "message", "source", "arguments");
      assertThat(names(f.get("source"))).containsExactly("layer", "citation");
      Map<String, String> arguments = new LinkedHashMap<>();
      f.get("arguments")
          .properties()
          .forEach(
              a -> {
                assertThat(a.getValue().isTextual())
                    .as("argument %s is a string", a.getKey())
                    .isTrue();
                arguments.put(a.getKey(), a.getValue().textValue());
              });
      findings.add(
          Finding.of(
              f.get("code").textValue(),
              Arrays.stream(Severity.values())
                  .filter(s -> s.getCode().equals(f.get("severity").textValue()))
                  .findFirst()
                  .orElseThrow(),
              f.get("path").textValue(),
              text(f.get("message")),
              RuleSource.of(
                  Arrays.stream(RuleLayer.values())
                      .filter(l -> l.getCode().equals(f.get("source").get("layer").textValue()))
                      .findFirst()
                      .orElseThrow(),
                  text(f.get("source").get("citation"))),
              arguments));
    }
    return findings;
  }

  private static BilingualText text(JsonNode node) {
    assertThat(names(node)).isSubsetOf("vi", "en").contains("vi");
    return node.has("en")
        ? BilingualText.of(node.get("vi").textValue(), node.get("en").textValue())
        : BilingualText.of(node.get("vi").textValue());
  }

  private static List<String> names(JsonNode object) {
    assertThat(object.isObject()).as("%s is an object", object).isTrue();
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertRoundTrips(ValidationReport report) {
    String written = JSON.writeReport(report);
    JsonNode tree = Docs.parse(written);
    assertThat(names(tree)).containsExactly("valid", "findings");
    assertThat(tree.get("valid").isBoolean()).isTrue();
    assertThat(tree.get("valid").booleanValue()).isEqualTo(report.isValid());
    assertThat(findingsOf(tree)).containsExactlyElementsOf(report.getFindings());
    assertThat(SCHEMA.validate(tree)).as("schema errors of %s", written).isEmpty();
  }

  @Nested
  class WriteReport {
    @Test
    void aReportOfTheSeedMeetingReadsBackAsTheSameFindings() {
      ValidationReport report = VALIDATOR.validate(Samples.haiPhong());
      assertThat(report.getFindings()).isNotEmpty();
      assertRoundTrips(report);
    }

    @Test
    void aReportWithAnErrorSaysItIsNotValid() {
      ValidationReport report = ValidationReport.of(List.of(AWKWARD));
      assertThat(Docs.parse(JSON.writeReport(report)).get("valid").booleanValue()).isFalse();
      assertRoundTrips(report);
    }

    @Test
    void warningsAndNotCheckedLeaveAReportValid() {
      Finding warning =
          Finding.of(
              "party.full-time-vice-chairmen",
              Severity.WARNING,
              "",
              BilingualText.of("Cảnh báo", "Warning"),
              RuleSource.of(RuleLayer.PARTY, BilingualText.of("Quy định", "Regulation")),
              Map.of());
      ValidationReport report = ValidationReport.of(List.of(warning));
      assertThat(Docs.parse(JSON.writeReport(report)).get("valid").booleanValue()).isTrue();
      assertRoundTrips(report);
    }

    @Test
    void anEmptyReportIsValidWithNoFindings() {
      assertThat(JSON.writeReport(ValidationReport.empty()))
          .isEqualTo("{\"valid\":true,\"findings\":[]}");
    }

    @Test
    void aParseErrorHasTheSameFormWithItsLineAndColumn() {
      ReadResult result = JSON.readAndValidate("{\"format\": 12}", VALIDATOR);
      JsonNode finding = Docs.parse(JSON.writeReport(result.getReport())).get("findings").get(0);
      assertThat(finding.get("code").textValue()).startsWith("format.");
      assertThat(finding.get("severity").textValue()).isEqualTo("error");
      assertThat(finding.get("path").textValue()).isEqualTo("/format");
      assertThat(finding.get("source").get("layer").textValue()).isEqualTo("format");
      assertThat(finding.get("arguments").get("line").textValue()).isEqualTo("1");
      assertThat(finding.get("arguments").get("column").textValue()).isEqualTo("12");
      assertRoundTrips(result.getReport());
    }

    @Test
    void textsThatJsonMustEscapeReadBackExactlyAndArgumentsAreSortedByName() {
      String written = JSON.writeReport(ValidationReport.of(List.of(AWKWARD)));
      JsonNode finding = Docs.parse(written).get("findings").get(0);
      assertThat(finding.get("message").get("vi").textValue())
          .isEqualTo(AWKWARD.getMessage().getVi());
      assertThat(finding.get("message").has("en")).isFalse();
      assertThat(names(finding.get("arguments"))).containsExactly("a", "line", "z");
      assertThat(written).doesNotContain("\n").doesNotContain("\u0001");
    }

    @Test
    void everyValidatedGeneratedRecordRoundTrips() {
      qt().withExamples(Math.max(50, Generators.examples() / 10))
          .forAll(Generators.validRecords())
          .checkAssert(record -> assertRoundTrips(VALIDATOR.validate(record)));
    }

    @Test
    void theStreamGetsTheSameDocumentInUtf8AndStaysOpen() {
      ValidationReport report = ValidationReport.of(List.of(AWKWARD));
      ClosingWatch out = new ClosingWatch();
      JSON.writeReport(report, out);
      // The byte generator escapes characters beyond the BMP; the content is the same.
      assertThat(Docs.parse(out.toByteArray())).isEqualTo(Docs.parse(JSON.writeReport(report)));
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("Chủ trì");
      assertThat(out.closed).isFalse();
    }

    @Test
    void refusesNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> JSON.writeReport(null))
          .withMessageContaining("report");
      assertThatNullPointerException()
          .isThrownBy(() -> JSON.writeReport(null, new ByteArrayOutputStream()))
          .withMessageContaining("report");
      assertThatNullPointerException()
          .isThrownBy(() -> JSON.writeReport(ValidationReport.empty(), null))
          .withMessageContaining("out");
      assertThatNullPointerException()
          .isThrownBy(() -> JSON.writeFinding(null))
          .withMessageContaining("finding");
    }
  }

  @Nested
  class WriteFinding {
    @Test
    void isTheFindingAsItStandsInAReport() {
      ValidationReport report = VALIDATOR.validate(Samples.haiPhong());
      JsonNode findings = Docs.parse(JSON.writeReport(report)).get("findings");
      Iterator<JsonNode> inReport = findings.elements();
      for (Finding finding : report.getFindings()) {
        assertThat(Docs.parse(JSON.writeFinding(finding))).isEqualTo(inReport.next());
      }
    }
  }

  @Nested
  class TheModule {
    @Test
    void writesReportsAndFindingsInTheSameFormAsTheFacade() throws IOException {
      ObjectMapper mapper = JsonMapper.builder().addModule(new GovernanceModule()).build();
      ValidationReport report =
          VALIDATOR.validate(Samples.haiPhong()).and(ValidationReport.of(List.of(AWKWARD)));
      assertThat(mapper.writeValueAsString(report)).isEqualTo(JSON.writeReport(report));
      assertThat(mapper.writeValueAsString(AWKWARD)).isEqualTo(JSON.writeFinding(AWKWARD));
    }
  }

  @Nested
  class TheSchema {
    @Test
    void isDraft202012AndItselfValid() throws IOException {
      JsonNode node;
      try (InputStream in = GovernanceJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
        node = Docs.PLAIN.readTree(in);
      }
      assertThat(node.get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      Schema meta =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
      assertThat(meta.validate(node)).isEmpty();
    }

    @Test
    void rejectsAReportWithoutAFindingsMemberOrWithAnUnknownSeverity() {
      assertThat(SCHEMA.validate(Docs.parse("{\"valid\":true}"))).isNotEmpty();
      String written = JSON.writeReport(ValidationReport.of(List.of(AWKWARD)));
      assertThat(SCHEMA.validate(Docs.parse(written))).isEmpty();
      assertThat(SCHEMA.validate(Docs.parse(written.replace("\"error\"", "\"fatal\""))))
          .isNotEmpty();
      assertThat(
              SCHEMA.validate(
                  Docs.parse(written.replace("\"arguments\":{", "\"arguments\":{\"n\":1,"))))
          .isNotEmpty();
    }
  }

  /** Remembers whether it was closed. */
  private static final class ClosingWatch extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
