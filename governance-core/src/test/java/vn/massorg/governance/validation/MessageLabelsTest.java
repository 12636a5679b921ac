package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.massorg.governance.validation.RuleAssert.STANDARD;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Records;
import vn.massorg.governance.testing.RuleMutations;

/**
 * A finding's message names a term, a period and a threshold by their labels in the message's
 * language, and its arguments give them in their stable code forms, for machines.
 */
class MessageLabelsTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final MeetingRecord VALID = Records.complete();

  private static Finding finding(Rule rule) {
    return STANDARD.validate(RuleMutations.breakRecord(rule, VALID)).getFindings().stream()
        .filter(f -> f.getCode().equals(rule.getCode()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTermIsNamedByItsLabel() {
    Finding f = finding(Rule.MEETING_DATE_IN_TERM);
    assertThat(f.getMessage().getVi()).contains(VALID.getTerm().label(VI));
    assertThat(f.getMessage().getEn().orElseThrow())
        .contains(VALID.getTerm().label(Locale.ENGLISH));
    assertThat(f.getArguments()).containsEntry("term", VALID.getTerm().getId());
  }

  @Test
  void aPeriodIsNamedByItsLabel() {
    MeetingRecord broken = RuleMutations.breakRecord(Rule.REPORT_PERIOD_ENDED, VALID);
    var period = broken.getMeeting().getReviewedPeriod().orElseThrow();
    Finding f = finding(Rule.REPORT_PERIOD_ENDED);
    assertThat(f.getMessage().getVi()).contains(period.label(VI));
    assertThat(f.getMessage().getEn().orElseThrow()).contains(period.label(Locale.ENGLISH));
    assertThat(f.getArguments()).containsEntry("period", period.toString());
  }

  @Test
  void aThresholdIsNamedByItsLabel() {
    MeetingRecord broken = RuleMutations.breakRecord(Rule.DECISION_MAJORITY, VALID);
    var threshold =
        broken.getMeeting().getAgenda().stream()
            .flatMap(a -> a.getDecisions().stream())
            .map(Decision::getRequiredMajority)
            .filter(java.util.Optional::isPresent)
            .map(java.util.Optional::get)
            .reduce((a, b) -> b)
            .orElseThrow();
    Finding f = finding(Rule.DECISION_MAJORITY);
    assertThat(f.getMessage().getVi()).contains(threshold.label(VI));
    assertThat(f.getMessage().getEn().orElseThrow()).contains(threshold.label(Locale.ENGLISH));
    assertThat(f.getArguments()).containsEntry("threshold", threshold.toString());
  }
}
