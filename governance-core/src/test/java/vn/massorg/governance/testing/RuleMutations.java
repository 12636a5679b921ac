package vn.massorg.governance.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.AttendanceStatus;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.DecisionOutcome;
import vn.massorg.governance.model.ImmutableBody;
import vn.massorg.governance.model.ImmutableMeeting;
import vn.massorg.governance.model.ImmutableMeetingRecord;
import vn.massorg.governance.model.ImmutableOrganisation;
import vn.massorg.governance.model.ImmutablePerson;
import vn.massorg.governance.model.ImmutablePost;
import vn.massorg.governance.model.ImmutablePostHolding;
import vn.massorg.governance.model.ImmutableReport;
import vn.massorg.governance.model.ImmutableTerm;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.Threshold;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.Severity;

/**
 * For every {@link Rule}, a function that takes a complete valid record (as {@link
 * Generators#completeRecords()} and {@link Records#complete()} give) and breaks exactly that rule:
 * record-level rules and field constraints through {@link #breakRecord(Rule, MeetingRecord)}, the
 * rules across records through {@link #breakArchive(Rule, MeetingRecord)}, which returns the
 * records of an archive for {@code validateAll}.
 *
 * <p>A rule added to {@link Rule} without a mutation here makes {@code RuleMutationsTest} fail:
 * every rule must be shown to fire.
 */
public final class RuleMutations {
  private static final Map<Rule, UnaryOperator<MeetingRecord>> RECORD = new EnumMap<>(Rule.class);
  private static final Map<Rule, Function<MeetingRecord, List<MeetingRecord>>> ARCHIVE =
      new EnumMap<>(Rule.class);
  private static final Map<Rule, Severity> SEVERITY = new EnumMap<>(Rule.class);
  private static final Map<Rule, Set<Rule>> IMPLIED = new EnumMap<>(Rule.class);

