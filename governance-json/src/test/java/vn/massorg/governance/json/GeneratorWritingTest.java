package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * Writing into an application's own generator gives the members the text forms give, so that an
 * envelope or a pretty printer needs no parse of the library's output.
 */
class GeneratorWritingTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final JsonFactory FACTORY = new JsonFactory();

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String written(Body body) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    }
    return out.toString();
  }

  @Test
  @DisplayName("a record written into a generator is the record's text")
  void record() throws IOException {
    MeetingRecord record = Samples.everyAttribute();
    assertThat(written(g -> JSON.write(record, g))).isEqualTo(JSON.write(record));
  }

  @Test
  @DisplayName("a report's and a finding's members sit beside an envelope's own")
  void members() throws IOException {
    MeetingRecord broken = Samples.haiPhong();
    ValidationReport report =
        GovernanceValidator.standard().validateAll(java.util.List.of(broken, broken));
    assertThat(report.getFindings()).isNotEmpty();
    String envelope =
        written(
            g -> {
              g.writeStartObject();
              g.writeStringField("file", "a.jsonl");
              JSON.writeReportMembers(report, g);
              g.writeEndObject();
            });
    String text = JSON.writeReport(report);
    assertThat(envelope).isEqualTo("{\"file\":\"a.jsonl\"," + text.substring(1));
    Finding first = report.getFindings().get(0);
    String finding =
        written(
            g -> {
              g.writeStartObject();
              g.writeNumberField("line", 2);
              JSON.writeFindingMembers(first, g);
              g.writeEndObject();
            });
    assertThat(finding).isEqualTo("{\"line\":2," + JSON.writeFinding(first).substring(1));
  }
}
