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
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.Threshold;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.Severity;

/**
 * The record-level rules: everything that can be checked within one self-contained record. Each
 * method checks one rule and reports through the sink; a rule that lacks a fact reports "not
 * checked" rather than passing or failing.
 */
final class RecordRules {
  private static final Threshold CONGRESS_QUORUM = Threshold.moreThan(1, 2);

  private final MeetingRecord record;
  private final Term term;
  private final Meeting meeting;
  private final Sink sink;
  private final Span meetingSpan;
  private final Map<String, Integer> bodyIndex = new HashMap<>();
  private final Set<String> personIds = new HashSet<>();

  private RecordRules(MeetingRecord record, Charter charter) {
    this.record = record;
    this.term = record.getTerm();
    this.meeting = record.getMeeting();
    this.sink = new Sink(charter);
    this.meetingSpan = Span.ofMeeting(meeting.getDate(), term);
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
    rules.references();
    rules.bodyParentCycle();
    rules.meetingDateInTerm();
    rules.reportPeriodEnded();
    rules.reportPresentedStatus();
    rules.attendanceCounts();
    rules.decisions();
    rules.holdings();
    rules.termLength();
    rules.quorum();
    rules.chair();
    rules.presenters();
    rules.nestedMembership();
    rules.fullTimeViceChairmen();
    return rules.sink.findings();
  }

  // --- consistency -------------------------------------------------------------------------

