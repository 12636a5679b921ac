package vn.massorg.governance.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceEntry;
import vn.massorg.governance.model.AttendanceStatus;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.DecisionOutcome;
import vn.massorg.governance.model.HoldingKind;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.Threshold;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.Severity;

/**
 * The record-level rules: everything that can be checked within one self-contained record. Each
 * method under a rule's heading checks that one rule and reports through the sink; a rule that
 * lacks a fact reports "not checked" rather than passing or failing. The term's bodies, posts and
 * holdings are walked once ({@link TermWalk}); the rules read that walk.
 */
final class RecordRules {
  private static final Threshold CONGRESS_QUORUM = Threshold.moreThan(1, 2);

  private final MeetingRecord record;
  private final Term term;
  private final Meeting meeting;
  private final Sink sink;
  private final Span meetingSpan;
  private final TermWalk walk;
  private final Map<String, Integer> bodyIndex = new HashMap<>();
  private final Set<String> personIds = new HashSet<>();

  private RecordRules(MeetingRecord record, Charter charter) {
    this.record = record;
    this.term = record.getTerm();
    this.meeting = record.getMeeting();
    this.sink = new Sink(charter);
    this.meetingSpan = Span.ofMeeting(meeting.getDate(), term);
    this.walk = new TermWalk(term);
    for (int i = 0; i < term.getBodies().size(); i++) {
      bodyIndex.put(term.getBodies().get(i).getId(), i);
    }
    record.getPeople().forEach(p -> personIds.add(p.getId()));
  }

  /**
   * Checks every record-level rule.
   *
   * @param record the record, not null
   * @param charter the charter, not null
   * @return the findings, in no particular order
   */
  static List<Finding> check(MeetingRecord record, Charter charter) {
    RecordRules rules = new RecordRules(record, charter);
    rules.referenceBody();
    rules.referencePerson();
    rules.referenceReport();
    rules.bodyParentCycle();
    rules.meetingDateInTerm();
    rules.reportPeriodEnded();
    rules.reportPresentedStatus();
    rules.attendanceCounts();
    rules.decisionVotes();
    rules.decisionMajority();
    rules.holdingTwice();
    rules.holdingExclusive();
    rules.termMaxLength();
    rules.termLength();
    rules.quorum();
    rules.chair();
    rules.presenters();
    rules.nestedMembership();
    rules.fullTimeViceChairmen();
    return rules.sink.findings();
  }

  // --- consistency -------------------------------------------------------------------------

  /** {@code reference.body}: a body's parent and the meeting's body are bodies of the term. */
  private void referenceBody() {
    for (TermWalk.BodyAt at : walk.bodies) {
      Optional<String> parent = at.body.getParentId();
      if (parent.isPresent() && !bodyIndex.containsKey(parent.get())) {
        sink.add(
            Rule.REFERENCE_BODY,
            Severity.ERROR,
            Pointer.of("term", "bodies", at.index, "parentId"),
            "id",
            parent.get());
      }
    }
    if (!bodyIndex.containsKey(meeting.getBodyId())) {
      sink.add(
          Rule.REFERENCE_BODY,
          Severity.ERROR,
          Pointer.of("meeting", "bodyId"),
          "id",
          meeting.getBodyId());
    }
  }

  /** {@code reference.person}: every person the record names is among its people. */
  private void referencePerson() {
    for (TermWalk.HoldingAt at : walk.holdings) {
      if (!personIds.contains(at.personId())) {
        unknownPerson(at.personId(), at.path() + "/personId");
      }
    }
    person(meeting.getChairId(), "meeting", "chairId");
    person(meeting.getRecorderId(), "meeting", "recorderId");
    if (meeting.getAttendance().isPresent()) {
      List<AttendanceEntry> entries = meeting.getAttendance().get().getEntries();
      for (int e = 0; e < entries.size(); e++) {
        AttendanceEntry entry = entries.get(e);
        person(Optional.of(entry.getPersonId()), "meeting", "attendance", "entries", e, "personId");
        person(entry.getOnBehalfOfId(), "meeting", "attendance", "entries", e, "onBehalfOfId");
      }
    }
    List<AgendaItem> agenda = meeting.getAgenda();
    for (int a = 0; a < agenda.size(); a++) {
      AgendaItem item = agenda.get(a);
      person(item.getChairId(), "meeting", "agenda", a, "chairId");
      for (int p = 0; p < item.getPresentations().size(); p++) {
        person(
            Optional.of(item.getPresentations().get(p).getPresenterId()),
            "meeting",
            "agenda",
            a,
            "presentations",
            p,
            "presenterId");
      }
      for (int c = 0; c < item.getComments().size(); c++) {
        person(
            item.getComments().get(c).getSpeakerId(),
            "meeting",
            "agenda",
            a,
            "comments",
            c,
            "speakerId");
      }
      if (item.getConclusion().isPresent()) {
        person(
            Optional.of(item.getConclusion().get().getSpeakerId()),
            "meeting",
            "agenda",
            a,
            "conclusion",
            "speakerId");
      }
    }
  }

