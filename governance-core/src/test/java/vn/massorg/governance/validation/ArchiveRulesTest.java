package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.massorg.governance.validation.RuleAssert.STANDARD;
import static vn.massorg.governance.validation.RuleAssert.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.ImmutableMeetingRecord;
import vn.massorg.governance.model.ImmutableOrganisation;
import vn.massorg.governance.model.ImmutableReport;
import vn.massorg.governance.model.ImmutableTerm;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;

/** The rules across the records of an archive, through validateAll and startArchive. */
class ArchiveRulesTest {
  private final MeetingRecord valid = Records.complete();

  /** The complete record as an extraordinary meeting, which the cadence rule does not count. */
  private MeetingRecord extraordinary(MeetingRecord r) {
    return Edits.meeting(r, m -> m.withKind(MeetingKind.EXTRAORDINARY));
  }

  /** A regular Standing Committee meeting on a day, with no agenda and no report. */
  private MeetingRecord regularOn(MeetingRecord r, LocalDate day) {
    MeetingRecord bare = ImmutableMeetingRecord.copyOf(r).withReports(List.of());
    return Edits.meeting(
        bare,
        m ->
            m.withDate(PartialDate.of(day))
                .withAgenda(List.of())
                .withReviewedPeriod(Optional.empty())
                .withKind(MeetingKind.REGULAR)
                .withId("meeting.btv." + day));
  }

  /** Another meeting of the record's body, a day later: a second record, not the same one. */
  private MeetingRecord nextDay(MeetingRecord r) {
    return Edits.meeting(
        r,
        m ->
            m.withId(m.getId() + "-next-day")
                .withDate(PartialDate.of(m.getDate().orElseThrow().getEarliest().plusDays(1))));
  }

  private static Finding only(ValidationReport report, Rule rule, Severity severity, String path) {
    assertThat(report.getFindings()).as(report.toString()).singleElement();
    Finding f = report.getFindings().get(0);
    assertThat(f.getCode()).isEqualTo(rule.getCode());
    assertThat(f.getSeverity()).isEqualTo(severity);
    assertThat(f.getPath()).isEqualTo(path);
    RuleAssert.assertBilingual(f);
    return f;
  }

  @Test
  @DisplayName("a record with itself, and records of consecutive terms, are a clean archive")
  void clean() {
    assertThat(STANDARD.validateAll(List.of(valid)).getFindings()).isEmpty();
    MeetingRecord next =
        Edits.meeting(
            Edits.term(
                extraordinary(valid),
                t ->
                    ImmutableTerm.builder()
                        .from(t)
                        .id("term.2024-2029")
                        .start(PartialDate.ofYear(2024))
                        .end(PartialDate.ofYear(2029))
                        .build()),
            m ->
                m.withDate(PartialDate.of(LocalDate.of(2025, 2, 10))).withId("meeting.2025-02-10"));
    assertThat(STANDARD.validateAll(List.of(extraordinary(valid), next)).getFindings()).isEmpty();
  }

  @Test
  @DisplayName("archive.term-overlap (record consistency): two terms of one organisation overlap")
  void termOverlap() {
    MeetingRecord overlapping =
        Edits.meeting(
            Edits.term(
                extraordinary(valid),
                t ->
                    ImmutableTerm.builder()
                        .from(t)
                        .id("term.2022-2027")
                        .start(PartialDate.ofYear(2022))
                        .end(PartialDate.ofYear(2027))
                        .build()),
            m ->
                m.withDate(PartialDate.of(LocalDate.of(2023, 2, 10))).withId("meeting.2023-02-10"));
    Finding f =
        only(
            STANDARD.validateAll(List.of(extraordinary(valid), overlapping)),
            Rule.ARCHIVE_TERM_OVERLAP,
            Severity.ERROR,
            "/1/term");
    assertThat(f.getArguments())
        .containsEntry("term", "term.2022-2027")
        .containsEntry("other", "term.2019-2024");
  }

