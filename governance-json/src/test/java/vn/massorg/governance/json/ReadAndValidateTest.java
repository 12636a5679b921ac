package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.RuleLayer;
import vn.massorg.governance.validation.Severity;

/** Reading and validating in one call: parse errors and rule findings in one report shape. */
class ReadAndValidateTest {
  private final GovernanceJson json = GovernanceJson.strict();
  private final GovernanceValidator validator = GovernanceValidator.standard();

  @Test
  void aRecordThatReadsGivesTheValidatorsReport() {
    MeetingRecord record = Samples.haiPhong();
    ReadResult result = json.readAndValidate(json.write(record), validator);
    assertThat(result.getRecord()).contains(record);
    assertThat(result.getReport()).isEqualTo(validator.validate(record));
  }

  @Test
  void aMissingRequiredMemberIsAFindingWithItsPath() {
    ReadResult result = json.readAndValidate(Docs.without("/meeting/title"), validator);
    assertThat(result.getRecord()).isEmpty();
    assertThat(result.isValid()).isFalse();
    Finding finding = result.getReport().getFindings().get(0);
    assertThat(result.getReport().getFindings()).hasSize(1);
    assertThat(finding.getCode()).isEqualTo("format.missing");
    assertThat(finding.getPath()).isEqualTo("/meeting/title");
    assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(finding.getSource().getLayer()).isEqualTo(RuleLayer.FORMAT);
    assertThat(finding.getArguments()).containsKeys("line", "column");
  }

  @Test
  void aWrongTypeIsAFindingNotAnException() {
    ReadResult result =
        json.readAndValidate(
            Docs.utf8(Docs.with("/term/bodies/0/seats", "\"fifteen\"")), validator);
    assertThat(result.getReport().getFindings())
        .extracting(Finding::getCode, Finding::getPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("format.type", "/term/bodies/0/seats"));
  }

  @Test
  void everyKindOfInputIsAccepted() {
    String text = Docs.with("/meeting/kind", "\"annual\"");
    for (ReadResult result :
        new ReadResult[] {
          json.readAndValidate(text, validator),
          json.readAndValidate(Docs.utf8(text), validator),
          json.readAndValidate(new ByteArrayInputStream(Docs.utf8(text)), validator),
          json.readAndValidate(new StringReader(text), validator)
        }) {
      assertThat(result.getReport().getFindings())
          .singleElement()
          .satisfies(f -> assertThat(f.getPath()).isEqualTo("/meeting/kind"));
    }
  }
}