  /** An optional reference to a person; the segments make its pointer, only if it is unknown. */
  private void person(Optional<String> id, Object... segments) {
    if (id.isPresent() && !personIds.contains(id.get())) {
      unknownPerson(id.get(), Pointer.of(segments));
    }
  }

  private void unknownPerson(String id, String path) {
    sink.add(Rule.REFERENCE_PERSON, Severity.ERROR, path, "id", id);
  }

  /** {@code reference.report}: a presentation's report is among the record's reports. */
  private void referenceReport() {
    forEachPresentation(
        (presentation, a, p) -> {
          if (presentation.getReportId().isPresent()
              && record.report(presentation.getReportId().get()).isEmpty()) {
            sink.add(
                Rule.REFERENCE_REPORT,
                Severity.ERROR,
                presentationPath(a, p) + "/reportId",
                "id",
                presentation.getReportId().get());
          }
        });
  }

  private void bodyParentCycle() {
    List<Body> bodies = term.getBodies();
    for (int b = 0; b < bodies.size(); b++) {
      Set<String> seen = new HashSet<>();
      Body current = bodies.get(b);
      while (current.getParentId().isPresent()
          && bodyIndex.containsKey(current.getParentId().get())) {
        if (!seen.add(current.getId())) {
          break;
        }
        current = bodies.get(bodyIndex.get(current.getParentId().get()));
        if (current.getId().equals(bodies.get(b).getId())) {
          sink.add(
              Rule.BODY_PARENT_CYCLE,
              Severity.ERROR,
              Pointer.of("term", "bodies", b, "parentId"),
              "id",
              bodies.get(b).getId());
          break;
        }
      }
    }
  }

  private void meetingDateInTerm() {
    String path = Pointer.of("meeting", "date");
    if (meeting.getDate().isEmpty()) {
      sink.add(Rule.MEETING_DATE_IN_TERM, Severity.NOT_CHECKED, path, "term", term);
      return;
    }
    PartialDate date = meeting.getDate().get();
    if (date.isCertainlyBefore(term.getStart()) || term.getEnd().isCertainlyBefore(date)) {
      sink.add(
          Rule.MEETING_DATE_IN_TERM,
          Severity.ERROR,
          path,
          "date",
          date,
          "term",
          term,
          "start",
          term.getStart(),
          "end",
          term.getEnd());
    } else if (date.getEarliest().isBefore(term.getStart().getLatest())
        || date.getLatest().isAfter(term.getEnd().getEarliest())) {
      sink.add(Rule.MEETING_DATE_IN_TERM, Severity.NOT_CHECKED, path, "term", term);
    }
  }

  private void reportPeriodEnded() {
    meeting
        .getReviewedPeriod()
        .ifPresent(period -> periodEnded(period, () -> Pointer.of("meeting", "reviewedPeriod")));
    forEachPresentation(
        (presentation, a, p) -> {
          if (presentation.getReportId().isPresent()) {
            record
                .report(presentation.getReportId().get())
                .ifPresent(
                    report ->
                        periodEnded(
                            report.getPeriod(), () -> presentationPath(a, p) + "/reportId"));
          }
        });
  }

