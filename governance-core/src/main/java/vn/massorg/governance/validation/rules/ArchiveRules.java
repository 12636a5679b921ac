package vn.massorg.governance.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.Organisation;
import vn.massorg.governance.model.PeriodKind;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.RuleEngine;
import vn.massorg.governance.validation.Severity;

/**
 * The rules across the records of an archive. Records arrive one at a time; only summaries are
 * kept: each organisation, each term's dates, meeting counts per body and year, the quarters
 * reported on, and a fingerprint of each meeting and of each body's meeting days. What a record
 * contradicts or repeats of an earlier one is found when it arrives and reported with it; what
 * needs every record is reported by {@link #finish()}, with paths under {@code /i}, the record's
 * position in the archive.
 */
final class ArchiveRules implements RuleEngine.Archive {
  private final Charter charter;
  private final Sink sink;
  private long count;
  private final Map<String, Seen<Organisation>> organisations = new LinkedHashMap<>();
  private final Map<String, Seen<TermDates>> terms = new LinkedHashMap<>();
  private final Map<String, BodyMeetings> meetings = new LinkedHashMap<>();
  private final Map<String, TermReports> reports = new LinkedHashMap<>();
  private final Map<String, LocalDate> latestMeeting = new LinkedHashMap<>();

  /** Each meeting by organisation and identifier, and each body's day with a meeting. */
  private final Fingerprints seenMeetings = new Fingerprints();

  private final StringBuilder key = new StringBuilder();

  /**
   * Starts an archive.
   *
   * @param charter the charter, not null
   */
  ArchiveRules(Charter charter) {
    this.charter = Objects.requireNonNull(charter, "charter");
    this.sink = new Sink(charter);
  }

  /**
   * Remembers what the rules across records need of a record, and checks it against the records
   * before it: an identifier that stood for something else there, a meeting recorded there already.
   * These findings are the record's, so that an archive of a million repeated lines does not pile a
   * million findings up until its end.
   *
   * @param record the record, not null
   * @return what the record contradicts or repeats of earlier records, with paths within the
   *     record; the earlier record is named by its pointer under {@code /i}, in the argument {@code
   *     first}; not null
   */
  @Override
  public List<Finding> add(MeetingRecord record) {
    long index = count++;
    Sink own = new Sink(charter);
    Organisation organisation = record.getOrganisation();
    String org = organisation.getId();
    Seen<Organisation> seenOrg = organisations.putIfAbsent(org, new Seen<>(organisation, index));
    if (seenOrg != null && !seenOrg.value.equals(organisation)) {
      own.add(
          Rule.ARCHIVE_CONFLICT,
          Severity.ERROR,
          "/organisation",
          "id",
          org,
          "first",
          "/" + seenOrg.index + "/organisation");
    }
    Term term = record.getTerm();
    String termKey = org + "\u0000" + term.getId();
    TermDates dates = new TermDates(org, term);
    Seen<TermDates> seenTerm = terms.putIfAbsent(termKey, new Seen<>(dates, index));
    if (seenTerm != null && !seenTerm.value.equals(dates)) {
      own.add(
          Rule.ARCHIVE_CONFLICT,
          Severity.ERROR,
          "/term",
          "id",
          term.getId(),
          "first",
          "/" + seenTerm.index + "/term");
    }
    // A meeting recorded again is not a meeting held again: the cadence counts it once.
    boolean again = index <= Integer.MAX_VALUE && recordedTwice(org, record, (int) index, own);
    var meeting = record.getMeeting();
    if (meeting.getKind() == MeetingKind.REGULAR && !again) {
      term.body(meeting.getBodyId())
          .ifPresent(
              body -> {
                Integer perYear = charter.getMeetingsPerYear().get(body.getKind());
                if (perYear == null) {
                  return;
                }
                BodyMeetings counts =
                    meetings.computeIfAbsent(
                        termKey + "\u0000" + body.getId(),
                        k -> new BodyMeetings(org, body, term, perYear, index));
                if (meeting.getDate().isPresent()) {
                  counts.perYear.merge(meeting.getDate().get().getYear(), 1, Integer::sum);
                } else {
                  counts.undated++;
                }
              });
    }
    meeting
        .getDate()
        .ifPresent(
            date -> latestMeeting.merge(org, date.getEarliest(), (a, b) -> a.isAfter(b) ? a : b));
    for (Report report : record.getReports()) {
      if (report.getPeriod().getKind() == PeriodKind.QUARTER) {
        reports
            .computeIfAbsent(termKey, k -> new TermReports(index))
            .quarters
            .add(report.getPeriod().getYear() * 4 + report.getPeriod().getNumber() - 1);
      }
    }
    return own.findings();
  }

  /**
   * The same meeting in two records: the same identifier of the same organisation (an error:
   * identifiers are stable across an archive, so this is one meeting twice), or, under another
   * identifier, the same body on the same recorded day (a warning: a body may sit twice a day).
   *
   * @return whether the record is of a meeting an earlier record has, by its identifier
   */
  private boolean recordedTwice(String org, MeetingRecord record, int index, Sink own) {
    var meeting = record.getMeeting();
    key.setLength(0);
    key.append("meeting\u0000").append(org).append('\u0000').append(meeting.getId());
    int first = seenMeetings.putIfAbsent(key, index);
    if (first != Fingerprints.ABSENT) {
      own.add(
          Rule.ARCHIVE_DUPLICATE_MEETING,
          Severity.ERROR,
          "/meeting/id",
          "id",
          meeting.getId(),
          "first",
          "/" + first + "/meeting/id");
      return true;
    }
    if (meeting.getDate().isEmpty() || !meeting.getDate().get().isComplete()) {
      return false;
    }
    String day = meeting.getDate().get().toString();
    key.setLength(0);
    key.append("day\u0000")
        .append(org)
        .append('\u0000')
        .append(meeting.getBodyId())
        .append('\u0000')
        .append(day);
    first = seenMeetings.putIfAbsent(key, index);
    if (first != Fingerprints.ABSENT) {
      Object body =
          record
              .getTerm()
              .body(meeting.getBodyId())
              .<Object>map(Body::getName)
              .orElse(meeting.getBodyId());
      own.add(
          Rule.ARCHIVE_SAME_DAY_MEETING,
          Severity.WARNING,
          "/meeting/date",
          "body",
          body,
          "date",
          day,
          "id",
          meeting.getId(),
          "first",
          "/" + first + "/meeting");
    }
    return false;
  }

