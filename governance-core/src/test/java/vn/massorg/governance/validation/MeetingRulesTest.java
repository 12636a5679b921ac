package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.massorg.governance.validation.RuleAssert.STANDARD;
import static vn.massorg.governance.validation.RuleAssert.added;
import static vn.massorg.governance.validation.RuleAssert.citation;
import static vn.massorg.governance.validation.RuleAssert.onlyNew;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.DecisionOutcome;
import vn.massorg.governance.model.ImmutableAttendanceCounts;
import vn.massorg.governance.model.ImmutableDecision;
import vn.massorg.governance.model.ImmutablePostHolding;
import vn.massorg.governance.model.ImmutablePresentation;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.Threshold;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;

/** The rules of one meeting: date, quorum, chair, presenters, attendance counts, decisions. */
class MeetingRulesTest {
  private final MeetingRecord valid = Records.complete();

  static MeetingRecord dated(MeetingRecord r, PartialDate date) {
    return Edits.meeting(r, m -> m.withDate(date));
  }

  static MeetingRecord votes(
      MeetingRecord r,
      int inFavour,
      int against,
      int abstaining,
      DecisionOutcome outcome,
      Optional<Threshold> required) {
    return Edits.agendaItem(
        r,
        1,
        i ->
            i.withDecisions(
                ImmutableDecision.copyOf(i.getDecisions().get(0))
                    .withVotes(
                        VoteCount.builder()
                            .inFavour(inFavour)
                            .against(against)
                            .abstaining(abstaining)
                            .build())
                    .withOutcome(outcome)
                    .withRequiredMajority(required)));
  }

  @Nested
  @DisplayName("meeting.date-in-term (record consistency)")
  class DateInTerm {
    @Test
    @DisplayName("a meeting after the term's end is an error at /meeting/date")
    void afterTerm() {
      Finding f =
          onlyNew(
              valid,
              dated(valid, PartialDate.of(LocalDate.of(2025, 3, 1))),
              Rule.MEETING_DATE_IN_TERM,
              Severity.ERROR,
              "/meeting/date");
      assertThat(f.getArguments())
          .containsEntry("date", "2025-03-01")
          .containsEntry("term", "term.2019-2024");
      assertThat(f.getSource().getLayer()).isEqualTo(RuleLayer.CONSISTENCY);
    }

    @Test
    @DisplayName("a meeting in the term's last year, dated only by the year, cannot be checked")
    void imprecise() {
      onlyNew(
          valid,
          dated(valid, PartialDate.ofYear(2024)),
          Rule.MEETING_DATE_IN_TERM,
          Severity.NOT_CHECKED,
          "/meeting/date");
    }

    @Test
    @DisplayName("a meeting with no recorded date is not checked, and nothing fails")
    void undated() {
      ValidationReport report =
          STANDARD.validate(Edits.meeting(valid, m -> m.withDate(Optional.empty())));
      assertThat(report.hasErrors()).isFalse();
      assertThat(report.findings(Severity.NOT_CHECKED))
          .anySatisfy(
              f -> {
                assertThat(f.getCode()).isEqualTo("meeting.date-in-term");
                assertThat(f.getPath()).isEqualTo("/meeting/date");
                RuleAssert.assertBilingual(f);
              });
    }
  }

  @Nested
  @DisplayName(
      "meeting.quorum (model charter 1086/QĐ-BNV: 2/3 of the members; Decree 45/2010 Art. 20.2 and 126/2024 Art. 19.2 for a congress)")
  class Quorum {
    @Test
    @DisplayName("3 of 5 Standing Committee members is less than 2/3: an error citing the charter")
    void tooFew() {
      Finding f =
          onlyNew(
              valid,
              Edits.body(valid, Records.BTV, b -> b.withSeats(5)),
              Rule.MEETING_QUORUM,
              Severity.ERROR,
              "/meeting/attendance");
      assertThat(f.getArguments())
          .containsEntry("present", "3")
          .containsEntry("seats", "5")
          .containsEntry("required", "4")
          .containsEntry("threshold", ">=2/3");
      assertThat(citation(f)).contains("1086/QĐ-BNV");
      assertThat(f.getSource().getLayer()).isEqualTo(RuleLayer.CHARTER);
    }

