package vn.massorg.governance.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.massorg.governance.model.ActivityResult;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceEntry;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.Comment;
import vn.massorg.governance.model.Conclusion;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.Organisation;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Severity;
import vn.massorg.governance.validation.ValidationReport;

/**
 * A readable account of a meeting record and of what its validation found, in Vietnamese or
 * English: the organisation, the term, the bodies and who holds which post, the meeting with its
 * chair and agenda, the reports, and the findings, each with its reason and source.
 *
 * <p>Names, titles and labels come from the model ({@link MeetingRecord#titleOf}, {@code
 * Person.displayName}, the {@code label(Locale)} methods); a fact the record does not give is
 * written as "not recorded", never left out, so that a reader sees what is unknown.
 */
final class MeetingAccount {
  private static final String INDENT = "  ";

  private final MeetingRecord record;
  private final ValidationReport report;
  private final Texts texts;
  private final Locale locale;
  private final StringBuilder out = new StringBuilder();

  private MeetingAccount(MeetingRecord record, ValidationReport report, Texts texts) {
    this.record = record;
    this.report = report;
    this.texts = texts;
    this.locale = texts.locale();
  }

  /** The account of a record and its report, lines ending with '\n'. */
  static String of(MeetingRecord record, ValidationReport report, Texts texts) {
    MeetingAccount account = new MeetingAccount(record, report, texts);
    account.meeting();
    account.bodies();
    account.agenda();
    account.reports();
    account.findings();
    return account.out.toString();
  }

  private void meeting() {
    Meeting meeting = record.getMeeting();
    String title = meeting.getTitle().in(locale);
    line(title);
    line("=".repeat(title.codePointCount(0, title.length())));
    Organisation organisation = record.getOrganisation();
    field(
        "account.organisation",
        organisation.getName().in(locale)
            + organisation.getAbbreviation().map(a -> " (" + a + ")").orElse("")
            + " — "
            + organisation.getLevel().label(locale));
    Term term = record.getTerm();
    // The label already says "nhiệm kỳ"/"term": it heads its own line.
    String termLabel = term.label(locale);
    line(
        termLabel.substring(0, 1).toUpperCase(locale)
            + termLabel.substring(1)
            + term.getWorkProgramme().map(p -> "; " + p.in(locale)).orElse(""));
    field(
        "account.body",
        record
            .getTerm()
            .body(meeting.getBodyId())
            .map(b -> b.getName().in(locale))
            .orElse(meeting.getBodyId()));
    field("account.kind", meeting.getKind().label(locale));
    field("account.reviewed-period", meeting.getReviewedPeriod().map(p -> p.label(locale)));
    field("account.date", meeting.getDate().map(Object::toString));
    field("account.venue", meeting.getVenue().map(v -> v.in(locale)));
    field("account.chair", meeting.getChairId().map(this::personWithTitle));
    field("account.recorder", meeting.getRecorderId().map(this::personWithTitle));
    field("account.attendance", meeting.getAttendance().map(this::attendance));
  }