  private void references() {
    List<Body> bodies = term.getBodies();
    for (int b = 0; b < bodies.size(); b++) {
      Body body = bodies.get(b);
      if (body.getParentId().isPresent() && !bodyIndex.containsKey(body.getParentId().get())) {
        sink.add(
            Rule.REFERENCE_BODY,
            Severity.ERROR,
            Pointer.of("term", "bodies", b, "parentId"),
            "id",
            body.getParentId().get());
      }
      for (int p = 0; p < body.getPosts().size(); p++) {
        List<PostHolding> holdings = body.getPosts().get(p).getHoldings();
        for (int h = 0; h < holdings.size(); h++) {
          String id = holdings.get(h).getPersonId();
          if (!personIds.contains(id)) {
            unknownPerson(
                id, Pointer.of("term", "bodies", b, "posts", p, "holdings", h, "personId"));
          }
        }
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
    person(meeting.getChairId(), "meeting", "chairId");
    person(meeting.getRecorderId(), "meeting", "recorderId");
    if (meeting.getAttendance().isPresent()) {
      List<AttendanceEntry> entries = meeting.getAttendance().get().getEntries();
      for (int e = 0; e < entries.size(); e++) {
        AttendanceEntry entry = entries.get(e);
        if (!personIds.contains(entry.getPersonId())) {
          unknownPerson(
              entry.getPersonId(), Pointer.of("meeting", "attendance", "entries", e, "personId"));
        }
        person(entry.getOnBehalfOfId(), "meeting", "attendance", "entries", e, "onBehalfOfId");
      }
    }
    List<AgendaItem> agenda = meeting.getAgenda();
    for (int a = 0; a < agenda.size(); a++) {
      AgendaItem item = agenda.get(a);
      person(item.getChairId(), "meeting", "agenda", a, "chairId");
      for (int p = 0; p < item.getPresentations().size(); p++) {
        Presentation presentation = item.getPresentations().get(p);
        if (!personIds.contains(presentation.getPresenterId())) {
          unknownPerson(
              presentation.getPresenterId(),
              Pointer.of("meeting", "agenda", a, "presentations", p, "presenterId"));
        }
        if (presentation.getReportId().isPresent()
            && record.report(presentation.getReportId().get()).isEmpty()) {
          sink.add(
              Rule.REFERENCE_REPORT,
              Severity.ERROR,
              Pointer.of("meeting", "agenda", a, "presentations", p, "reportId"),
              "id",
              presentation.getReportId().get());
        }
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
        String id = item.getConclusion().get().getSpeakerId();
        if (!personIds.contains(id)) {
          unknownPerson(id, Pointer.of("meeting", "agenda", a, "conclusion", "speakerId"));
        }
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

  private void decisions() {
    Optional<Body> body = body(meeting.getBodyId());
    Optional<Integer> attending = attending();
    List<AgendaItem> agenda = meeting.getAgenda();
    for (int a = 0; a < agenda.size(); a++) {
      for (int d = 0; d < agenda.get(a).getDecisions().size(); d++) {
        Decision decision = agenda.get(a).getDecisions().get(d);
        String path = Pointer.of("meeting", "agenda", a, "decisions", d);
        Optional<Threshold> majority =
            decision
                .getRequiredMajority()
                .or(
                    () ->
                        body.flatMap(
                            b ->
                                Optional.ofNullable(
                                    sink.charter().getResolutionMajority().get(b.getKind()))));
        boolean majorityApplies = majority.isPresent() && decision.getOutcome().isPresent();
        if (decision.getVotes().isEmpty()) {
          // An outcome without the votes (the seed states no vote) cannot be checked; saying
          // nothing would let it pass silently.
          if (majorityApplies) {
            sink.add(
                Rule.DECISION_MAJORITY,
                Severity.NOT_CHECKED,
                path + "/outcome",
                "missing",
                "votes");
          }
          continue;
        }
        var votes = decision.getVotes().get();
        if (attending.isPresent() && votes.total() > attending.get()) {
          sink.add(
              Rule.DECISION_VOTES,
              Severity.ERROR,
              path + "/votes",
              "votes",
              votes.total(),
              "attending",
              attending.get());
          continue;
        }
        if (!majorityApplies) {
          continue;
        }
        if (attending.isEmpty()) {
          sink.add(
              Rule.DECISION_MAJORITY,
              Severity.NOT_CHECKED,
              path + "/outcome",
              "missing",
              "attendance");
          continue;
        }
        boolean met = majority.get().isMetBy(votes.getInFavour(), attending.get());
        if (decision.getOutcome().get() == DecisionOutcome.ADOPTED && !met) {
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
        } else if (decision.getOutcome().get() == DecisionOutcome.REJECTED && met) {
          sink.add(
              Rule.DECISION_VOTES,
              Severity.ERROR,
              path + "/outcome",
              "votes",
              votes.getInFavour(),
              "attending",
              attending.get());
        }
      }
    }
  }

  // --- holdings ----------------------------------------------------------------------------

  /**
   * Compares only the holdings a rule can concern: those of one post (the same person twice), and
   * the regular holdings of posts of one exclusive kind; not every pair of the body, which for a
   * 60-member committee is 1,770 pairs.
   */
  private void holdings() {
    Set<PostKind> exclusive = sink.charter().getExclusivePostKinds();
    List<Body> bodies = term.getBodies();
    for (int b = 0; b < bodies.size(); b++) {
      Body body = bodies.get(b);
      Map<PostKind, List<Located>> byExclusiveKind = null;
      for (int p = 0; p < body.getPosts().size(); p++) {
        Post post = body.getPosts().get(p);
        List<PostHolding> holdings = post.getHoldings();
        for (int i = 0; i < holdings.size(); i++) {
          for (int j = i + 1; j < holdings.size(); j++) {
            if (holdings.get(i).getPersonId().equals(holdings.get(j).getPersonId())) {
              overlap(
                  Rule.HOLDING_TWICE,
                  new Located(post, holdings.get(i), b, p, i),
                  new Located(post, holdings.get(j), b, p, j));
            }
          }
        }
        if (!exclusive.contains(post.getKind())) {
          continue;
        }
        for (int h = 0; h < holdings.size(); h++) {
          if (holdings.get(h).getKind() == HoldingKind.REGULAR) {
            if (byExclusiveKind == null) {
              byExclusiveKind = new LinkedHashMap<>();
            }
            byExclusiveKind
                .computeIfAbsent(post.getKind(), k -> new ArrayList<>())
                .add(new Located(post, holdings.get(h), b, p, h));
          }
        }
      }
      if (byExclusiveKind == null) {
        continue;
      }
      for (List<Located> group : byExclusiveKind.values()) {
        for (int i = 0; i < group.size(); i++) {
          for (int j = i + 1; j < group.size(); j++) {
            Located x = group.get(i);
            Located y = group.get(j);
            if (!x.holding.getPersonId().equals(y.holding.getPersonId())) {
              overlap(Rule.HOLDING_EXCLUSIVE, x, y);
            }
          }
        }
      }
    }
  }

  private void overlap(Rule rule, Located x, Located y) {
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
          x.post.getId(),
          "person",
          y.holding.getPersonId(),
          "other",
          x.holding.getPersonId(),
          "otherPath",
          x.path());
    }
  }

  private static final class Located {
    final Post post;
    final PostHolding holding;
    final int body;
    final int postIndex;
    final int holdingIndex;

    /** Made once per holding, not once per pair it is compared in. */
    final Span span;

    Located(Post post, PostHolding holding, int body, int postIndex, int holdingIndex) {
      this.post = post;
      this.holding = holding;
      this.span = Span.of(holding);
      this.body = body;
      this.postIndex = postIndex;
      this.holdingIndex = holdingIndex;
    }

    String path() {
      return Pointer.of("term", "bodies", body, "posts", postIndex, "holdings", holdingIndex);
    }
  }

  // --- law and charter ---------------------------------------------------------------------

  private void termLength() {
    // "2019–2024" is five years by the years' labels; exact dates are measured to the day after
    // the last day, so that 1/1/2019 to 31/12/2023 is five years too, not four.
    PartialDate start = term.getStart();
    PartialDate end = term.getEnd();
    int years;
    if (start.isComplete() && end.isComplete()) {
      long months =
          java.time.Period.between(start.getEarliest(), end.getLatest().plusDays(1))
              .toTotalMonths();
      years = (int) Math.round(months / 12.0);
    } else {
      years = end.getYear() - start.getYear();
    }
    String path = Pointer.of("term", "end");
    if (years > 5 && term.getStart().getLatest().isBefore(Sources.DECREE_126_FROM)) {
      sink.add(
          Rule.TERM_MAX_LENGTH,
          Severity.ERROR,
          path,
          Sources.law(term.getStart().getEarliest(), term.getStart().getLatest(), "20.3", "22.1"),
          "years",
          years,
          "start",
          term.getStart(),
          "end",
          term.getEnd());
    }
    if (years != sink.charter().getTermYears()) {
      sink.add(
          Rule.TERM_LENGTH,
          Severity.WARNING,
          path,
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
    for (Body b : term.getBodies()) {
      if (!within.contains(b.getId())) {
        continue;
      }
      for (Post post : b.getPosts()) {
        boolean chairs = charter.getChairPostKinds().contains(post.getKind());
        boolean deputy = charter.getDeputyChairPostKinds().contains(post.getKind());
        if (!chairs && !deputy) {
          continue;
        }
        for (PostHolding holding : post.getHoldings()) {
          if (!holding.getPersonId().equals(chair)) {
            continue;
          }
          Span span = Span.of(holding);
          if (span.certainlyCovers(meetingSpan)) {
            if (chairs) {
              return;
            }
            certain = Severity.WARNING;
          } else if (span.mayOverlap(meetingSpan)) {
            maybe = true;
          }
        }
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

  private void presenters() {
    forEachPresentation(
        (presentation, a, p) -> {
          String person = presentation.getPresenterId();
          boolean maybe = false;
          for (Body b : term.getBodies()) {
            for (Post post : b.getPosts()) {
              for (PostHolding holding : post.getHoldings()) {
                if (holding.getPersonId().equals(person)) {
                  Span span = Span.of(holding);
                  if (span.certainlyCovers(meetingSpan)) {
                    return;
                  }
                  maybe |= span.mayOverlap(meetingSpan);
                }
              }
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

  private void nestedMembership() {
    List<Body> bodies = term.getBodies();
    for (int b = 0; b < bodies.size(); b++) {
      Body body = bodies.get(b);
      Optional<Body> parent = body.getParentId().flatMap(this::body);
      if (parent.isEmpty()) {
        continue;
      }
      Set<String> parentMembers = holders(parent.get());
      boolean complete = parent.get().getSeats().map(s -> parentMembers.size() >= s).orElse(false);
      Map<String, String> missing = new LinkedHashMap<>();
      for (int p = 0; p < body.getPosts().size(); p++) {
        List<PostHolding> holdings = body.getPosts().get(p).getHoldings();
        for (int h = 0; h < holdings.size(); h++) {
          String person = holdings.get(h).getPersonId();
          if (!parentMembers.contains(person)) {
            missing.putIfAbsent(
                person, Pointer.of("term", "bodies", b, "posts", p, "holdings", h, "personId"));
          }
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      if (!complete) {
        sink.add(
            Rule.BODY_NESTED_MEMBERSHIP,
            Severity.NOT_CHECKED,
            Pointer.of("term", "bodies", b),
            "body",
            body.getName(),
            "parent",
            parent.get().getName());
        continue;
      }
      missing.forEach(
          (person, path) ->
              sink.add(
                  Rule.BODY_NESTED_MEMBERSHIP,
                  Severity.ERROR,
                  path,
                  "person",
                  person,
                  "body",
                  body.getName(),
                  "parent",
                  parent.get().getName()));
    }
  }

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
    for (int b = 0; b < term.getBodies().size(); b++) {
      Body body = term.getBodies().get(b);
      for (int p = 0; p < body.getPosts().size(); p++) {
        Post post = body.getPosts().get(p);
        if (!post.getKind().equals(PostKind.VICE_CHAIRMAN)
            && !post.getKind().equals(PostKind.STANDING_VICE_CHAIRMAN)) {
          continue;
        }
        for (PostHolding holding : post.getHoldings()) {
          if (!Span.of(holding).mayOverlap(meetingSpan)) {
            continue;
          }
          if (post.getFullTime().isEmpty()) {
            unknown.add(holding.getPersonId());
          } else if (post.getFullTime().get()) {
            fullTime.add(holding.getPersonId());
            if (firstPath == null) {
              firstPath = Pointer.of("term", "bodies", b, "posts", p);
            }
          }
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

  private static Set<String> holders(Body body) {
    Set<String> holders = new HashSet<>();
    for (Post post : body.getPosts()) {
      for (PostHolding holding : post.getHoldings()) {
        holders.add(holding.getPersonId());
      }
    }
    return holders;
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