    @Test
    @DisplayName("exactly 2/3 attending is enough: 4 of 6")
    void exactlyTwoThirds() {
      MeetingRecord r =
          Edits.attendance(
              Edits.body(valid, Records.BTV, b -> b.withSeats(6)),
              a ->
                  a.withCounts(
                      ImmutableAttendanceCounts.copyOf(a.getCounts().get()).withPresent(4)));
      assertThat(added(STANDARD, valid, r))
          .extracting(Finding::getCode)
          .containsExactly("attendance.counts");
    }

    @Test
    @DisplayName("without attendance the quorum is not checked, at /meeting/attendance")
    void noAttendance() {
      ValidationReport report =
          STANDARD.validate(Edits.meeting(valid, m -> m.withAttendance(Optional.empty())));
      assertThat(report.hasErrors()).isFalse();
      assertThat(report.findings(Severity.NOT_CHECKED))
          .anySatisfy(
              f -> {
                assertThat(f.getCode()).isEqualTo("meeting.quorum");
                assertThat(f.getPath()).isEqualTo("/meeting/attendance");
                assertThat(f.getMessage().in(Locale.ENGLISH)).contains("attendance");
              });
    }

    @Test
    @DisplayName("without the body's seat count the quorum is not checked, at the seats")
    void noSeats() {
      Finding f =
          onlyNew(
              valid,
              Edits.body(valid, Records.BTV, b -> b.withSeats(Optional.empty())),
              Rule.MEETING_QUORUM,
              Severity.NOT_CHECKED,
              "/term/bodies/1/seats");
      assertThat(f.getMessage().in(Locale.ENGLISH)).contains("seat count");
      assertThat(f.getMessage().in(RuleAssert.VI)).contains("số ủy viên");
    }

    @Test
    @DisplayName("a congress needs more than half: 3 of 6 is not enough (Decree 45/2010 Art. 20.2)")
    void congress45() {
      MeetingRecord r =
          Edits.meeting(
              Edits.body(valid, Records.BTV, b -> b.withSeats(6)),
              m -> m.withKind(MeetingKind.CONGRESS));
      Finding f = onlyNew(valid, r, Rule.MEETING_QUORUM, Severity.ERROR, "/meeting/attendance");
      assertThat(f.getArguments())
          .containsEntry("threshold", ">1/2")
          .containsEntry("required", "4");
      assertThat(citation(f)).isEqualTo("Decree 45/2010/NĐ-CP, Art. 20.2");
      assertThat(f.getSource().getLayer()).isEqualTo(RuleLayer.LAW);
    }

    @Test
    @DisplayName("a congress after 26/11/2024 cites Decree 126/2024 Art. 19.2")
    void congress126() {
      MeetingRecord later =
          Edits.term(
              valid,
              t ->
                  vn.massorg.governance.model.ImmutableTerm.builder()
                      .from(t)
                      .start(PartialDate.ofYear(2025))
                      .end(PartialDate.ofYear(2030))
                      .build());
      later = dated(later, PartialDate.of(LocalDate.of(2026, 1, 15)));
      assertThat(STANDARD.validate(later).getFindings()).isEmpty();
      MeetingRecord r =
          Edits.meeting(
              Edits.body(later, Records.BTV, b -> b.withSeats(6)),
              m -> m.withKind(MeetingKind.CONGRESS));
      Finding f = onlyNew(later, r, Rule.MEETING_QUORUM, Severity.ERROR, "/meeting/attendance");
      assertThat(citation(f)).isEqualTo("Decree 126/2024/NĐ-CP, Art. 19.2");
    }

    @Test
    @DisplayName("an undated congress may fall under either decree, and says so")
    void congressUndated() {
      MeetingRecord r =
          Edits.meeting(
              Edits.body(valid, Records.BTV, b -> b.withSeats(6)),
              m -> m.withKind(MeetingKind.CONGRESS).withDate(Optional.empty()));
      assertThat(STANDARD.validate(r).findings(Severity.ERROR))
          .singleElement()
          .satisfies(f -> assertThat(citation(f)).contains("45/2010").contains("126/2024"));
    }
  }

  @Nested
  @DisplayName("meeting.chair (model charter 1086/QĐ-BNV: the Chairman convenes and chairs)")
  class Chair {
    @Test
    @DisplayName("a member without a chairing post: error at /meeting/chairId")
    void member() {
      Finding f =
          onlyNew(
              valid,
              Edits.meeting(valid, m -> m.withChairId(Records.UOC)),
              Rule.MEETING_CHAIR,
              Severity.ERROR,
              "/meeting/chairId");
      assertThat(f.getArguments()).containsEntry("person", Records.UOC);
    }

