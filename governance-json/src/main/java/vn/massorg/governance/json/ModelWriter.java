package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.massorg.governance.model.ActivityResult;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.AttendanceEntry;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.CodeListValue;
import vn.massorg.governance.model.Coded;
import vn.massorg.governance.model.Comment;
import vn.massorg.governance.model.Conclusion;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.MemberUnit;
import vn.massorg.governance.model.Organisation;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.RuleSource;
import vn.massorg.governance.validation.ValidationReport;

/**
 * Writes the model to a {@link JsonGenerator}, one hand-written method per type, members in the
 * model's order, empty optionals and empty lists left out.
 *
 * <p>Each method takes the JSON Pointer of the object it writes only when unknown members kept by a
 * lenient read must be put back ({@code at} is null otherwise, and no pointer is built).
 */
final class ModelWriter {
  private final JsonGenerator g;
  private final Map<String, Map<String, JsonNode>> unknowns;

  ModelWriter(JsonGenerator generator, Map<String, Map<String, JsonNode>> unknowns) {
    this.g = generator;
    this.unknowns = unknowns == null || unknowns.isEmpty() ? null : unknowns;
  }

  private String root() {
    return unknowns == null ? null : "";
  }

  private static String at(String parent, String name) {
    return parent == null ? null : parent + "/" + name;
  }

  // ---------------------------------------------------------------- the document

  void document(MeetingRecord r) throws IOException {
    document(r, GovernanceJson.FORMAT_VERSION);
  }

  void document(MeetingRecord r, String version) throws IOException {
    String at = root();
    g.writeStartObject();
    g.writeStringField("format", GovernanceJson.FORMAT);
    g.writeStringField("formatVersion", version);
    g.writeFieldName("organisation");
    organisation(r.getOrganisation(), at(at, "organisation"));
    g.writeFieldName("term");
    term(r.getTerm(), at(at, "term"));
    if (!r.getPeople().isEmpty()) {
      g.writeArrayFieldStart("people");
      List<Person> people = r.getPeople();
      for (int i = 0; i < people.size(); i++) {
        person(people.get(i), at(at, "people/" + i));
      }
      g.writeEndArray();
    }
    g.writeFieldName("meeting");
    meeting(r.getMeeting(), at(at, "meeting"));
    if (!r.getReports().isEmpty()) {
      g.writeArrayFieldStart("reports");
      List<Report> reports = r.getReports();
      for (int i = 0; i < reports.size(); i++) {
        report(reports.get(i), at(at, "reports/" + i));
      }
      g.writeEndArray();
    }
    end(at);
  }

  // ---------------------------------------------------------------- organisation and term