  @Test
  @DisplayName(
      "archive.conflict (record consistency): one organisation id, two names; one term id, two ordinals")
  void conflict() {
    MeetingRecord renamed =
        ImmutableMeetingRecord.copyOf(valid)
            .withOrganisation(
                ImmutableOrganisation.copyOf(valid.getOrganisation())
                    .withName(BilingualText.of("Khác")));
    only(
        STANDARD.validateAll(List.of(extraordinary(valid), nextDay(extraordinary(renamed)))),
        Rule.ARCHIVE_CONFLICT,
        Severity.ERROR,
        "/1/organisation");
    MeetingRecord renumbered = Edits.term(valid, t -> t.withOrdinal(8));
    Finding f =
        only(
            STANDARD.validateAll(List.of(extraordinary(valid), nextDay(extraordinary(renumbered)))),
            Rule.ARCHIVE_CONFLICT,
            Severity.ERROR,
            "/1/term");
    assertThat(f.getArguments()).containsEntry("first", "/0/term");
  }

  @Test
  @DisplayName("archive.conflict is the record's own finding, found as it arrives")
  void conflictComesWithTheRecord() {
    MeetingRecord renamed =
        ImmutableMeetingRecord.copyOf(valid)
            .withOrganisation(
                ImmutableOrganisation.copyOf(valid.getOrganisation())
                    .withName(BilingualText.of("Khác")));
    ArchiveValidation archive = STANDARD.startArchive();
    assertThat(archive.add(extraordinary(valid)).getFindings()).isEmpty();
    assertThat(archive.add(nextDay(extraordinary(renamed))).getFindings())
        .extracting(Finding::getCode, Finding::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("archive.conflict", "/organisation"));
    assertThat(archive.finish().getFindings()).isEmpty();
  }

  @Test
  @DisplayName(
      "archive.duplicate-meeting (record consistency): one meeting, by its identifier, in two records")
  void duplicateMeeting() {
    // The same line twice, as when an archive is concatenated with itself.
    ValidationReport twice = STANDARD.validateAll(List.of(valid, valid, valid));
    assertThat(twice.getFindings())
        .extracting(Finding::getCode, Finding::getPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("archive.duplicate-meeting", "/1/meeting/id"),
            org.assertj.core.groups.Tuple.tuple("archive.duplicate-meeting", "/2/meeting/id"));
    Finding f = twice.getFindings().get(1);
    assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(f.getArguments())
        .containsEntry("id", valid.getMeeting().getId())
        .containsEntry("first", "/0/meeting/id");
    RuleAssert.assertBilingual(f);
    assertThat(f.getMessage().getEn().orElseThrow())
        .contains(valid.getMeeting().getId(), "/0/meeting/id");
    // Another day, the same identifier: still one meeting's identifier twice.
    only(
        STANDARD.validateAll(
            List.of(
                extraordinary(valid),
                Edits.meeting(
                    extraordinary(valid),
                    m -> m.withDate(PartialDate.of(LocalDate.of(2020, 10, 30)))))),
        Rule.ARCHIVE_DUPLICATE_MEETING,
        Severity.ERROR,
        "/1/meeting/id");
    // The same identifier in another organisation is another meeting.
    MeetingRecord elsewhere =
        ImmutableMeetingRecord.copyOf(valid)
            .withOrganisation(
                ImmutableOrganisation.copyOf(valid.getOrganisation()).withId("org.lhh-hai-duong"));
    assertThat(STANDARD.validateAll(List.of(valid, elsewhere)).getFindings()).isEmpty();
  }

  @Test
  @DisplayName("a meeting recorded twice is counted once by the cadence rule")
  void aRepeatedRecordIsNotASecondMeeting() {
    List<MeetingRecord> year = new ArrayList<>();
    for (int month : new int[] {1, 4, 7}) {
      year.add(regularOn(valid, LocalDate.of(2020, month, 15)));
    }
    year.add(regularOn(valid, LocalDate.of(2020, 7, 15)));
    year.add(regularOn(valid, LocalDate.of(2021, 1, 20)));
    assertThat(STANDARD.validateAll(year).getFindings())
        .extracting(Finding::getCode)
        .containsExactlyInAnyOrder("archive.duplicate-meeting", "archive.meeting-cadence");
  }