  private void periodEnded(ReportingPeriod period, Supplier<String> path) {
    if (meeting.getDate().isEmpty()) {
      sink.add(Rule.REPORT_PERIOD_ENDED, Severity.NOT_CHECKED, path.get(), "period", period);
      return;
    }
    PartialDate date = meeting.getDate().get();
    if (!date.getLatest().isAfter(period.getEnd())) {
      sink.add(
          Rule.REPORT_PERIOD_ENDED,
          Severity.ERROR,
          path.get(),
          "period",
          period,
          "end",
          period.getEnd(),
          "date",
          date);
    } else if (!date.getEarliest().isAfter(period.getEnd())) {
      sink.add(Rule.REPORT_PERIOD_ENDED, Severity.NOT_CHECKED, path.get(), "period", period);
    }
  }

  private void reportPresentedStatus() {
    forEachPresentation(
        (presentation, a, p) ->
            presentation
                .getReportId()
                .flatMap(record::report)
                .filter(report -> report.status() == ReportStatus.DRAFT)
                .ifPresent(
                    report ->
                        sink.add(
                            Rule.REPORT_PRESENTED_STATUS,
                            Severity.ERROR,
                            Pointer.of(
                                "reports", record.getReports().indexOf(report), "statusHistory"),
                            "id",
                            report.getId())));
  }

  private void attendanceCounts() {
    Optional<Attendance> attendance = meeting.getAttendance();
    if (attendance.isEmpty()
        || attendance.get().getCounts().isEmpty()
        || attendance.get().getEntries().isEmpty()) {
      return;
    }
    Attendance a = attendance.get();
    var counts = a.getCounts().get();
    int attending = attendingFromEntries(a);
    String path = Pointer.of("meeting", "attendance", "counts");
    if (counts.getPresent() != attending) {
      sink.add(
          Rule.ATTENDANCE_COUNTS,
          Severity.ERROR,
          path + "/present",
          "field",
          "present",
          "count",
          counts.getPresent(),
          "entries",
          attending);
    }
    int excused = countStatus(a, AttendanceStatus.EXCUSED);
    if (counts.getExcused().isPresent() && counts.getExcused().get() != excused) {
      sink.add(
          Rule.ATTENDANCE_COUNTS,
          Severity.ERROR,
          path + "/excused",
          "field",
          "excused",
          "count",
          counts.getExcused().get(),
          "entries",
          excused);
    }
    int absent = countStatus(a, AttendanceStatus.ABSENT);
    if (counts.getAbsent().isPresent() && counts.getAbsent().get() != absent) {
      sink.add(
          Rule.ATTENDANCE_COUNTS,
          Severity.ERROR,
          path + "/absent",
          "field",
          "absent",
          "count",
          counts.getAbsent().get(),
          "entries",
          absent);
    }
  }

  private static int attendingFromEntries(Attendance attendance) {
    int n = 0;
    for (AttendanceEntry entry : attendance.getEntries()) {
      if (entry.getStatus().isAttending()) {
        n++;
      }
    }
    return n;
  }

  private static int countStatus(Attendance attendance, AttendanceStatus status) {
    int n = 0;
    for (AttendanceEntry entry : attendance.getEntries()) {
      if (entry.getStatus() == status) {
        n++;
      }
    }
    return n;
  }

  /** Members attending: the counts when given, else the per-person entries; empty if unknown. */
  private Optional<Integer> attending() {
    return meeting
        .getAttendance()
        .map(a -> a.getCounts().map(c -> c.getPresent()).orElseGet(() -> attendingFromEntries(a)));
  }

  /**
   * {@code decision.votes}: no more votes than members attending, and a rejected decision did not
   * get the majority it needed.
   */
  private void decisionVotes() {
    Optional<Integer> attending = attending();
    forEachDecision(
        (decision, path) -> {
          if (decision.getVotes().isEmpty() || attending.isEmpty()) {
            return;
          }
          VoteCount votes = decision.getVotes().get();
          if (votes.total() > attending.get()) {
            sink.add(
                Rule.DECISION_VOTES,
                Severity.ERROR,
                path + "/votes",
                "votes",
                votes.total(),
                "attending",
                attending.get());
            return;
          }
          Optional<Threshold> majority = majority(decision);
          if (majority.isPresent()
              && decision.getOutcome().equals(Optional.of(DecisionOutcome.REJECTED))
              && majority.get().isMetBy(votes.getInFavour(), attending.get())) {
            sink.add(
                Rule.DECISION_VOTES,
                Severity.ERROR,
                path + "/outcome",
                "votes",
                votes.getInFavour(),
                "attending",
                attending.get());
          }
        });
  }