  void organisation(Organisation o, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.getId());
    text("name", o.getName(), at);
    string("abbreviation", o.getAbbreviation());
    code("level", o.getLevel());
    string("parentId", o.getParentId());
    if (!o.getMemberUnits().isEmpty()) {
      g.writeArrayFieldStart("memberUnits");
      List<MemberUnit> units = o.getMemberUnits();
      for (int i = 0; i < units.size(); i++) {
        memberUnit(units.get(i), at(at, "memberUnits/" + i));
      }
      g.writeEndArray();
    }
    end(at);
  }

  void memberUnit(MemberUnit u, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", u.getId());
    text("name", u.getName(), at);
    code("kind", u.getKind());
    end(at);
  }

  void term(Term t, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.getId());
    integer("ordinal", t.getOrdinal());
    g.writeStringField("start", t.getStart().toString());
    g.writeStringField("end", t.getEnd().toString());
    string("openingCongressId", t.getOpeningCongressId());
    text("workProgramme", t.getWorkProgramme(), at);
    if (!t.getBodies().isEmpty()) {
      g.writeArrayFieldStart("bodies");
      List<Body> bodies = t.getBodies();
      for (int i = 0; i < bodies.size(); i++) {
        body(bodies.get(i), at(at, "bodies/" + i));
      }
      g.writeEndArray();
    }
    end(at);
  }

  void body(Body b, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", b.getId());
    code("kind", b.getKind());
    text("name", b.getName(), at);
    string("parentId", b.getParentId());
    integer("seats", b.getSeats());
    if (!b.getPosts().isEmpty()) {
      g.writeArrayFieldStart("posts");
      List<Post> posts = b.getPosts();
      for (int i = 0; i < posts.size(); i++) {
        post(posts.get(i), at(at, "posts/" + i));
      }
      g.writeEndArray();
    }
    end(at);
  }

  void post(Post p, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.getId());
    code("kind", p.getKind());
    text("title", p.getTitle(), at);
    bool("fullTime", p.getFullTime());
    if (!p.getHoldings().isEmpty()) {
      g.writeArrayFieldStart("holdings");
      List<PostHolding> holdings = p.getHoldings();
      for (int i = 0; i < holdings.size(); i++) {
        postHolding(holdings.get(i), at(at, "holdings/" + i));
      }
      g.writeEndArray();
    }
    end(at);
  }

  void postHolding(PostHolding h, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("personId", h.getPersonId());
    date("start", h.getStart());
    date("end", h.getEnd());
    coded("kind", h.getKind());
    end(at);
  }

  void person(Person p, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.getId());
    g.writeStringField("familyName", p.getFamilyName());
    string("middleName", p.getMiddleName());
    g.writeStringField("givenName", p.getGivenName());
    if (p.getAcademicTitle().isPresent()) {
      code("academicTitle", p.getAcademicTitle().get());
    }
    if (p.getFormOfAddress().isPresent()) {
      code("formOfAddress", p.getFormOfAddress().get());
    }
    end(at);
  }

  // ---------------------------------------------------------------- the meeting

  void meeting(Meeting m, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.getId());
    g.writeStringField("bodyId", m.getBodyId());
    coded("kind", m.getKind());
    text("title", m.getTitle(), at);
    if (m.getReviewedPeriod().isPresent()) {
      g.writeStringField("reviewedPeriod", m.getReviewedPeriod().get().toString());
    }
    date("date", m.getDate());
    text("venue", m.getVenue(), at);
    string("chairId", m.getChairId());
    string("recorderId", m.getRecorderId());
    if (m.getAttendance().isPresent()) {
      g.writeFieldName("attendance");
      attendance(m.getAttendance().get(), at(at, "attendance"));
    }
    if (!m.getAgenda().isEmpty()) {
      g.writeArrayFieldStart("agenda");
      List<AgendaItem> agenda = m.getAgenda();
      for (int i = 0; i < agenda.size(); i++) {
        agendaItem(agenda.get(i), at(at, "agenda/" + i));
      }
      g.writeEndArray();
    }
    end(at);
  }

  void attendance(Attendance a, String at) throws IOException {
    g.writeStartObject();
    if (!a.getEntries().isEmpty()) {
      g.writeArrayFieldStart("entries");
      List<AttendanceEntry> entries = a.getEntries();
      for (int i = 0; i < entries.size(); i++) {
        attendanceEntry(entries.get(i), at(at, "entries/" + i));
      }
      g.writeEndArray();
    }
    if (a.getCounts().isPresent()) {
      g.writeFieldName("counts");
      attendanceCounts(a.getCounts().get(), at(at, "counts"));
    }
    end(at);
  }

  void attendanceEntry(AttendanceEntry e, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("personId", e.getPersonId());
    coded("status", e.getStatus());
    string("onBehalfOfId", e.getOnBehalfOfId());
    text("reason", e.getReason(), at);
    end(at);
  }

  void attendanceCounts(AttendanceCounts c, String at) throws IOException {
    g.writeStartObject();
    g.writeNumberField("present", c.getPresent());
    integer("excused", c.getExcused());
    integer("absent", c.getAbsent());
    end(at);
  }

  void agendaItem(AgendaItem item, String at) throws IOException {
    g.writeStartObject();
    text("title", item.getTitle(), at);
    string("chairId", item.getChairId());
    if (!item.getPresentations().isEmpty()) {
      g.writeArrayFieldStart("presentations");
      List<Presentation> list = item.getPresentations();
      for (int i = 0; i < list.size(); i++) {
        presentation(list.get(i), at(at, "presentations/" + i));
      }
      g.writeEndArray();
    }
    if (!item.getComments().isEmpty()) {
      g.writeArrayFieldStart("comments");
      List<Comment> list = item.getComments();
      for (int i = 0; i < list.size(); i++) {
        comment(list.get(i), at(at, "comments/" + i));
      }
      g.writeEndArray();
    }
    if (!item.getDecisions().isEmpty()) {
      g.writeArrayFieldStart("decisions");
      List<Decision> list = item.getDecisions();
      for (int i = 0; i < list.size(); i++) {
        decision(list.get(i), at(at, "decisions/" + i));
      }
      g.writeEndArray();
    }
    if (item.getConclusion().isPresent()) {
      g.writeFieldName("conclusion");
      conclusion(item.getConclusion().get(), at(at, "conclusion"));
    }
    end(at);
  }

  void presentation(Presentation p, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("presenterId", p.getPresenterId());
    text("document", p.getDocument(), at);
    string("reportId", p.getReportId());
    end(at);
  }

  void comment(Comment c, String at) throws IOException {
    g.writeStartObject();
    string("speakerId", c.getSpeakerId());
    if (c.getSpeakerGroup().isPresent()) {
      code("speakerGroup", c.getSpeakerGroup().get());
    }
    text("summary", c.getSummary(), at);
    end(at);
  }

  void decision(Decision d, String at) throws IOException {
    g.writeStartObject();
    text("title", d.getTitle(), at);
    if (d.getMethod().isPresent()) {
      coded("method", d.getMethod().get());
    }
    if (d.getVotes().isPresent()) {
      g.writeFieldName("votes");
      voteCount(d.getVotes().get(), at(at, "votes"));
    }
    if (d.getRequiredMajority().isPresent()) {
      g.writeStringField("requiredMajority", d.getRequiredMajority().get().toString());
    }
    if (d.getOutcome().isPresent()) {
      coded("outcome", d.getOutcome().get());
    }
    end(at);
  }

  void voteCount(VoteCount v, String at) throws IOException {
    g.writeStartObject();
    g.writeNumberField("inFavour", v.getInFavour());
    g.writeNumberField("against", v.getAgainst());
    g.writeNumberField("abstaining", v.getAbstaining());
    end(at);
  }

  void conclusion(Conclusion c, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("speakerId", c.getSpeakerId());
    text("summary", c.getSummary(), at);
    texts("directions", c.getDirections(), at);
    if (c.getForPeriod().isPresent()) {
      g.writeStringField("forPeriod", c.getForPeriod().get().toString());
    }
    end(at);
  }

  // ---------------------------------------------------------------- reports

  void report(Report r, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.getId());
    text("title", r.getTitle(), at);
    g.writeStringField("period", r.getPeriod().toString());
    string("documentNumber", r.getDocumentNumber());
    g.writeArrayFieldStart("statusHistory");
    for (ReportStatus status : r.getStatusHistory()) {
      g.writeString(status.getCode());
    }
    g.writeEndArray();
    if (!r.getResults().isEmpty()) {
      g.writeArrayFieldStart("results");
      List<ActivityResult> list = r.getResults();
      for (int i = 0; i < list.size(); i++) {
        activityResult(list.get(i), at(at, "results/" + i));
      }
      g.writeEndArray();
    }
    bool("resultsComplete", r.getResultsComplete());
    texts("context", r.getContext(), at);
    texts("tasksForNextPeriod", r.getTasksForNextPeriod(), at);
    end(at);
  }

  void activityResult(ActivityResult a, String at) throws IOException {
    g.writeStartObject();
    code("area", a.getArea());
    text("summary", a.getSummary(), at);
    end(at);
  }

  // ---------------------------------------------------------------- value forms

  void text(BilingualText t, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("vi", t.getVi());
    if (t.getEn().isPresent()) {
      g.writeStringField("en", t.getEn().get());
    }
    end(at);
  }

  private void text(String name, BilingualText t, String parent) throws IOException {
    g.writeFieldName(name);
    text(t, at(parent, name));
  }

  private void text(String name, Optional<BilingualText> t, String parent) throws IOException {
    if (t.isPresent()) {
      text(name, t.get(), parent);
    }
  }

  private void texts(String name, List<BilingualText> texts, String parent) throws IOException {
    if (texts.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (int i = 0; i < texts.size(); i++) {
      text(texts.get(i), at(parent, name + "/" + i));
    }
    g.writeEndArray();
  }

  private void string(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private void integer(String name, Optional<Integer> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    }
  }

  private void bool(String name, Optional<Boolean> value) throws IOException {
    if (value.isPresent()) {
      g.writeBooleanField(name, value.get());
    }
  }

  private void date(String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  /** A value in its string form, alone (a date, a period, a code). */
  void scalar(String value) throws IOException {
    g.writeString(value);
  }

  private void code(String name, CodeListValue value) throws IOException {
    g.writeStringField(name, value.getCode());
  }

  private void coded(String name, Coded value) throws IOException {
    g.writeStringField(name, value.getCode());
  }

  // ---------------------------------------------------------------- validation reports

  /**
   * A validation report: {@code {"valid": ..., "findings": [...]}}. {@code valid} is what {@link
   * ValidationReport#isValid()} says, written out so that a reader in any language need not know
   * which severities count as errors.
   */
  void validationReport(ValidationReport report) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("valid", report.isValid());
    g.writeArrayFieldStart("findings");
    for (Finding finding : report.getFindings()) {
      finding(finding);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * A finding: code, severity code, path, message, source and arguments, all always present
   * (arguments may be an empty object). Arguments are written sorted by name, so that the same
   * finding is always the same text.
   */
  void finding(Finding finding) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", finding.getCode());
    g.writeStringField("severity", finding.getSeverity().getCode());
    g.writeStringField("path", finding.getPath());
    g.writeFieldName("message");
    text(finding.getMessage(), null);
    RuleSource source = finding.getSource();
    g.writeObjectFieldStart("source");
    g.writeStringField("layer", source.getLayer().getCode());
    g.writeFieldName("citation");
    text(source.getCitation(), null);
    g.writeEndObject();
    g.writeObjectFieldStart("arguments");
    for (Map.Entry<String, String> argument : new TreeMap<>(finding.getArguments()).entrySet()) {
      g.writeStringField(argument.getKey(), argument.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Closes an object, first putting back the members a lenient read kept for it. */
  private void end(String at) throws IOException {
    if (at != null) {
      Map<String, JsonNode> extra = unknowns.get(at);
      if (extra != null) {
        for (Map.Entry<String, JsonNode> member : extra.entrySet()) {
          g.writeFieldName(member.getKey());
          // Through the mapper, which only a lenient read that kept members ever needs: the
          // generators are made by the factory, which has no codec.
          JsonSetup.Mapper.MAPPER.writeTree(g, member.getValue());
        }
      }
    }
    g.writeEndObject();
  }
}