  private String attendance(Attendance attendance) {
    StringBuilder text = new StringBuilder();
    attendance
        .getCounts()
        .ifPresent(
            c -> {
              text.append(texts.get("account.attendance.present", c.getPresent()));
              c.getExcused()
                  .ifPresent(
                      n -> text.append(", ").append(texts.get("account.attendance.excused", n)));
              c.getAbsent()
                  .ifPresent(
                      n -> text.append(", ").append(texts.get("account.attendance.absent", n)));
            });
    for (AttendanceEntry entry : attendance.getEntries()) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(name(entry.getPersonId()))
          .append(" (")
          .append(entry.getStatus().label(locale))
          .append(entry.getReason().map(r -> ": " + r.in(locale)).orElse(""))
          .append(')');
    }
    return text.toString();
  }

  private void bodies() {
    line("");
    line(texts.get("account.bodies"));
    for (Body body : record.getTerm().getBodies()) {
      String name = body.getName().in(locale);
      String kind = body.getKind().label(locale);
      // "Đảng đoàn [Đảng đoàn]" says nothing: the kind is shown only when the name hides it.
      StringBuilder text =
          new StringBuilder(
              INDENT + "- " + name + (name.startsWith(kind) ? "" : " [" + kind + "]"));
      body.getParentId()
          .flatMap(id -> record.getTerm().body(id))
          .ifPresent(
              p -> text.append(", ").append(texts.get("account.within", p.getName().in(locale))));
      text.append("; ")
          .append(
              texts.get(
                  "account.seats",
                  body.getSeats().map(String::valueOf).orElse(texts.get("account.not-recorded"))));
      line(text.toString());
      for (Post post : body.getPosts()) {
        String holders =
            post.getHoldings().stream().map(this::holding).collect(Collectors.joining(", "));
        line(
            INDENT
                + INDENT
                + INDENT
                + post.title(body, locale)
                + ": "
                + (holders.isEmpty() ? texts.get("account.vacant") : holders));
      }
    }
  }

  private String holding(PostHolding holding) {
    String when = "";
    if (holding.getStart().isPresent() || holding.getEnd().isPresent()) {
      when =
          " ("
              + holding.getStart().map(Object::toString).orElse("…")
              + " – "
              + holding.getEnd().map(Object::toString).orElse("…")
              + ")";
    }
    return name(holding.getPersonId()) + when;
  }

  private void agenda() {
    line("");
    line(texts.get("account.agenda"));
    List<AgendaItem> agenda = record.getMeeting().getAgenda();
    if (agenda.isEmpty()) {
      line(INDENT + texts.get("account.not-recorded"));
    }
    for (int i = 0; i < agenda.size(); i++) {
      AgendaItem item = agenda.get(i);
      line(INDENT + (i + 1) + ". " + item.getTitle().in(locale));
      String in = INDENT + INDENT + "   ";
      item.getChairId()
          .ifPresent(c -> line(in + texts.get("account.item-chair", personWithTitle(c))));
      for (Presentation presentation : item.getPresentations()) {
        line(in + texts.get("account.presenter", personWithTitle(presentation.getPresenterId())));
        line(in + texts.get("account.document", presentation.getDocument().in(locale)));
      }
      for (Comment comment : item.getComments()) {
        String who =
            comment
                .getSpeakerId()
                .map(this::personWithTitle)
                .or(() -> comment.getSpeakerGroup().map(g -> g.label(locale)))
                .orElse("");
        line(in + who + ": " + comment.getSummary().in(locale));
      }
      for (Decision decision : item.getDecisions()) {
        line(
            in
                + texts.get(
                    "account.decision",
                    decision.getTitle().in(locale),
                    decision
                        .getOutcome()
                        .map(o -> o.label(locale))
                        .orElse(texts.get("account.not-recorded"))));
      }
      item.getConclusion().ifPresent(c -> conclusion(c, in));
    }
  }

  private void conclusion(Conclusion conclusion, String in) {
    line(in + texts.get("account.concluded-by", personWithTitle(conclusion.getSpeakerId())));
    line(in + texts.get("account.conclusion", conclusion.getSummary().in(locale)));
    if (!conclusion.getDirections().isEmpty()) {
      line(
          in
              + conclusion
                  .getForPeriod()
                  .map(p -> texts.get("account.directions-for", p.label(locale)))
                  .orElse(texts.get("account.directions")));
      for (BilingualText direction : conclusion.getDirections()) {
        line(in + INDENT + "- " + direction.in(locale));
      }
    }
  }

  private void reports() {
    for (Report r : record.getReports()) {
      line("");
      line(texts.get("account.report", r.getTitle().in(locale)));
      String in = INDENT;
      field(in, "account.report.period", Optional.of(r.getPeriod().label(locale)));
      field(in, "account.report.number", r.getDocumentNumber());
      field(
          in,
          "account.report.status",
          Optional.of(
              r.getStatusHistory().stream()
                  .map(s -> s.label(locale))
                  .collect(Collectors.joining(" → "))));
      if (!r.getContext().isEmpty()) {
        line(in + texts.get("account.report.context"));
        r.getContext().forEach(c -> line(in + INDENT + "- " + c.in(locale)));
      }
      if (!r.getResults().isEmpty()) {
        String complete =
            r.getResultsComplete()
                .map(c -> c ? "account.report.results.complete" : "account.report.results.partial")
                .orElse("account.report.results.unknown");
        line(in + texts.get("account.report.results") + " (" + texts.get(complete) + ")");
        for (ActivityResult result : r.getResults()) {
          line(
              in
                  + INDENT
                  + "- "
                  + result.getArea().label(locale)
                  + ": "
                  + result
                      .getSummary()
                      .map(s -> s.in(locale))
                      .orElse(texts.get("account.report.no-summary")));
        }
      }
      if (!r.getTasksForNextPeriod().isEmpty()) {
        line(in + texts.get("account.report.tasks"));
        r.getTasksForNextPeriod().forEach(t -> line(in + INDENT + "- " + t.in(locale)));
      }
    }
  }

  private void findings() {
    line("");
    line(
        texts.get(
            "account.findings",
            report.isValid()
                ? texts.get("account.findings.valid")
                : texts.get("account.findings.invalid"),
            report.findings(Severity.ERROR).size(),
            report.findings(Severity.WARNING).size(),
            report.findings(Severity.NOT_CHECKED).size()));
    for (Finding finding : report.getFindings()) {
      line(
          INDENT
              + "- ["
              + finding.getSeverity().label(locale)
              + "] "
              + finding.getCode()
              + " "
              + (finding.getPath().isEmpty() ? "/" : finding.getPath()));
      line(
          INDENT
              + INDENT
              + texts.get(
                  finding.getSeverity() == Severity.NOT_CHECKED
                      ? "account.finding.reason"
                      : "account.finding.message",
                  finding.getMessage().in(locale)));
      String layer = finding.getSource().getLayer().label(locale);
      String citation = finding.getSource().getCitation().in(locale);
      line(
          INDENT
              + INDENT
              + texts.get(
                  "account.finding.source",
                  citation.equals(layer) ? layer : layer + " — " + citation));
    }
  }

  /** "TS. Hoàng Văn Kể – Chủ tịch kiêm Bí thư Đảng đoàn", as the source writes a name. */
  private String personWithTitle(String personId) {
    return name(personId) + record.titleOf(personId, locale).map(t -> " – " + t).orElse("");
  }

  /** The display name, or the identifier of someone the record does not list. */
  private String name(String personId) {
    return record.person(personId).map(p -> p.displayName(locale)).orElse(personId);
  }

  private void field(String key, Optional<String> value) {
    field("", key, value);
  }

  private void field(String key, String value) {
    field("", key, Optional.of(value));
  }

  private void field(String indent, String key, Optional<String> value) {
    line(indent + texts.get(key) + ": " + value.orElse(texts.get("account.not-recorded")));
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