  /**
   * {@code decision.majority}: an adopted decision got the majority it needed. Votes that exceed
   * the members attending are {@code decision.votes}'s finding; the majority is not judged on them.
   */
  private void decisionMajority() {
    Optional<Integer> attending = attending();
    forEachDecision(
        (decision, path) -> {
          Optional<Threshold> majority = majority(decision);
          if (majority.isEmpty() || decision.getOutcome().isEmpty()) {
            return;
          }
          if (decision.getVotes().isEmpty()) {
            // An outcome without the votes (the seed states no vote) cannot be checked; saying
            // nothing would let it pass silently.
            sink.add(
                Rule.DECISION_MAJORITY,
                Severity.NOT_CHECKED,
                path + "/outcome",
                "missing",
                "votes");
            return;
          }
          VoteCount votes = decision.getVotes().get();
          if (attending.isEmpty()) {
            sink.add(
                Rule.DECISION_MAJORITY,
                Severity.NOT_CHECKED,
                path + "/outcome",
                "missing",
                "attendance");
            return;
          }
          if (votes.total() > attending.get()) {
            return;
          }
          if (decision.getOutcome().get() == DecisionOutcome.ADOPTED
              && !majority.get().isMetBy(votes.getInFavour(), attending.get())) {
            sink.add(
                Rule.DECISION_MAJORITY,
                Severity.ERROR,
                path + "/outcome",
                "inFavour",
                votes.getInFavour(),
                "attending",
                attending.get(),
                "required",
                majority.get().minimumOf(attending.get()),
                "threshold",
                majority.get());
          }
        });
  }

  /** The majority a decision needs: its own, else the charter's for the meeting's body. */
  private Optional<Threshold> majority(Decision decision) {
    return decision
        .getRequiredMajority()
        .or(
            () ->
                body(meeting.getBodyId())
                    .flatMap(
                        b ->
                            Optional.ofNullable(
                                sink.charter().getResolutionMajority().get(b.getKind()))));
  }

  private interface DecisionVisitor {
    void visit(Decision decision, String path);
  }

  private void forEachDecision(DecisionVisitor visitor) {
    List<AgendaItem> agenda = meeting.getAgenda();
    for (int a = 0; a < agenda.size(); a++) {
      List<Decision> decisions = agenda.get(a).getDecisions();
      for (int d = 0; d < decisions.size(); d++) {
        visitor.visit(decisions.get(d), Pointer.of("meeting", "agenda", a, "decisions", d));
      }
    }
  }

  // --- holdings ----------------------------------------------------------------------------

  /** {@code holding.twice}: one person does not hold one post twice at once. */
  private void holdingTwice() {
    for (TermWalk.BodyAt body : walk.bodies) {
      for (TermWalk.PostAt post : body.posts) {
        List<TermWalk.HoldingAt> holdings = post.holdings;
        for (int i = 0; i < holdings.size(); i++) {
          for (int j = i + 1; j < holdings.size(); j++) {
            if (holdings.get(i).personId().equals(holdings.get(j).personId())) {
              overlap(Rule.HOLDING_TWICE, holdings.get(i), holdings.get(j));
            }
          }
        }
      }
    }
  }

  /**
   * {@code holding.exclusive}: two people do not hold a post of an exclusive kind in one body at
   * once. Compares only the regular holdings of posts of one exclusive kind, not every pair of the
   * body, which for a 60-member committee is 1,770 pairs.
   */
  private void holdingExclusive() {
    Set<PostKind> exclusive = sink.charter().getExclusivePostKinds();
    for (TermWalk.BodyAt body : walk.bodies) {
      Map<PostKind, List<TermWalk.HoldingAt>> byExclusiveKind = null;
      for (TermWalk.HoldingAt at : body.holdings) {
        PostKind kind = at.post.post.getKind();
        if (exclusive.contains(kind) && at.holding.getKind() == HoldingKind.REGULAR) {
          if (byExclusiveKind == null) {
            byExclusiveKind = new LinkedHashMap<>();
          }
          byExclusiveKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(at);
        }
      }
      if (byExclusiveKind == null) {
        continue;
      }
      for (List<TermWalk.HoldingAt> group : byExclusiveKind.values()) {
        for (int i = 0; i < group.size(); i++) {
          for (int j = i + 1; j < group.size(); j++) {
            TermWalk.HoldingAt x = group.get(i);
            TermWalk.HoldingAt y = group.get(j);
            if (!x.personId().equals(y.personId())) {
              overlap(Rule.HOLDING_EXCLUSIVE, x, y);
            }
          }
        }
      }
    }
  }