  @Test
  @DisplayName(
      "archive.same-day-meeting (record consistency): one body, one day, two identifiers: a warning")
  void sameDayMeeting() {
    MeetingRecord renamed = Edits.meeting(valid, m -> m.withId("meeting.btv-2020-q3-copy"));
    Finding f =
        only(
            STANDARD.validateAll(List.of(valid, renamed)),
            Rule.ARCHIVE_SAME_DAY_MEETING,
            Severity.WARNING,
            "/1/meeting/date");
    assertThat(f.getArguments())
        .containsEntry("id", "meeting.btv-2020-q3-copy")
        .containsEntry("first", "/0/meeting")
        .containsEntry("date", valid.getMeeting().getDate().orElseThrow().toString());
    assertThat(f.getMessage().getVi())
        .contains(
            valid.getTerm().body(valid.getMeeting().getBodyId()).orElseThrow().getName().getVi());
    // A day apart, or a date known only to the month, is no sign of a second record.
    assertThat(STANDARD.validateAll(List.of(valid, nextDay(renamed))).getFindings()).isEmpty();
    MeetingRecord monthOnly =
        Edits.meeting(
            valid,
            m ->
                m.withDate(
                    PartialDate.ofMonth(
                        m.getDate().orElseThrow().getYear(),
                        m.getDate().orElseThrow().getMonth().orElseThrow())));
    assertThat(
            STANDARD
                .validateAll(
                    List.of(monthOnly, Edits.meeting(monthOnly, m -> m.withId("meeting.other"))))
                .findings(Severity.WARNING))
        .isEmpty();
  }