  /**
   * How many records were added.
   *
   * @return the count
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Checks the rules that need every record.
   *
   * @return every finding across records, in no particular order
   */
  @Override
  public List<Finding> finish() {
    termOverlap();
    cadence();
    quarterlyReports();
    return new ArrayList<>(sink.findings());
  }

  private void termOverlap() {
    List<Seen<TermDates>> all = new ArrayList<>(terms.values());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        TermDates a = all.get(i).value;
        TermDates b = all.get(j).value;
        if (!a.organisation.equals(b.organisation) || a.id.equals(b.id)) {
          continue;
        }
        boolean overlap =
            !a.start.getLatest().isAfter(b.end.getEarliest())
                && !b.start.getLatest().isAfter(a.end.getEarliest())
                && a.start.getLatest().isBefore(b.end.getEarliest())
                && b.start.getLatest().isBefore(a.end.getEarliest());
        if (overlap) {
          sink.addInRecord(
              all.get(j).index,
              Rule.ARCHIVE_TERM_OVERLAP,
              Severity.ERROR,
              "/term",
              "term",
              b.id,
              "other",
              a.id,
              "start",
              b.start,
              "end",
              b.end,
              "otherStart",
              a.start,
              "otherEnd",
              a.end);
        }
      }
    }
  }

  private void cadence() {
    for (BodyMeetings body : meetings.values()) {
      String path = "/meeting/bodyId";
      if (body.undated > 0) {
        sink.addInRecord(
            body.firstIndex,
            Rule.ARCHIVE_MEETING_CADENCE,
            Severity.NOT_CHECKED,
            path,
            "body",
            body.name,
            "undated",
            body.undated);
        continue;
      }
      LocalDate latest = latestMeeting.get(body.organisation);
      if (latest == null || body.perYear.isEmpty()) {
        continue;
      }
      // Only years the term certainly covers from 1 January to 31 December: a term opened in
      // October owes no four Standing Committee meetings in its first year.
      int first = Math.max(body.perYear.keySet().iterator().next(), body.firstWholeYear);
      int last = Math.min(latest.getYear() - 1, body.lastWholeYear);
      for (int year = first; year <= last; year++) {
        int held = body.perYear.getOrDefault(year, 0);
        if (held < body.required) {
          sink.addInRecord(
              body.firstIndex,
              Rule.ARCHIVE_MEETING_CADENCE,
              Severity.WARNING,
              path,
              "body",
              body.name,
              "year",
              year,
              "held",
              held,
              "required",
              body.required);
        }
      }
    }
  }

  private void quarterlyReports() {
    for (TermReports term : reports.values()) {
      int first = term.quarters.first();
      int last = term.quarters.last();
      for (int q = first; q <= last; q++) {
        if (!term.quarters.contains(q)) {
          sink.addInRecord(
              term.firstIndex,
              Rule.ARCHIVE_QUARTERLY_REPORTS,
              Severity.WARNING,
              "/reports",
              "period",
              (q / 4) + "-Q" + (q % 4 + 1));
        }
      }
    }
  }

  private record Seen<T>(T value, long index) {}

  /** What two records must agree on of a term: its organisation, identifier, dates, ordinal. */
  private record TermDates(
      String organisation,
      String id,
      vn.massorg.governance.model.PartialDate start,
      vn.massorg.governance.model.PartialDate end,
      java.util.Optional<Integer> ordinal) {
    TermDates(String organisation, Term term) {
      this(organisation, term.getId(), term.getStart(), term.getEnd(), term.getOrdinal());
    }
  }

  private static final class BodyMeetings {
    final String organisation;
    final vn.massorg.governance.model.BilingualText name;
    final int firstWholeYear;
    final int lastWholeYear;
    final int required;
    final long firstIndex;
    final TreeMap<Integer, Integer> perYear = new TreeMap<>();
    int undated;

    BodyMeetings(String organisation, Body body, Term term, int required, long firstIndex) {
      this.organisation = organisation;
      this.name = body.getName();
      LocalDate startLatest = term.getStart().getLatest();
      LocalDate endEarliest = term.getEnd().getEarliest();
      this.firstWholeYear =
          startLatest.getDayOfYear() == 1 ? startLatest.getYear() : startLatest.getYear() + 1;
      this.lastWholeYear =
          endEarliest.equals(LocalDate.of(endEarliest.getYear(), 12, 31))
              ? endEarliest.getYear()
              : endEarliest.getYear() - 1;
      this.required = required;
      this.firstIndex = firstIndex;
    }
  }

  private static final class TermReports {
    final long firstIndex;
    final TreeSet<Integer> quarters = new TreeSet<>();

    TermReports(long firstIndex) {
      this.firstIndex = firstIndex;
    }
  }
}