  private void overlap(Rule rule, TermWalk.HoldingAt x, TermWalk.HoldingAt y) {
    Severity severity =
        x.span.certainlyOverlaps(y.span)
            ? Severity.ERROR
            : x.span.mayOverlap(y.span) ? Severity.NOT_CHECKED : null;
    if (severity != null) {
      sink.add(
          rule,
          severity,
          y.path(),
          "post",
          x.post.post.getId(),
          "person",
          y.personId(),
          "other",
          x.personId(),
          "otherPath",
          x.path());
    }
  }

  // --- law and charter ---------------------------------------------------------------------

  /** {@code term.max-length}: a term that began under Decree 45/2010 lasts at most five years. */
  private void termMaxLength() {
    int years = termYears();
    if (years > 5 && term.getStart().getLatest().isBefore(Sources.DECREE_126_FROM)) {
      sink.add(
          Rule.TERM_MAX_LENGTH,
          Severity.ERROR,
          Pointer.of("term", "end"),
          Sources.law(term.getStart().getEarliest(), term.getStart().getLatest(), "20.3", "22.1"),
          "years",
          years,
          "start",
          term.getStart(),
          "end",
          term.getEnd());
    }
  }

  /** {@code term.length}: a term lasts the charter's years. */
  private void termLength() {
    int years = termYears();
    if (years != sink.charter().getTermYears()) {
      sink.add(
          Rule.TERM_LENGTH,
          Severity.WARNING,
          Pointer.of("term", "end"),
          "years",
          years,
          "charterYears",
          sink.charter().getTermYears(),
          "start",
          term.getStart(),
          "end",
          term.getEnd());
    }
  }

  /**
   * The term's length in years. "2019–2024" is five years by the years' labels; exact dates are
   * measured to the day after the last day, so that 1/1/2019 to 31/12/2023 is five years too, not
   * four.
   */
  private int termYears() {
    PartialDate start = term.getStart();
    PartialDate end = term.getEnd();
    if (start.isComplete() && end.isComplete()) {
      long months =
          java.time.Period.between(start.getEarliest(), end.getLatest().plusDays(1))
              .toTotalMonths();
      return (int) Math.round(months / 12.0);
    }
    return end.getYear() - start.getYear();
  }

  private void quorum() {
    Optional<Body> body = body(meeting.getBodyId());
    if (body.isEmpty()) {
      return;
    }
    boolean congress =
        meeting.getKind() == MeetingKind.CONGRESS || body.get().getKind().equals(BodyKind.CONGRESS);
    Threshold threshold =
        congress ? CONGRESS_QUORUM : sink.charter().getQuorum().get(body.get().getKind());
    if (threshold == null) {
      return;
    }
    var source =
        congress
            ? Sources.law(meetingSpan.startEarliest, meetingSpan.endLatest, "20.2", "19.2")
            : Sources.of(Rule.MEETING_QUORUM, sink.charter());
    String path = Pointer.of("meeting", "attendance");
    Optional<Integer> attending = attending();
    if (attending.isEmpty() || body.get().getSeats().isEmpty()) {
      // Point at the fact that is missing: the attendance, or else the body's seat count.
      sink.add(
          Rule.MEETING_QUORUM,
          Severity.NOT_CHECKED,
          attending.isEmpty()
              ? path
              : Pointer.of("term", "bodies", bodyIndex.get(body.get().getId()), "seats"),
          source,
          "missing",
          attending.isEmpty() ? "attendance" : "seats",
          "body",
          body.get().getName());
      return;
    }
    int seats = body.get().getSeats().get();
    if (!threshold.isMetBy(attending.get(), seats)) {
      sink.add(
          Rule.MEETING_QUORUM,
          Severity.ERROR,
          path,
          source,
          "present",
          attending.get(),
          "seats",
          seats,
          "required",
          threshold.minimumOf(seats),
          "threshold",
          threshold);
    }
  }