  @Test
  @DisplayName("a hundred thousand records of one meeting: one finding each, none kept to the end")
  void manyDuplicatesAreReportedAsTheyArriveAndNotKept() {
    ArchiveValidation archive = STANDARD.startArchive();
    MeetingRecord bare = regularOn(valid, LocalDate.of(2020, 1, 15));
    assertThat(archive.add(bare).getFindings()).isEmpty();
    for (int i = 1; i < 100_000; i++) {
      List<Finding> findings = archive.add(bare).getFindings();
      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).getCode()).isEqualTo("archive.duplicate-meeting");
    }
    assertThat(archive.finish().findings(Severity.ERROR)).isEmpty();
  }

  @Test
  @DisplayName("archive.meeting-cadence (model charter 1086/QĐ-BNV: the BTV meets once a quarter)")
  void cadence() {
    List<MeetingRecord> year = new ArrayList<>();
    for (int month : new int[] {1, 4, 7, 10}) {
      year.add(regularOn(valid, LocalDate.of(2020, month, 15)));
    }
    year.add(regularOn(valid, LocalDate.of(2021, 1, 20)));
    assertThat(STANDARD.validateAll(year).getFindings()).isEmpty();
    year.remove(2);
    Finding f =
        only(
            STANDARD.validateAll(year),
            Rule.ARCHIVE_MEETING_CADENCE,
            Severity.WARNING,
            "/0/meeting/bodyId");
    assertThat(f.getArguments())
        .containsEntry("year", "2020")
        .containsEntry("held", "3")
        .containsEntry("required", "4");
    assertThat(citation(f)).contains("1086/QĐ-BNV");
  }

  @Test
  @DisplayName(
      "archive.meeting-cadence: the partial first year of a term opened in October owes no four meetings")
  void cadencePartialYear() {
    MeetingRecord october =
        Edits.term(valid, t -> t.withStart(PartialDate.of(LocalDate.of(2019, 10, 1))));
    List<MeetingRecord> records = new ArrayList<>();
    records.add(regularOn(october, LocalDate.of(2019, 11, 10)));
    for (int month : new int[] {1, 4, 7, 10}) {
      records.add(regularOn(october, LocalDate.of(2020, month, 15)));
    }
    records.add(regularOn(october, LocalDate.of(2021, 1, 20)));
    assertThat(STANDARD.validateAll(records).getFindings()).isEmpty();
  }

  @Test
  @DisplayName(
      "archive.meeting-cadence: a term from 1 January to 31 December covers its first and last years")
  void cadenceWholeYears() {
    MeetingRecord exact =
        Edits.term(
            valid,
            t ->
                vn.massorg.governance.model.ImmutableTerm.builder()
                    .from(t)
                    .start(PartialDate.parse("2019-01-01"))
                    .end(PartialDate.parse("2023-12-31"))
                    .build());
    List<MeetingRecord> records = new ArrayList<>();
    records.add(regularOn(exact, LocalDate.of(2019, 3, 10)));
    records.add(regularOn(exact, LocalDate.of(2020, 1, 15)));
    Finding f =
        only(
            STANDARD.validateAll(records),
            Rule.ARCHIVE_MEETING_CADENCE,
            Severity.WARNING,
            "/0/meeting/bodyId");
    assertThat(f.getArguments()).containsEntry("year", "2019");
    // A term ending on 31 December owes four meetings in its last year; one that ends a day
    // earlier does not. Both are seen as of a meeting of the next term in the next year.
    MeetingRecord dayEarlier =
        Edits.term(
            valid,
            t ->
                vn.massorg.governance.model.ImmutableTerm.builder()
                    .from(t)
                    .start(PartialDate.parse("2018-12-31"))
                    .end(PartialDate.parse("2023-12-30"))
                    .build());
    MeetingRecord nextTerm =
        Edits.meeting(
            Edits.term(
                valid,
                t ->
                    vn.massorg.governance.model.ImmutableTerm.builder()
                        .from(t)
                        .id("term.2024-2028")
                        .start(PartialDate.parse("2024-01-01"))
                        .end(PartialDate.parse("2028-12-31"))
                        .build()),
            m -> m.withDate(PartialDate.parse("2024-02-01")).withKind(MeetingKind.EXTRAORDINARY));
    assertThat(
            STANDARD
                .validateAll(List.of(regularOn(exact, LocalDate.of(2023, 3, 10)), nextTerm))
                .getFindings())
        .extracting(Finding::getCode)
        .containsExactly("archive.meeting-cadence");
    assertThat(
            STANDARD
                .validateAll(List.of(regularOn(dayEarlier, LocalDate.of(2023, 3, 10)), nextTerm))
                .getFindings())
        .isEmpty();
  }

  @Test
  @DisplayName("archive.meeting-cadence: not checked when a regular meeting has no date")
  void cadenceUndated() {
    MeetingRecord undated =
        Edits.meeting(
            regularOn(valid, LocalDate.of(2020, 1, 15)),
            m -> m.withDate(Optional.empty()).withId("meeting.btv.undated"));
    ValidationReport report =
        STANDARD.validateAll(
            List.of(
                regularOn(valid, LocalDate.of(2020, 1, 15)),
                undated,
                regularOn(valid, LocalDate.of(2021, 1, 15))));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings(Severity.WARNING)).isEmpty();
    assertThat(report.findings(Severity.NOT_CHECKED))
        .anySatisfy(
            f -> {
              assertThat(f.getCode()).isEqualTo("archive.meeting-cadence");
              assertThat(f.getPath()).isEqualTo("/0/meeting/bodyId");
            });
  }

  @Test
  @DisplayName(
      "archive.quarterly-reports (model charter 1086/QĐ-BNV): Q3 2020 and Q1 2021 but no Q4 2020")
  void quarterlyGap() {
    MeetingRecord later =
        Edits.addReport(
            valid,
            ImmutableReport.copyOf(valid.getReports().get(0))
                .withId("report.2021-q1")
                .withPeriod(ReportingPeriod.quarter(2021, 1)));
    Finding f =
        only(
            STANDARD.validateAll(List.of(later)),
            Rule.ARCHIVE_QUARTERLY_REPORTS,
            Severity.WARNING,
            "/0/reports");
    assertThat(f.getArguments()).containsEntry("period", "2020-Q4");
  }

  @Test
  @DisplayName(
      "startArchive gives the same findings as validateAll, and refuses records after finish")
  void streaming() {
    MeetingRecord later =
        Edits.addReport(
            valid,
            ImmutableReport.copyOf(valid.getReports().get(0))
                .withId("report.2021-q1")
                .withPeriod(ReportingPeriod.quarter(2021, 1)));
    ArchiveValidation archive = STANDARD.startArchive();
    assertThat(archive.add(later).getFindings()).isEmpty();
    assertThat(archive.count()).isEqualTo(1);
    assertThat(archive.finish()).isEqualTo(STANDARD.validateAll(List.of(later)));
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> archive.add(later));
  }
}