    @Test
    @DisplayName("a Vice-Chairman chairing needs the Standing Committee's authorisation: warning")
    void viceChairman() {
      Finding f =
          onlyNew(
              valid,
              Edits.meeting(valid, m -> m.withChairId(Records.NGOC)),
              Rule.MEETING_CHAIR,
              Severity.WARNING,
              "/meeting/chairId");
      assertThat(f.getMessage().in(Locale.ENGLISH)).contains("authorisation");
    }

    @Test
    @DisplayName("no recorded chair: not checked")
    void noChair() {
      onlyNew(
          valid,
          Edits.meeting(valid, m -> m.withChairId(Optional.empty())),
          Rule.MEETING_CHAIR,
          Severity.NOT_CHECKED,
          "/meeting/chairId");
    }

    @Test
    @DisplayName(
        "the Chairman's holdings dated only by a year that contains the meeting: not checked")
    void impreciseHoldings() {
      MeetingRecord r = valid;
      for (int body : new int[] {Records.BCH, Records.BTV, Records.TT}) {
        r =
            Edits.post(
                r,
                body,
                0,
                p ->
                    p.withHoldings(
                        ImmutablePostHolding.copyOf(p.getHoldings().get(0))
                            .withStart(PartialDate.ofYear(2020))));
      }
      onlyNew(valid, r, Rule.MEETING_CHAIR, Severity.NOT_CHECKED, "/meeting/chairId");
    }

    @Test
    @DisplayName(
        "the Chairman listed only in the Standing Office, two levels within, chairs the Executive Committee")
    void chairmanOfInnermostBody() {
      MeetingRecord r =
          Edits.meeting(
              Edits.body(
                  Edits.body(
                      valid,
                      Records.BCH,
                      b -> b.withPosts(b.getPosts().subList(1, b.getPosts().size()))),
                  Records.BTV,
                  b -> b.withPosts(b.getPosts().subList(1, b.getPosts().size()))),
              m -> m.withBodyId("body.bch").withAttendance(Optional.empty()));
      assertThat(STANDARD.validate(r).getFindings())
          .noneMatch(f -> f.getCode().equals("meeting.chair"));
      // The Party Delegation's Secretary post is not within the Executive Committee.
      MeetingRecord party =
          Edits.body(r, Records.TT, b -> b.withPosts(b.getPosts().subList(1, b.getPosts().size())));
      assertThat(STANDARD.validate(party).findings(Severity.ERROR))
          .singleElement()
          .satisfies(f -> assertThat(f.getCode()).isEqualTo("meeting.chair"));
    }

    @Test
    @DisplayName("the Chairman of a body two levels out chairs the Standing Committee")
    void chairmanTwoLevelsOut() {
      MeetingRecord between =
          Edits.body(
              Edits.addBody(
                  valid,
                  vn.massorg.governance.model.Body.builder()
                      .id("body.giua")
                      .kind(vn.massorg.governance.model.BodyKind.of("ban-giua"))
                      .name(BilingualText.of("Ban giữa"))
                      .parentId("body.bch")
                      .build()),
              Records.BTV,
              b -> b.withParentId("body.giua"));
      MeetingRecord r =
          Edits.body(
              Edits.body(
                  between,
                  Records.BTV,
                  b -> b.withPosts(b.getPosts().subList(1, b.getPosts().size()))),
              Records.TT,
              b -> b.withPosts(b.getPosts().subList(1, b.getPosts().size())));
      assertThat(STANDARD.validate(r).getFindings())
          .noneMatch(f -> f.getCode().equals("meeting.chair"));
    }

    @Test
    @DisplayName(
        "the union's Chairman listed only in the Executive Committee chairs the Standing Committee")
    void chairmanOfOuterBody() {
      MeetingRecord r =
          Edits.body(
              Edits.body(
                  valid,
                  Records.BTV,
                  b -> b.withPosts(b.getPosts().subList(1, b.getPosts().size()))),
              Records.TT,
              b -> b.withPosts(b.getPosts().subList(1, b.getPosts().size())));
      assertThat(STANDARD.validate(r).getFindings()).isEmpty();
    }
  }

  @Nested
  @DisplayName("meeting.presenter (record consistency)")
  class Presenter {
    private final Person guest =
        Person.builder().id("person.khach").familyName("Vũ").givenName("Ưng").build();

