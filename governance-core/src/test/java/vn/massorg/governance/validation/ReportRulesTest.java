package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.massorg.governance.validation.RuleAssert.STANDARD;
import static vn.massorg.governance.validation.RuleAssert.added;
import static vn.massorg.governance.validation.RuleAssert.onlyNew;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;

/** The rules of the reports presented to a meeting. */
class ReportRulesTest {
  private final MeetingRecord valid = Records.complete();

  @Test
  @DisplayName("report.period-ended (record consistency): reviewing Q4 2020 on 15/10/2020")
  void reviewedPeriodNotEnded() {
    Finding f =
        onlyNew(
            valid,
            Edits.meeting(valid, m -> m.withReviewedPeriod(ReportingPeriod.quarter(2020, 4))),
            Rule.REPORT_PERIOD_ENDED,
            Severity.ERROR,
            "/meeting/reviewedPeriod");
    assertThat(f.getArguments())
        .containsEntry("period", "2020-Q4")
        .containsEntry("end", "2020-12-31")
        .containsEntry("date", "2020-10-15");
  }

  @Test
  @DisplayName("report.period-ended (record consistency): presenting a report on a period not over")
  void presentedReportNotEnded() {
    onlyNew(
        valid,
        Edits.report(valid, 0, r -> r.withPeriod(ReportingPeriod.halfYear(2020, 2))),
        Rule.REPORT_PERIOD_ENDED,
        Severity.ERROR,
        "/meeting/agenda/0/presentations/0/reportId");
  }

  @Test
  @DisplayName(
      "report.period-ended (record consistency): a meeting on the period's last day is too early")
  void lastDay() {
    MeetingRecord r =
        Edits.meeting(valid, m -> m.withDate(PartialDate.of(LocalDate.of(2020, 9, 30))));
    assertThat(added(STANDARD, valid, r))
        .extracting(Finding::getPath)
        .containsExactlyInAnyOrder(
            "/meeting/reviewedPeriod", "/meeting/agenda/0/presentations/0/reportId");
    MeetingRecord dayAfter =
        Edits.meeting(valid, m -> m.withDate(PartialDate.of(LocalDate.of(2020, 10, 1))));
    assertThat(STANDARD.validate(dayAfter).getFindings()).isEmpty();
  }

  @Test
  @DisplayName(
      "report.period-ended (record consistency): a meeting dated only '2020' cannot be checked against Q3 2020")
  void imprecise() {
    List<Finding> added =
        added(STANDARD, valid, Edits.meeting(valid, m -> m.withDate(PartialDate.ofYear(2020))));
    assertThat(added)
        .extracting(Finding::getPath)
        .containsExactlyInAnyOrder(
            "/meeting/reviewedPeriod", "/meeting/agenda/0/presentations/0/reportId");
    assertThat(added)
        .allSatisfy(
            f -> {
              assertThat(f.getCode()).isEqualTo("report.period-ended");
              assertThat(f.getSeverity()).isEqualTo(Severity.NOT_CHECKED);
              RuleAssert.assertBilingual(f);
            });
    assertThat(
            STANDARD
                .validate(Edits.meeting(valid, m -> m.withDate(PartialDate.ofYear(2021))))
                .getFindings())
        .isEmpty();
  }

  @Test
  @DisplayName("report.presented-status (record consistency): a presented report still a draft")
  void stillDraft() {
    Finding f =
        onlyNew(
            valid,
            Edits.report(valid, 0, r -> r.withStatusHistory(ReportStatus.DRAFT)),
            Rule.REPORT_PRESENTED_STATUS,
            Severity.ERROR,
            "/reports/0/statusHistory");
    assertThat(f.getArguments()).containsEntry("id", "report.2020-q3");
  }

  @Test
  @DisplayName("report.presented-status: a draft that is not presented is fine")
  void draftNotPresented() {
    MeetingRecord r =
        Edits.addReport(
            valid,
            vn.massorg.governance.model.ImmutableReport.copyOf(valid.getReports().get(0))
                .withId("report.ke-hoach")
                .withStatusHistory(ReportStatus.DRAFT));
    assertThat(STANDARD.validate(r).getFindings()).isEmpty();
  }
}
