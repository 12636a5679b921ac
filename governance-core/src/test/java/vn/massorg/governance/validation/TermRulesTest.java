package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.massorg.governance.validation.RuleAssert.STANDARD;
import static vn.massorg.governance.validation.RuleAssert.added;
import static vn.massorg.governance.validation.RuleAssert.citation;
import static vn.massorg.governance.validation.RuleAssert.onlyNew;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.charter.ImmutableCharter;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;

/** The length of a term: the law's maximum and the charter's figure. */
class TermRulesTest {
  private final MeetingRecord valid = Records.complete();
  private final GovernanceValidator sixYearCharter =
      GovernanceValidator.of(ImmutableCharter.copyOf(Charter.modelCharter()).withTermYears(6));

  @Test
  @DisplayName("term.max-length (Decree 45/2010 Art. 20.3): a six-year term")
  void sixYears() {
    MeetingRecord r = Edits.term(valid, t -> t.withEnd(PartialDate.ofYear(2025)));
    Finding f =
        onlyNew(sixYearCharter, valid, r, Rule.TERM_MAX_LENGTH, Severity.ERROR, "/term/end");
    assertThat(citation(f)).isEqualTo("Decree 45/2010/NĐ-CP, Art. 20.3");
    assertThat(f.getSource().getLayer()).isEqualTo(RuleLayer.LAW);
    assertThat(f.getArguments()).containsEntry("years", "6");
    // Under the model charter the same term also differs from the charter's five years.
    assertThat(added(STANDARD, valid, r))
        .extracting(Finding::getCode)
        .containsExactlyInAnyOrder("term.max-length", "term.length");
  }

  @Test
  @DisplayName(
      "term.max-length: from 26/11/2024 Decree 126/2024 leaves the length to the charter (Art. 22.1)")
  void afterDecree126() {
    MeetingRecord later =
        Edits.meeting(
            Edits.term(
                valid,
                t ->
                    vn.massorg.governance.model.ImmutableTerm.builder()
                        .from(t)
                        .start(PartialDate.ofYear(2025))
                        .end(PartialDate.ofYear(2031))
                        .build()),
            m -> m.withDate(PartialDate.of(LocalDate.of(2026, 1, 15))));
    assertThat(sixYearCharter.validate(later).getFindings()).isEmpty();
  }

  @Test
  @DisplayName(
      "term.length: 1/1/2019 to 31/12/2023 is five years, as is 2019–2024 by years and 15/10/2019 to 14/10/2024 (exact dates)")
  void fiveYearsAtEveryPrecision() {
    for (String[] dates :
        new String[][] {
          {"2019-01-01", "2023-12-31"},
          {"2019", "2024"},
          {"2019-10-15", "2024-10-14"},
          {"2019-10", "2024-09"},
          {"2019-10-15", "2024-10-15"}
        }) {
      MeetingRecord r =
          Edits.term(
              valid,
              t ->
                  vn.massorg.governance.model.ImmutableTerm.builder()
                      .from(t)
                      .start(PartialDate.parse(dates[0]))
                      .end(PartialDate.parse(dates[1]))
                      .build());
      assertThat(STANDARD.validate(r).getFindings()).as(String.join("–", dates)).isEmpty();
    }
    MeetingRecord six =
        Edits.term(
            valid,
            t ->
                vn.massorg.governance.model.ImmutableTerm.builder()
                    .from(t)
                    .start(PartialDate.parse("2019-01-01"))
                    .end(PartialDate.parse("2024-12-31"))
                    .build());
    assertThat(STANDARD.validate(six).getFindings())
        .extracting(Finding::getCode)
        .containsExactlyInAnyOrder("term.max-length", "term.length");
  }

  @Test
  @DisplayName("term.length (model charter 1086/QĐ-BNV: five years): a four-year term warns")
  void fourYears() {
    Finding f =
        onlyNew(
            valid,
            Edits.term(valid, t -> t.withEnd(PartialDate.ofYear(2023))),
            Rule.TERM_LENGTH,
            Severity.WARNING,
            "/term/end");
    assertThat(f.getArguments()).containsEntry("years", "4").containsEntry("charterYears", "5");
    assertThat(citation(f)).contains("1086/QĐ-BNV").contains("assumed");
  }
}