    @Test
    @DisplayName("a presenter with no post in the organisation: warning")
    void noPost() {
      MeetingRecord r =
          Edits.agendaItem(
              Edits.addPeople(valid, guest),
              0,
              i ->
                  i.withPresentations(
                      ImmutablePresentation.copyOf(i.getPresentations().get(0))
                          .withPresenterId(guest.getId())));
      Finding f =
          onlyNew(
              valid,
              Edits.addPeople(valid, guest),
              r,
              Rule.MEETING_PRESENTER,
              Severity.WARNING,
              "/meeting/agenda/0/presentations/0/presenterId");
      assertThat(f.getArguments()).containsEntry("person", "person.khach");
    }

    private Finding onlyNew(
        MeetingRecord ignored,
        MeetingRecord base,
        MeetingRecord r,
        Rule rule,
        Severity severity,
        String path) {
      return RuleAssert.onlyNew(base, r, rule, severity, path);
    }

    @Test
    @DisplayName("a presenter whose only post starts in the meeting's year: not checked")
    void impreciseHolding() {
      MeetingRecord base =
          Edits.addPost(
              Edits.addPeople(valid, guest),
              Records.DD,
              Post.builder()
                  .id("post.dd.uy-vien")
                  .kind(PostKind.MEMBER)
                  .addHolding(
                      PostHolding.builder()
                          .personId(guest.getId())
                          .start(PartialDate.ofYear(2020))
                          .build())
                  .build());
      assertThat(STANDARD.validate(base).getFindings()).isEmpty();
      MeetingRecord r =
          Edits.addAgendaItem(
              base,
              AgendaItem.builder()
                  .title(BilingualText.of("Báo cáo chuyên đề"))
                  .addPresentation(
                      Presentation.builder()
                          .presenterId(guest.getId())
                          .document(BilingualText.of("Tờ trình"))
                          .build())
                  .build());
      RuleAssert.onlyNew(
          base,
          r,
          Rule.MEETING_PRESENTER,
          Severity.NOT_CHECKED,
          "/meeting/agenda/2/presentations/0/presenterId");
    }
  }

  @Nested
  @DisplayName("attendance.counts (record consistency)")
  class Counts {
    @Test
    @DisplayName("counts that disagree with the per-person entries: error at the count")
    void disagree() {
      Finding f =
          onlyNew(
              valid,
              Edits.attendance(
                  valid,
                  a ->
                      a.withCounts(
                          ImmutableAttendanceCounts.copyOf(a.getCounts().get()).withExcused(2))),
              Rule.ATTENDANCE_COUNTS,
              Severity.ERROR,
              "/meeting/attendance/counts/excused");
      assertThat(f.getArguments()).containsEntry("count", "2").containsEntry("entries", "1");
      onlyNew(
          valid,
          Edits.attendance(
              valid,
              a ->
                  a.withCounts(
                      ImmutableAttendanceCounts.copyOf(a.getCounts().get()).withPresent(4))),
          Rule.ATTENDANCE_COUNTS,
          Severity.ERROR,
          "/meeting/attendance/counts/present");
      onlyNew(
          valid,
          Edits.attendance(
              valid,
              a ->
                  a.withCounts(
                      ImmutableAttendanceCounts.copyOf(a.getCounts().get()).withAbsent(1))),
          Rule.ATTENDANCE_COUNTS,
          Severity.ERROR,
          "/meeting/attendance/counts/absent");
    }
  }

  @Nested
  @DisplayName("decision.votes (record consistency)")
  class Votes {
    @Test
    @DisplayName("more votes than members attending: error at the votes")
    void tooMany() {
      Finding f =
          onlyNew(
              valid,
              votes(valid, 3, 1, 0, DecisionOutcome.ADOPTED, Optional.empty()),
              Rule.DECISION_VOTES,
              Severity.ERROR,
              "/meeting/agenda/1/decisions/0/votes");
      assertThat(f.getArguments()).containsEntry("votes", "4").containsEntry("attending", "3");
    }

    @Test
    @DisplayName("recorded as rejected although the majority was reached: error at the outcome")
    void rejectedButMet() {
      onlyNew(
          valid,
          votes(valid, 3, 0, 0, DecisionOutcome.REJECTED, Optional.empty()),
          Rule.DECISION_VOTES,
          Severity.ERROR,
          "/meeting/agenda/1/decisions/0/outcome");
    }
  }