  /**
   * {@code meeting.chair}: the meeting's chair holds a chair's post of the body, of a body within
   * it or of a body it sits within, on the meeting's day; a deputy's post is a warning.
   */
  private void chair() {
    Optional<Body> body = body(meeting.getBodyId());
    Charter charter = sink.charter();
    if (body.isEmpty()
        || !(charter.getQuorum().containsKey(body.get().getKind())
            || charter.getMeetingsPerYear().containsKey(body.get().getKind()))) {
      return;
    }
    String path = Pointer.of("meeting", "chairId");
    if (meeting.getChairId().isEmpty()) {
      sink.add(Rule.MEETING_CHAIR, Severity.NOT_CHECKED, path, "missing", "chair");
      return;
    }
    String chair = meeting.getChairId().get();
    // The Chairman of the union chairs the meetings of the Executive and the Standing
    // Committee alike, wherever the record lists the post: in the body, in a body within it
    // (the Standing Office) or in a body it sits within (the Executive Committee).
    Set<String> within = withinBodies(body.get().getId());
    within.addAll(ancestors(body.get()));
    Severity certain = null;
    boolean maybe = false;
    for (TermWalk.HoldingAt at : walk.holdings) {
      if (!within.contains(at.post.body.body.getId()) || !at.personId().equals(chair)) {
        continue;
      }
      PostKind kind = at.post.post.getKind();
      boolean chairs = charter.getChairPostKinds().contains(kind);
      boolean deputy = charter.getDeputyChairPostKinds().contains(kind);
      if (!chairs && !deputy) {
        continue;
      }
      if (at.span.certainlyCovers(meetingSpan)) {
        if (chairs) {
          return;
        }
        certain = Severity.WARNING;
      } else if (at.span.mayOverlap(meetingSpan)) {
        maybe = true;
      }
    }
    if (maybe) {
      sink.add(Rule.MEETING_CHAIR, Severity.NOT_CHECKED, path, "missing", "dates");
    } else if (certain == Severity.WARNING) {
      sink.add(
          Rule.MEETING_CHAIR,
          Severity.WARNING,
          path,
          "person",
          chair,
          "body",
          body.get().getName());
    } else {
      sink.add(
          Rule.MEETING_CHAIR, Severity.ERROR, path, "person", chair, "body", body.get().getName());
    }
  }

  /** {@code meeting.presenter}: a presenter holds a post of the term on the meeting's day. */
  private void presenters() {
    forEachPresentation(
        (presentation, a, p) -> {
          String person = presentation.getPresenterId();
          boolean maybe = false;
          for (TermWalk.HoldingAt at : walk.holdings) {
            if (at.personId().equals(person)) {
              if (at.span.certainlyCovers(meetingSpan)) {
                return;
              }
              maybe |= at.span.mayOverlap(meetingSpan);
            }
          }
          sink.add(
              Rule.MEETING_PRESENTER,
              maybe ? Severity.NOT_CHECKED : Severity.WARNING,
              presentationPath(a, p) + "/presenterId",
              "person",
              person);
        });
  }