  static {
    record(
        Rule.FIELD_BLANK,
        Severity.ERROR,
        r -> {
          List<Person> people = new ArrayList<>(r.getPeople());
          people.set(0, ImmutablePerson.copyOf(people.get(0)).withFamilyName(" "));
          return ImmutableMeetingRecord.copyOf(r).withPeople(people);
        });
    record(Rule.FIELD_POSITIVE, Severity.ERROR, r -> Edits.term(r, t -> t.withOrdinal(0)));
    record(
        Rule.FIELD_POSITIVE_OR_ZERO,
        Severity.ERROR,
        r ->
            Edits.addAgendaItem(
                r,
                decisionItem(
                    VoteCount.builder().inFavour(0).against(-1).abstaining(0).build(),
                    Optional.empty(),
                    Optional.empty())));
    record(
        Rule.FIELD_SIZE,
        Severity.ERROR,
        r ->
            ImmutableMeetingRecord.copyOf(r)
                .withOrganisation(
                    ImmutableOrganisation.copyOf(r.getOrganisation())
                        .withAbbreviation("Đ".repeat(41))));
    record(
        Rule.FIELD_PATTERN,
        Severity.ERROR,
        r -> Edits.report(r, 0, rep -> rep.withDocumentNumber("so-12")));

    record(
        Rule.REFERENCE_PERSON,
        Severity.ERROR,
        r -> Edits.meeting(r, m -> m.withRecorderId("person.khong-co")));
    record(
        Rule.REFERENCE_BODY,
        Severity.ERROR,
        r ->
            Edits.addBody(
                r,
                Body.builder()
                    .id("body.mutant")
                    .kind(BodyKind.of("ban-rieng"))
                    .name(BilingualText.of("Ban riêng"))
                    .parentId("body.khong-co")
                    .build()));
    record(
        Rule.REFERENCE_REPORT,
        Severity.ERROR,
        r ->
            Edits.addAgendaItem(
                r,
                AgendaItem.builder()
                    .title(BilingualText.of("Báo cáo không có trong hồ sơ"))
                    .addPresentation(
                        Presentation.builder()
                            .presenterId(chair(r))
                            .document(BilingualText.of("Báo cáo"))
                            .reportId("report.khong-co")
                            .build())
                    .build()));
    record(
        Rule.BODY_PARENT_CYCLE,
        Severity.ERROR,
        r ->
            Edits.addBody(
                Edits.addBody(
                    r,
                    Body.builder()
                        .id("body.mutant-a")
                        .kind(BodyKind.of("ban-a"))
                        .name(BilingualText.of("Ban A"))
                        .parentId("body.mutant-b")
                        .build()),
                Body.builder()
                    .id("body.mutant-b")
                    .kind(BodyKind.of("ban-b"))
                    .name(BilingualText.of("Ban B"))
                    .parentId("body.mutant-a")
                    .build()));
    record(
        Rule.MEETING_DATE_IN_TERM,
        Severity.ERROR,
        r ->
            Edits.meeting(
                r, m -> m.withDate(PartialDate.of(r.getTerm().getEnd().getLatest().plusYears(1)))));
    record(
        Rule.REPORT_PERIOD_ENDED,
        Severity.ERROR,
        r ->
            Edits.meeting(
                r, m -> m.withReviewedPeriod(ReportingPeriod.year(date(r).getYear() + 1))));
    record(
        Rule.REPORT_PRESENTED_STATUS,
        Severity.ERROR,
        r -> Edits.report(r, presentedReport(r), rep -> rep.withStatusHistory(ReportStatus.DRAFT)));
    record(
        Rule.ATTENDANCE_COUNTS,
        Severity.ERROR,
        r ->
            Edits.attendance(
                r,
                a -> {
                  long excused =
                      a.getEntries().stream()
                          .filter(e -> e.getStatus() == AttendanceStatus.EXCUSED)
                          .count();
                  AttendanceCounts counts =
                      a.getCounts()
                          .orElseThrow(
                              () -> new IllegalArgumentException("needs attendance counts"));
                  return a.withCounts(
                      AttendanceCounts.builder().from(counts).excused((int) excused + 1).build());
                }));
    record(
        Rule.DECISION_VOTES,
        Severity.ERROR,
        r ->
            Edits.addAgendaItem(
                r,
                decisionItem(
                    VoteCount.builder().inFavour(attending(r) + 1).against(0).abstaining(0).build(),
                    Optional.empty(),
                    Optional.empty())));
    record(
        Rule.HOLDING_TWICE,
        Severity.ERROR,
        r ->
            Edits.post(
                r,
                0,
                0,
                p -> {
                  List<PostHolding> holdings = new ArrayList<>(p.getHoldings());
                  holdings.add(holdings.get(0));
                  return p.withHoldings(holdings);
                }));

    record(
        Rule.TERM_MAX_LENGTH,
        Severity.ERROR,
        r ->
            Edits.term(
                r,
                t ->
                    ImmutableTerm.builder()
                        .from(t)
                        .end(PartialDate.ofYear(t.getStart().getYear() + 6))
                        .build()));
    IMPLIED.put(Rule.TERM_MAX_LENGTH, Set.of(Rule.TERM_LENGTH));

    record(
        Rule.MEETING_QUORUM,
        Severity.ERROR,
        r -> Edits.body(r, meetingBody(r), b -> b.withSeats(3 * attending(r) + 3)));
    record(
        Rule.MEETING_CHAIR,
        Severity.ERROR,
        r -> {
          Person outsider = outsider(r, "chair");
          return Edits.meeting(Edits.addPeople(r, outsider), m -> m.withChairId(outsider.getId()));
        });
    record(
        Rule.MEETING_PRESENTER,
        Severity.WARNING,
        r -> {
          Person outsider = outsider(r, "presenter");
          return Edits.addAgendaItem(
              Edits.addPeople(r, outsider),
              AgendaItem.builder()
                  .title(BilingualText.of("Tham luận"))
                  .addPresentation(
                      Presentation.builder()
                          .presenterId(outsider.getId())
                          .document(BilingualText.of("Tham luận của khách mời"))
                          .build())
                  .build());
        });
    // The term ends on the meeting's day, one to four years after the year it starts (a start
    // known to the year only, so that the length is counted in years).
    record(
        Rule.TERM_LENGTH,
        Severity.WARNING,
        r ->
            Edits.term(
                r,
                t ->
                    ImmutableTerm.builder()
                        .from(t)
                        .start(PartialDate.ofYear(t.getStart().getYear()))
                        .end(PartialDate.of(date(r)))
                        .bodies(endingBy(t.getBodies(), PartialDate.of(date(r))))
                        .build()));
    record(
        Rule.DECISION_MAJORITY,
        Severity.ERROR,
        r ->
            Edits.addAgendaItem(
                r,
                decisionItem(
                    VoteCount.builder().inFavour(0).against(0).abstaining(0).build(),
                    Optional.of(Threshold.atLeast(1, 2)),
                    Optional.of(DecisionOutcome.ADOPTED))));
    record(
        Rule.HOLDING_EXCLUSIVE,
        Severity.ERROR,
        r -> {
          Body body = r.getTerm().getBodies().get(0);
          String chairman = body.getPosts().get(0).getHoldings().get(0).getPersonId();
          String other =
              body.getPosts().stream()
                  .flatMap(p -> p.getHoldings().stream())
                  .map(PostHolding::getPersonId)
                  .filter(p -> !p.equals(chairman))
                  .findFirst()
                  .orElseThrow(
                      () -> new IllegalArgumentException("needs a second member of body 0"));
          if (!body.getPosts().get(0).getKind().equals(PostKind.CHAIRMAN)) {
            throw new IllegalArgumentException("needs the Chairman as the first post of body 0");
          }
          return Edits.post(
              r,
              0,
              0,
              p -> {
                List<PostHolding> holdings = new ArrayList<>(p.getHoldings());
                holdings.add(PostHolding.builder().personId(other).build());
                return p.withHoldings(holdings);
              });
        });
    record(
        Rule.BODY_NESTED_MEMBERSHIP,
        Severity.ERROR,
        r -> {
          int nested = nestedInCompleteBody(r);
          Person outsider = outsider(r, "member");
          return Edits.addPost(
              Edits.addPeople(r, outsider),
              nested,
              Post.builder()
                  .id("post.mutant-uy-vien")
                  .kind(PostKind.MEMBER)
                  .addHolding(PostHolding.builder().personId(outsider.getId()).build())
                  .build());
        });
    record(
        Rule.PARTY_FULL_TIME_VICE_CHAIRMEN,
        Severity.WARNING,
        r -> {
          var post =
              Post.builder().id("post.mutant-pct").kind(PostKind.VICE_CHAIRMAN).fullTime(true);
          List<Person> added = new ArrayList<>();
          for (int i = 0; i < 4; i++) {
            Person p = outsider(r, "pct-" + i);
            added.add(p);
            post.addHolding(PostHolding.builder().personId(p.getId()).build());
          }
          return Edits.addBody(
              Edits.addPeople(r, added.toArray(new Person[0])),
              Body.builder()
                  .id("body.mutant-pct")
                  .kind(BodyKind.of("hoi-dong-rieng"))
                  .name(BilingualText.of("Hội đồng riêng"))
                  .addPost(post.build())
                  .build());
        });

    archive(
        Rule.ARCHIVE_TERM_OVERLAP,
        Severity.ERROR,
        r -> List.of(r, another(Edits.term(r, t -> t.withId(t.getId() + "-b")))));
    archive(
        Rule.ARCHIVE_CONFLICT,
        Severity.ERROR,
        r ->
            List.of(
                r,
                another(
                    ImmutableMeetingRecord.copyOf(r)
                        .withOrganisation(
                            ImmutableOrganisation.copyOf(r.getOrganisation())
                                .withName(BilingualText.of("Tên khác"))))));
    archive(Rule.ARCHIVE_DUPLICATE_MEETING, Severity.ERROR, r -> List.of(r, r));
    archive(
        Rule.ARCHIVE_SAME_DAY_MEETING,
        Severity.WARNING,
        r -> {
          date(r);
          return List.of(r, Edits.meeting(r, m -> m.withId(m.getId() + "-b")));
        });
    archive(Rule.ARCHIVE_MEETING_CADENCE, Severity.WARNING, RuleMutations::yearApart);
    archive(
        Rule.ARCHIVE_QUARTERLY_REPORTS,
        Severity.WARNING,
        r -> {
          int year = date(r).getYear() - 1;
          Report first = r.getReports().get(0);
          return List.of(
              Edits.addReport(
                  Edits.addReport(
                      r,
                      ImmutableReport.copyOf(first)
                          .withId("report.mutant-q1")
                          .withPeriod(ReportingPeriod.quarter(year, 1))),
                  ImmutableReport.copyOf(first)
                      .withId("report.mutant-q4")
                      .withPeriod(ReportingPeriod.quarter(year, 4))));
        });
  }