  @Nested
  @DisplayName("decision.majority (model charter 1086/QĐ-BNV: 2/3 of those attending)")
  class Majority {
    @Test
    @DisplayName("adopted with 1 of 3: error at the outcome")
    void notReached() {
      Finding f =
          onlyNew(
              valid,
              votes(valid, 1, 2, 0, DecisionOutcome.ADOPTED, Optional.empty()),
              Rule.DECISION_MAJORITY,
              Severity.ERROR,
              "/meeting/agenda/1/decisions/0/outcome");
      assertThat(f.getArguments())
          .containsEntry("required", "2")
          .containsEntry("threshold", ">=2/3");
      assertThat(citation(f)).contains("1086/QĐ-BNV");
    }

    @Test
    @DisplayName("exactly 2/3 is enough; the decision's own majority replaces the charter's")
    void thresholds() {
      assertThat(
              added(
                  STANDARD,
                  valid,
                  votes(valid, 2, 1, 0, DecisionOutcome.ADOPTED, Optional.empty())))
          .isEmpty();
      onlyNew(
          valid,
          votes(valid, 2, 1, 0, DecisionOutcome.ADOPTED, Optional.of(Threshold.atLeast(3, 4))),
          Rule.DECISION_MAJORITY,
          Severity.ERROR,
          "/meeting/agenda/1/decisions/0/outcome");
    }

    @Test
    @DisplayName("no attendance: not checked at the outcome")
    void noAttendance() {
      ValidationReport report =
          STANDARD.validate(Edits.meeting(valid, m -> m.withAttendance(Optional.empty())));
      assertThat(report.hasErrors()).isFalse();
      assertThat(report.findings(Severity.NOT_CHECKED))
          .anySatisfy(
              f -> {
                assertThat(f.getCode()).isEqualTo("decision.majority");
                assertThat(f.getPath()).isEqualTo("/meeting/agenda/1/decisions/0/outcome");
                assertThat(f.getMessage().in(Locale.ENGLISH)).contains("attendance");
              });
    }

    @Test
    @DisplayName("an outcome without recorded votes is not checked rather than passed silently")
    void noVotes() {
      MeetingRecord r =
          Edits.agendaItem(
              valid,
              1,
              i ->
                  i.withDecisions(
                      ImmutableDecision.copyOf(i.getDecisions().get(0))
                          .withVotes(Optional.empty())));
      Finding f =
          onlyNew(
              valid,
              r,
              Rule.DECISION_MAJORITY,
              Severity.NOT_CHECKED,
              "/meeting/agenda/1/decisions/0/outcome");
      assertThat(f.getMessage().in(Locale.ENGLISH)).contains("vote count");
      assertThat(f.getMessage().in(RuleAssert.VI)).contains("kết quả biểu quyết");
    }

    @Test
    @DisplayName("a decision with neither outcome nor votes says nothing")
    void nothingRecorded() {
      MeetingRecord r =
          Edits.agendaItem(
              valid,
              1,
              i ->
                  i.withDecisions(
                      ImmutableDecision.copyOf(i.getDecisions().get(0))
                          .withVotes(Optional.empty())
                          .withOutcome(Optional.empty())));
      assertThat(STANDARD.validate(r).getFindings()).isEmpty();
    }
  }

  @Test
  @DisplayName("the seed-like record: only 'not checked' findings, each for a missing fact")
  void seedLike() {
    ValidationReport report = STANDARD.validate(Records.seedLike());
    assertThat(report.getFindings()).allMatch(f -> f.getSeverity() == Severity.NOT_CHECKED);
    assertThat(report.getFindings())
        .extracting(Finding::getCode)
        .containsExactlyInAnyOrder(
            "meeting.date-in-term", "meeting.quorum", "report.period-ended", "report.period-ended");
    report.getFindings().forEach(RuleAssert::assertBilingual);
    assertThat(report.getFindings())
        .extracting(Finding::getCode, Finding::getSeverity, Finding::getPath)
        .containsExactly(
            tuple(
                "report.period-ended",
                Severity.NOT_CHECKED,
                "/meeting/agenda/0/presentations/0/reportId"),
            tuple("meeting.quorum", Severity.NOT_CHECKED, "/meeting/attendance"),
            tuple("meeting.date-in-term", Severity.NOT_CHECKED, "/meeting/date"),
            tuple("report.period-ended", Severity.NOT_CHECKED, "/meeting/reviewedPeriod"));
  }
}