  /**
   * {@code body.nested-membership}: whoever holds a post of a body within another is a member of
   * that other; "not checked" while the other's list of holders is short of its seats.
   */
  private void nestedMembership() {
    for (TermWalk.BodyAt at : walk.bodies) {
      Body body = at.body;
      Optional<Body> parent = body.getParentId().flatMap(this::body);
      if (parent.isEmpty()) {
        continue;
      }
      Set<String> parentMembers = new HashSet<>();
      for (TermWalk.HoldingAt holding :
          walk.bodies.get(bodyIndex.get(parent.get().getId())).holdings) {
        parentMembers.add(holding.personId());
      }
      boolean complete = parent.get().getSeats().map(s -> parentMembers.size() >= s).orElse(false);
      // The holdings, not their pointers: when the parent's membership is incomplete, none is
      // reported, and making a pointer per holding was a tenth of a validation.
      Map<String, TermWalk.HoldingAt> missing = new LinkedHashMap<>();
      for (TermWalk.HoldingAt holding : at.holdings) {
        if (!parentMembers.contains(holding.personId())) {
          missing.putIfAbsent(holding.personId(), holding);
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      if (!complete) {
        sink.add(
            Rule.BODY_NESTED_MEMBERSHIP,
            Severity.NOT_CHECKED,
            Pointer.of("term", "bodies", at.index),
            "body",
            body.getName(),
            "parent",
            parent.get().getName());
        continue;
      }
      missing.forEach(
          (person, holding) ->
              sink.add(
                  Rule.BODY_NESTED_MEMBERSHIP,
                  Severity.ERROR,
                  holding.path() + "/personId",
                  "person",
                  person,
                  "body",
                  body.getName(),
                  "parent",
                  parent.get().getName()));
    }
  }

  /**
   * {@code party.full-time-vice-chairmen}: no more full-time vice-chairmen on the meeting's day
   * than Regulation 118 allows, more with a Party delegation.
   */
  private void fullTimeViceChairmen() {
    boolean partyDelegation = false;
    for (Body body : term.getBodies()) {
      partyDelegation |= body.getKind().equals(BodyKind.PARTY_DELEGATION);
    }
    int max =
        partyDelegation
            ? sink.charter().getMaxFullTimeViceChairmenWithPartyDelegation()
            : sink.charter().getMaxFullTimeViceChairmen();
    Set<String> fullTime = new HashSet<>();
    Set<String> unknown = new HashSet<>();
    String firstPath = null;
    for (TermWalk.HoldingAt at : walk.holdings) {
      PostKind kind = at.post.post.getKind();
      if (!kind.equals(PostKind.VICE_CHAIRMAN) && !kind.equals(PostKind.STANDING_VICE_CHAIRMAN)
          || !at.span.mayOverlap(meetingSpan)) {
        continue;
      }
      Optional<Boolean> isFullTime = at.post.post.getFullTime();
      if (isFullTime.isEmpty()) {
        unknown.add(at.personId());
      } else if (isFullTime.get()) {
        fullTime.add(at.personId());
        if (firstPath == null) {
          firstPath = at.post.path();
        }
      }
    }
    unknown.removeAll(fullTime);
    if (fullTime.size() > max) {
      sink.add(
          Rule.PARTY_FULL_TIME_VICE_CHAIRMEN,
          Severity.WARNING,
          firstPath,
          "count",
          fullTime.size(),
          "max",
          max,
          "partyDelegation",
          partyDelegation);
    } else if (fullTime.size() + unknown.size() > max) {
      sink.add(
          Rule.PARTY_FULL_TIME_VICE_CHAIRMEN,
          Severity.NOT_CHECKED,
          Pointer.of("term", "bodies"),
          "count",
          fullTime.size() + unknown.size(),
          "max",
          max);
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  private Optional<Body> body(String id) {
    Integer index = bodyIndex.get(id);
    return index == null ? Optional.empty() : Optional.of(term.getBodies().get(index));
  }

  /** The body and every body nested within it, however deep. */
  private Set<String> withinBodies(String id) {
    Set<String> within = new HashSet<>();
    within.add(id);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Body b : term.getBodies()) {
        if (b.getParentId().isPresent()
            && within.contains(b.getParentId().get())
            && within.add(b.getId())) {
          grew = true;
        }
      }
    }
    return within;
  }

  /** The bodies a body sits within, however deep; stops at a cycle. */
  private Set<String> ancestors(Body body) {
    Set<String> out = new HashSet<>();
    Optional<Body> current = body.getParentId().flatMap(this::body);
    while (current.isPresent() && out.add(current.get().getId())) {
      current = current.get().getParentId().flatMap(this::body);
    }
    return out;
  }

  private interface PresentationVisitor {
    void visit(Presentation presentation, int agendaIndex, int presentationIndex);
  }

  private static String presentationPath(int agendaIndex, int presentationIndex) {
    return Pointer.of("meeting", "agenda", agendaIndex, "presentations", presentationIndex);
  }

  private void forEachPresentation(PresentationVisitor visitor) {
    List<AgendaItem> agenda = meeting.getAgenda();
    for (int a = 0; a < agenda.size(); a++) {
      List<Presentation> presentations = agenda.get(a).getPresentations();
      for (int p = 0; p < presentations.size(); p++) {
        visitor.visit(presentations.get(p), a, p);
      }
    }
  }
}