  private RuleMutations() {}

  private static void record(Rule rule, Severity severity, UnaryOperator<MeetingRecord> m) {
    RECORD.put(rule, m);
    SEVERITY.put(rule, severity);
  }

  private static void archive(
      Rule rule, Severity severity, Function<MeetingRecord, List<MeetingRecord>> m) {
    ARCHIVE.put(rule, m);
    SEVERITY.put(rule, severity);
  }

  /**
   * The rules with a mutation of one record.
   *
   * @return the rules, not null
   */
  public static Set<Rule> recordRules() {
    return Collections.unmodifiableSet(RECORD.keySet());
  }

  /**
   * The rules across records, with a mutation that returns an archive.
   *
   * @return the rules, not null
   */
  public static Set<Rule> archiveRules() {
    return Collections.unmodifiableSet(ARCHIVE.keySet());
  }

  /**
   * Every rule with a mutation of either kind.
   *
   * @return the rules, not null
   */
  public static Set<Rule> registered() {
    Set<Rule> all = new HashSet<>(RECORD.keySet());
    all.addAll(ARCHIVE.keySet());
    return all;
  }

  /**
   * The severity the mutation of a rule must produce.
   *
   * @param rule the rule, not null, registered
   * @return the severity, not null
   */
  public static Severity severity(Rule rule) {
    return SEVERITY.get(rule);
  }

  /**
   * The rules that cannot but break together with a rule: a term longer than the law allows is also
   * longer than the model charter's five years.
   *
   * @param rule the rule, not null
   * @return the other rules, not null, usually empty
   */
  public static Set<Rule> implied(Rule rule) {
    return IMPLIED.getOrDefault(rule, Set.of());
  }

  /**
   * Breaks one record-level rule (or field constraint) in a complete record.
   *
   * @param rule the rule, not null, one of {@link #recordRules()}
   * @param record a complete valid record, not null
   * @return the broken record, not null
   * @throws IllegalArgumentException if the rule has no record mutation, or the record lacks a fact
   *     the mutation needs (an exact date, attendance counts, a presented report)
   */
  public static MeetingRecord breakRecord(Rule rule, MeetingRecord record) {
    UnaryOperator<MeetingRecord> m = RECORD.get(rule);
    if (m == null) {
      throw new IllegalArgumentException("no record mutation for " + rule);
    }
    return m.apply(record);
  }

  /**
   * Breaks one rule across records: an archive, built from a complete record, for {@code
   * validateAll}.
   *
   * @param rule the rule, not null, one of {@link #archiveRules()}
   * @param record a complete valid record, not null
   * @return the archive's records, not null
   * @throws IllegalArgumentException if the rule has no archive mutation
   */
  public static List<MeetingRecord> breakArchive(Rule rule, MeetingRecord record) {
    Function<MeetingRecord, List<MeetingRecord>> m = ARCHIVE.get(rule);
    if (m == null) {
      throw new IllegalArgumentException("no archive mutation for " + rule);
    }
    return m.apply(record);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static AgendaItem decisionItem(
      VoteCount votes, Optional<Threshold> required, Optional<DecisionOutcome> outcome) {
    return AgendaItem.builder()
        .title(BilingualText.of("Biểu quyết"))
        .addDecision(
            Decision.builder()
                .title(BilingualText.of("Nghị quyết"))
                .votes(votes)
                .requiredMajority(required)
                .outcome(outcome)
                .build())
        .build();
  }

  private static LocalDate date(MeetingRecord r) {
    PartialDate date =
        r.getMeeting()
            .getDate()
            .orElseThrow(() -> new IllegalArgumentException("needs the meeting's date"));
    if (!date.isComplete()) {
      throw new IllegalArgumentException("needs the meeting's exact date");
    }
    return date.getEarliest();
  }

  private static String chair(MeetingRecord r) {
    return r.getMeeting()
        .getChairId()
        .orElseThrow(() -> new IllegalArgumentException("needs the meeting's chair"));
  }

  private static int attending(MeetingRecord r) {
    int attending =
        r.getMeeting()
            .getAttendance()
            .flatMap(a -> a.getCounts().map(AttendanceCounts::getPresent))
            .orElseThrow(() -> new IllegalArgumentException("needs attendance counts"));
    if (attending < 1) {
      throw new IllegalArgumentException("needs someone attending");
    }
    return attending;
  }

  private static int meetingBody(MeetingRecord r) {
    List<Body> bodies = r.getTerm().getBodies();
    for (int i = 0; i < bodies.size(); i++) {
      if (bodies.get(i).getId().equals(r.getMeeting().getBodyId())) {
        return i;
      }
    }
    throw new IllegalArgumentException("the meeting's body is not in the term");
  }

  private static int presentedReport(MeetingRecord r) {
    for (AgendaItem item : r.getMeeting().getAgenda()) {
      for (Presentation p : item.getPresentations()) {
        if (p.getReportId().isPresent()) {
          for (int i = 0; i < r.getReports().size(); i++) {
            if (r.getReports().get(i).getId().equals(p.getReportId().get())) {
              return i;
            }
          }
        }
      }
    }
    throw new IllegalArgumentException("needs a presented report");
  }

  /** A body within a parent whose seats are recorded and all listed. */
  private static int nestedInCompleteBody(MeetingRecord r) {
    Term term = r.getTerm();
    for (int i = 0; i < term.getBodies().size(); i++) {
      Optional<Body> parent = term.getBodies().get(i).getParentId().flatMap(term::body);
      if (parent.isPresent() && parent.get().getSeats().isPresent()) {
        long holders =
            parent.get().getPosts().stream()
                .flatMap(p -> p.getHoldings().stream())
                .map(PostHolding::getPersonId)
                .distinct()
                .count();
        if (holders >= parent.get().getSeats().get()) {
          return i;
        }
      }
    }
    throw new IllegalArgumentException("needs a body within a fully recorded body");
  }

  private static Person outsider(MeetingRecord r, String role) {
    String id = "person.mutant-" + role;
    if (r.person(id).isPresent()) {
      throw new IllegalArgumentException("already mutated: " + id);
    }
    return Person.builder().id(id).familyName("Ngoại").givenName("Khách").build();
  }

  /**
   * Two regular meetings of the body a year apart, the later one bare (no agenda, reports or
   * reviewed period): the year between holds one meeting, fewer than the charter's figure.
   */
  /**
   * The record as of another meeting of its body: another identifier and, when the date is exact,
   * another day inside the term, so that the archive rules see two meetings, not one recorded
   * twice.
   */
  private static MeetingRecord another(MeetingRecord r) {
    return Edits.meeting(
        r,
        m -> {
          ImmutableMeeting other = m.withId(m.getId() + "-b");
          if (m.getDate().isEmpty() || !m.getDate().get().isComplete()) {
            return other;
          }
          // The same year: the cadence rule counts years up to the latest meeting's.
          LocalDate day = m.getDate().get().getEarliest();
          LocalDate next = day.plusDays(1);
          return other.withDate(
              PartialDate.of(
                  next.getYear() != day.getYear() || next.isAfter(r.getTerm().getEnd().getLatest())
                      ? day.minusDays(1)
                      : next));
        });
  }

  private static List<MeetingRecord> yearApart(MeetingRecord r) {
    if (r.getMeeting().getKind() != MeetingKind.REGULAR) {
      throw new IllegalArgumentException("needs a regular meeting");
    }
    LocalDate day = date(r);
    Term term = r.getTerm();
    LocalDate later = day.plusYears(1);
    boolean forward = later.isBefore(term.getEnd().getEarliest());
    LocalDate other = forward ? later : day.minusYears(1);
    if (!forward && !other.isAfter(term.getStart().getLatest())) {
      throw new IllegalArgumentException("needs a term around the meeting");
    }
    MeetingRecord bare =
        Edits.meeting(
            ImmutableMeetingRecord.copyOf(r).withReports(List.of()),
            m ->
                m.withDate(PartialDate.of(other))
                    .withAgenda(List.of())
                    .withReviewedPeriod(Optional.empty()));
    bare = Edits.meeting(bare, m -> m.withId(m.getId() + "-" + other));
    return forward ? List.of(r, bare) : List.of(bare, r);
  }

  /**
   * The bodies with every stated holding end that is not certainly before {@code end} brought back
   * to it: a term cut short cuts its holdings short too, or the term could not be built.
   */
  private static List<Body> endingBy(List<Body> bodies, PartialDate end) {
    List<Body> out = new ArrayList<>();
    for (Body body : bodies) {
      List<Post> posts = new ArrayList<>();
      for (Post post : body.getPosts()) {
        List<PostHolding> holdings = new ArrayList<>();
        for (PostHolding h : post.getHoldings()) {
          boolean past = h.getEnd().isPresent() && !h.getEnd().get().isCertainlyBefore(end);
          holdings.add(past ? ImmutablePostHolding.copyOf(h).withEnd(end) : h);
        }
        posts.add(ImmutablePost.copyOf(post).withHoldings(holdings));
      }
      out.add(ImmutableBody.copyOf(body).withPosts(posts));
    }
    return out;
  }
}
