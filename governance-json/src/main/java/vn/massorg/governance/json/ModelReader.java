package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.massorg.governance.model.AcademicTitle;
import vn.massorg.governance.model.ActivityArea;
import vn.massorg.governance.model.ActivityResult;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.AttendanceEntry;
import vn.massorg.governance.model.AttendanceStatus;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.Coded;
import vn.massorg.governance.model.Comment;
import vn.massorg.governance.model.Conclusion;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.DecisionOutcome;
import vn.massorg.governance.model.FormOfAddress;
import vn.massorg.governance.model.HoldingKind;
import vn.massorg.governance.model.ImmutableActivityResult;
import vn.massorg.governance.model.ImmutableAgendaItem;
import vn.massorg.governance.model.ImmutableAttendance;
import vn.massorg.governance.model.ImmutableAttendanceCounts;
import vn.massorg.governance.model.ImmutableAttendanceEntry;
import vn.massorg.governance.model.ImmutableBody;
import vn.massorg.governance.model.ImmutableComment;
import vn.massorg.governance.model.ImmutableConclusion;
import vn.massorg.governance.model.ImmutableDecision;
import vn.massorg.governance.model.ImmutableMeeting;
import vn.massorg.governance.model.ImmutableMeetingRecord;
import vn.massorg.governance.model.ImmutableMemberUnit;
import vn.massorg.governance.model.ImmutableOrganisation;
import vn.massorg.governance.model.ImmutablePerson;
import vn.massorg.governance.model.ImmutablePost;
import vn.massorg.governance.model.ImmutablePostHolding;
import vn.massorg.governance.model.ImmutablePresentation;
import vn.massorg.governance.model.ImmutableReport;
import vn.massorg.governance.model.ImmutableTerm;
import vn.massorg.governance.model.ImmutableVoteCount;
import vn.massorg.governance.model.InvalidRecordException;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.MemberUnit;
import vn.massorg.governance.model.MemberUnitKind;
import vn.massorg.governance.model.Organisation;
import vn.massorg.governance.model.OrganisationLevel;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.model.SpeakerGroup;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.Threshold;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.model.VoteMethod;

/**
 * Reads the model from a {@link JsonParser}, one hand-written method per type, so that every error
 * knows the JSON Pointer, line and column of the value at fault, and no scalar is coerced: a string
 * where an integer belongs, {@code 1.0} for an integer, an integer beyond the int range, an array
 * for a date are all errors.
 *
 * <p>Each method starts on the value's first token and ends on its last. One instance reads one
 * document; it is not thread-safe. In lenient mode ({@code unknowns} not null) members the format
 * does not have are kept, by the JSON Pointer of the object that holds them, instead of failing.
 */
final class ModelReader {
  private final JsonParser p;
  private final Map<String, Map<String, JsonNode>> unknowns;
  private final boolean lenient;
  private String formatVersion;
  private int unknownCount;

  /**
   * The string value {@link #advance()} read for the current member, until {@link
   * #unscannedString()} takes it; null when the current value is not a string, or is taken.
   */
  private String pendingText;

  ModelReader(JsonParser parser, boolean lenient) {
    this.p = parser;
    this.lenient = lenient;
    this.unknowns = lenient ? new LinkedHashMap<>() : null;
  }

  /** The unknown members kept in lenient mode; empty in strict mode. */
  Map<String, Map<String, JsonNode>> unknowns() {
    return unknowns == null ? Map.of() : unknowns;
  }

  /** The format version the document named, once read. */
  String formatVersion() {
    return formatVersion;
  }

  // ---------------------------------------------------------------- the document

  MeetingRecord document() throws IOException {
    object();
    ImmutableMeetingRecord.Builder b = MeetingRecord.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "format":
          members = once(members, 1);
          checkFormat(string());
          break;
        case "formatVersion":
          members = once(members, 2);
          formatVersion = checkVersion(string());
          break;
        case "organisation":
          members = once(members, 4);
          b.organisation(organisation());
          break;
        case "term":
          members = once(members, 8);
          b.term(term());
          break;
        case "people":
          members = once(members, 16);
          array();
          while (element()) {
            b.addPerson(person());
          }
          break;
        case "meeting":
          members = once(members, 32);
          b.meeting(meeting());
          break;
        case "reports":
          members = once(members, 64);
          array();
          while (element()) {
            b.addReport(report());
          }
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "format");
    require(members, 2, "formatVersion");
    require(members, 4, "organisation");
    require(members, 8, "term");
    require(members, 32, "meeting");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  private void checkFormat(String value) {
    if (!GovernanceJson.FORMAT.equals(value)) {
      throw error(
          "format.version",
          pointer(),
          Messages.of("format.format", Messages.quote(value), GovernanceJson.FORMAT));
    }
  }

  private String checkVersion(String value) {
    if (GovernanceJson.FORMAT_VERSION.equals(value)
        || (lenient && value.length() <= 6 && value.matches("1\\.(0|[1-9][0-9]{0,3})"))) {
      return value;
    }
    throw error(
        "format.version",
        pointer(),
        Messages.of(
            "format.version",
            Messages.quote(value),
            lenient ? "1.x" : GovernanceJson.FORMAT_VERSION));
  }

  // ---------------------------------------------------------------- organisation and term

  Organisation organisation() throws IOException {
    object();
    ImmutableOrganisation.Builder b = Organisation.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id":
          members = once(members, 1);
          b.id(string());
          break;
        case "name":
          members = once(members, 2);
          b.name(text());
          break;
        case "abbreviation":
          members = once(members, 4);
          b.abbreviation(string());
          break;
        case "level":
          members = once(members, 8);
          b.level(value(OrganisationLevel::of));
          break;
        case "parentId":
          members = once(members, 16);
          b.parentId(string());
          break;
        case "memberUnits":
          members = once(members, 32);
          array();
          while (element()) {
            b.addMemberUnit(memberUnit());
          }
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "id");
    require(members, 2, "name");
    require(members, 8, "level");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  MemberUnit memberUnit() throws IOException {
    object();
    ImmutableMemberUnit.Builder b = MemberUnit.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id":
          members = once(members, 1);
          b.id(string());
          break;
        case "name":
          members = once(members, 2);
          b.name(text());
          break;
        case "kind":
          members = once(members, 4);
          b.kind(value(MemberUnitKind::of));
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "id");
    require(members, 2, "name");
    require(members, 4, "kind");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  Term term() throws IOException {
    object();
    ImmutableTerm.Builder b = Term.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id":
          members = once(members, 1);
          b.id(string());
          break;
        case "ordinal":
          members = once(members, 2);
          b.ordinal(integer());
          break;
        case "start":
          members = once(members, 4);
          b.start(date());
          break;
        case "end":
          members = once(members, 8);
          b.end(date());
          break;
        case "openingCongressId":
          members = once(members, 16);
          b.openingCongressId(string());
          break;
        case "workProgramme":
          members = once(members, 32);
          b.workProgramme(text());
          break;
        case "bodies":
          members = once(members, 64);
          array();
          while (element()) {
            b.addBody(body());
          }
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "id");
    require(members, 4, "start");
    require(members, 8, "end");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  Body body() throws IOException {
    object();
    ImmutableBody.Builder b = Body.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id":
          members = once(members, 1);
          b.id(string());
          break;
        case "kind":
          members = once(members, 2);
          b.kind(value(BodyKind::of));
          break;
        case "name":
          members = once(members, 4);
          b.name(text());
          break;
        case "parentId":
          members = once(members, 8);
          b.parentId(string());
          break;
        case "seats":
          members = once(members, 16);
          b.seats(integer());
          break;
        case "posts":
          members = once(members, 32);
          array();
          while (element()) {
            b.addPost(post());
          }
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "id");
    require(members, 2, "kind");
    require(members, 4, "name");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  Post post() throws IOException {
    object();
    ImmutablePost.Builder b = Post.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id":
          members = once(members, 1);
          b.id(string());
          break;
        case "kind":
          members = once(members, 2);
          b.kind(value(PostKind::of));
          break;
        case "title":
          members = once(members, 4);
          b.title(text());
          break;
        case "fullTime":
          members = once(members, 8);
          b.fullTime(bool());
          break;
        case "holdings":
          members = once(members, 16);
          array();
          while (element()) {
            b.addHolding(postHolding());
          }
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "id");
    require(members, 2, "kind");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  PostHolding postHolding() throws IOException {
    object();
    ImmutablePostHolding.Builder b = PostHolding.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "personId":
          members = once(members, 1);
          b.personId(string());
          break;
        case "start":
          members = once(members, 2);
          b.start(date());
          break;
        case "end":
          members = once(members, 4);
          b.end(date());
          break;
        case "kind":
          members = once(members, 8);
          b.kind(coded(HoldingKind.class));
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "personId");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  Person person() throws IOException {
    object();
    ImmutablePerson.Builder b = Person.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id":
          members = once(members, 1);
          b.id(string());
          break;
        case "familyName":
          members = once(members, 2);
          b.familyName(string());
          break;
        case "middleName":
          members = once(members, 4);
          b.middleName(string());
          break;
        case "givenName":
          members = once(members, 8);
          b.givenName(string());
          break;
        case "academicTitle":
          members = once(members, 16);
          b.academicTitle(value(AcademicTitle::of));
          break;
        case "formOfAddress":
          members = once(members, 32);
          b.formOfAddress(value(FormOfAddress::of));
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "id");
    require(members, 2, "familyName");
    require(members, 8, "givenName");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  // ---------------------------------------------------------------- the meeting

  Meeting meeting() throws IOException {
    object();
    ImmutableMeeting.Builder b = Meeting.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id":
          members = once(members, 1);
          b.id(string());
          break;
        case "bodyId":
          members = once(members, 2);
          b.bodyId(string());
          break;
        case "kind":
          members = once(members, 4);
          b.kind(coded(MeetingKind.class));
          break;
        case "title":
          members = once(members, 8);
          b.title(text());
          break;
        case "reviewedPeriod":
          members = once(members, 16);
          b.reviewedPeriod(period());
          break;
        case "date":
          members = once(members, 32);
          b.date(date());
          break;
        case "venue":
          members = once(members, 64);
          b.venue(text());
          break;
        case "chairId":
          members = once(members, 128);
          b.chairId(string());
          break;
        case "recorderId":
          members = once(members, 256);
          b.recorderId(string());
          break;
        case "attendance":
          members = once(members, 512);
          b.attendance(attendance());
          break;
        case "agenda":
          members = once(members, 1024);
          array();
          while (element()) {
            b.addAgenda(agendaItem());
          }
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "id");
    require(members, 2, "bodyId");
    require(members, 4, "kind");
    require(members, 8, "title");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  Attendance attendance() throws IOException {
    object();
    ImmutableAttendance.Builder b = Attendance.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "entries":
          members = once(members, 1);
          array();
          while (element()) {
            b.addEntry(attendanceEntry());
          }
          break;
        case "counts":
          members = once(members, 2);
          b.counts(attendanceCounts());
          break;
        default:
          unknown(name);
      }
    }
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  AttendanceEntry attendanceEntry() throws IOException {
    object();
    ImmutableAttendanceEntry.Builder b = AttendanceEntry.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "personId":
          members = once(members, 1);
          b.personId(string());
          break;
        case "status":
          members = once(members, 2);
          b.status(coded(AttendanceStatus.class));
          break;
        case "onBehalfOfId":
          members = once(members, 4);
          b.onBehalfOfId(string());
          break;
        case "reason":
          members = once(members, 8);
          b.reason(text());
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "personId");
    require(members, 2, "status");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  AttendanceCounts attendanceCounts() throws IOException {
    object();
    ImmutableAttendanceCounts.Builder b = AttendanceCounts.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "present":
          members = once(members, 1);
          b.present(integer());
          break;
        case "excused":
          members = once(members, 2);
          b.excused(integer());
          break;
        case "absent":
          members = once(members, 4);
          b.absent(integer());
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "present");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  AgendaItem agendaItem() throws IOException {
    object();
    ImmutableAgendaItem.Builder b = AgendaItem.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "title":
          members = once(members, 1);
          b.title(text());
          break;
        case "chairId":
          members = once(members, 2);
          b.chairId(string());
          break;
        case "presentations":
          members = once(members, 4);
          array();
          while (element()) {
            b.addPresentation(presentation());
          }
          break;
        case "comments":
          members = once(members, 8);
          array();
          while (element()) {
            b.addComment(comment());
          }
          break;
        case "decisions":
          members = once(members, 16);
          array();
          while (element()) {
            b.addDecision(decision());
          }
          break;
        case "conclusion":
          members = once(members, 32);
          b.conclusion(conclusion());
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "title");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  Presentation presentation() throws IOException {
    object();
    ImmutablePresentation.Builder b = Presentation.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "presenterId":
          members = once(members, 1);
          b.presenterId(string());
          break;
        case "document":
          members = once(members, 2);
          b.document(text());
          break;
        case "reportId":
          members = once(members, 4);
          b.reportId(string());
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "presenterId");
    require(members, 2, "document");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  Comment comment() throws IOException {
    object();
    ImmutableComment.Builder b = Comment.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "speakerId":
          members = once(members, 1);
          b.speakerId(string());
          break;
        case "speakerGroup":
          members = once(members, 2);
          b.speakerGroup(value(SpeakerGroup::of));
          break;
        case "summary":
          members = once(members, 4);
          b.summary(text());
          break;
        default:
          unknown(name);
      }
    }
    require(members, 4, "summary");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  Decision decision() throws IOException {
    object();
    ImmutableDecision.Builder b = Decision.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "title":
          members = once(members, 1);
          b.title(text());
          break;
        case "method":
          members = once(members, 2);
          b.method(coded(VoteMethod.class));
          break;
        case "votes":
          members = once(members, 4);
          b.votes(voteCount());
          break;
        case "requiredMajority":
          members = once(members, 8);
          b.requiredMajority(threshold());
          break;
        case "outcome":
          members = once(members, 16);
          b.outcome(coded(DecisionOutcome.class));
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "title");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  VoteCount voteCount() throws IOException {
    object();
    ImmutableVoteCount.Builder b = VoteCount.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "inFavour":
          members = once(members, 1);
          b.inFavour(integer());
          break;
        case "against":
          members = once(members, 2);
          b.against(integer());
          break;
        case "abstaining":
          members = once(members, 4);
          b.abstaining(integer());
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "inFavour");
    require(members, 2, "against");
    require(members, 4, "abstaining");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  Conclusion conclusion() throws IOException {
    object();
    ImmutableConclusion.Builder b = Conclusion.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "speakerId":
          members = once(members, 1);
          b.speakerId(string());
          break;
        case "summary":
          members = once(members, 2);
          b.summary(text());
          break;
        case "directions":
          members = once(members, 4);
          array();
          while (element()) {
            b.addDirection(text());
          }
          break;
        case "forPeriod":
          members = once(members, 8);
          b.forPeriod(period());
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "speakerId");
    require(members, 2, "summary");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  // ---------------------------------------------------------------- reports

  Report report() throws IOException {
    object();
    ImmutableReport.Builder b = Report.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id":
          members = once(members, 1);
          b.id(string());
          break;
        case "title":
          members = once(members, 2);
          b.title(text());
          break;
        case "period":
          members = once(members, 4);
          b.period(period());
          break;
        case "documentNumber":
          members = once(members, 8);
          b.documentNumber(string());
          break;
        case "statusHistory":
          members = once(members, 16);
          array();
          while (element()) {
            b.addStatusHistory(coded(ReportStatus.class));
          }
          break;
        case "results":
          members = once(members, 32);
          array();
          while (element()) {
            b.addResult(activityResult());
          }
          break;
        case "resultsComplete":
          members = once(members, 64);
          b.resultsComplete(bool());
          break;
        case "context":
          members = once(members, 128);
          array();
          while (element()) {
            b.addContext(text());
          }
          break;
        case "tasksForNextPeriod":
          members = once(members, 256);
          array();
          while (element()) {
            b.addTasksForNextPeriod(text());
          }
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "id");
    require(members, 2, "title");
    require(members, 4, "period");
    require(members, 16, "statusHistory");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  ActivityResult activityResult() throws IOException {
    object();
    ImmutableActivityResult.Builder b = ActivityResult.builder();
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "area":
          members = once(members, 1);
          b.area(value(ActivityArea::of));
          break;
        case "summary":
          members = once(members, 2);
          b.summary(text());
          break;
        default:
          unknown(name);
      }
    }
    require(members, 1, "area");
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      throw invariant(e);
    }
  }

  // ---------------------------------------------------------------- value forms

  /** A bilingual text: {@code {"vi": "...", "en": "..."}}. */
  BilingualText text() throws IOException {
    object();
    String vi = null;
    String en = null;
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "vi":
          members = once(members, 1);
          vi = unscannedString();
          break;
        case "en":
          members = once(members, 2);
          en = unscannedString();
          break;
        default:
          unknown(name);
      }
    }
    require(vi != null, "vi");
    try {
      return en == null ? BilingualText.of(vi) : BilingualText.of(vi, en);
    } catch (InvalidRecordException e) {
      // The model scans a text for NFC and lone surrogates in one pass; scanning it here too
      // was 3% of a read. The error names the member, as string() would; its line and column
      // are those of the end of the text's object, the value having been read.
      String member =
          hasLoneSurrogate(vi) ? "vi" : en != null && hasLoneSurrogate(en) ? "en" : null;
      if (member == null) {
        throw invariant(e);
      }
      throw error("format.value", pointer() + "/" + member, Messages.of("format.value.surrogate"));
    }
  }

  PartialDate date() throws IOException {
    return value(PartialDate::parse);
  }

  ReportingPeriod period() throws IOException {
    return value(ReportingPeriod::parse);
  }

  Threshold threshold() throws IOException {
    return value(Threshold::parse);
  }

  <E extends Enum<E> & Coded> E coded(Class<E> type) throws IOException {
    String text = unscannedString();
    try {
      return Coded.fromCode(type, text);
    } catch (InvalidRecordException e) {
      throw valueError(text, e);
    }
  }

  /** A string read into a value by a model factory whose complaint becomes a value error here. */
  <T> T value(Function<String, T> parse) throws IOException {
    String text = unscannedString();
    try {
      return parse.apply(text);
    } catch (InvalidRecordException e) {
      throw valueError(text, e);
    }
  }

  /**
   * The model's complaint about a code, date, period or threshold, as a value error. None of them
   * accepts a lone surrogate, so the string is scanned for one only here, after the model refused
   * it: a surrogate gets its own message rather than one that would echo it.
   */
  private GovernanceJsonException valueError(String text, InvalidRecordException e) {
    if (hasLoneSurrogate(text)) {
      return error("format.value", pointer(), Messages.of("format.value.surrogate"));
    }
    return error("format.value", pointer(), model("format.value", e));
  }

  // ---------------------------------------------------------------- scalars, strictly

  String string() throws IOException {
    String s = unscannedString();
    if (hasLoneSurrogate(s)) {
      throw error("format.value", pointer(), Messages.of("format.value.surrogate"));
    }
    return s;
  }

  /** A string, not yet checked for lone surrogates: only for a value the model checks. */
  private String unscannedString() throws IOException {
    String s = pendingText;
    if (s != null) {
      pendingText = null;
    } else if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("type.string");
    } else {
      s = p.getText();
    }
    if (overLimit(s)) {
      throw tooLong(pointer());
    }
    return s;
  }

  /**
   * Whether a string is over the limit in code points, as the schema's {@code maxLength} counts
   * them; only a string longer in UTF-16 units than the limit can be, so only such a one is
   * counted.
   */
  private static boolean overLimit(String s) {
    return s.length() > JsonSetup.MAX_STRING
        && s.codePointCount(0, s.length()) > JsonSetup.MAX_STRING;
  }

  private GovernanceJsonException tooLong(String pointer) {
    return error(
        "format.limit",
        pointer,
        Messages.of("format.limit.string", Integer.toString(JsonSetup.MAX_STRING)));
  }

  int integer() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("type.integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw error("format.value", pointer(), Messages.of("format.value.int-range"));
    }
    return p.getIntValue();
  }

  boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("type.boolean");
  }

  private void object() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("type.object");
    }
  }

  /**
   * Starts a list: each caller then reads its elements with {@code while (element())}, calling the
   * element's reader directly (no reader or adder passed as a lambda, which every list would share
   * and the compiler could not inline).
   */
  private void array() {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("type.array");
    }
  }

  /** Moves to the next element of a list; false at its end. */
  private boolean element() throws IOException {
    pendingText = null;
    return p.nextToken() != JsonToken.END_ARRAY;
  }

  /**
   * Moves from a member's name to its value, as {@code nextToken} does, and when the value is a
   * string also reads it, for {@link #string()}: Jackson's {@code nextTextValue} does both in one
   * step, cheaper than the two calls, and most values are strings. A value of any other type is
   * left as the current token, exactly as after {@code nextToken}.
   */
  private void advance() throws IOException {
    pendingText = p.nextTextValue();
  }

  // ---------------------------------------------------------------- members the format lacks

  /**
   * A member the format does not have, found on its name: strict reading refuses it before its
   * value is read (a huge or broken value is not read at all); lenient reading keeps the value.
   */
  private void unknown(String name) throws IOException {
    pendingText = null;
    JsonPointer member = p.getParsingContext().pathAsPointer();
    if (!lenient) {
      throw error(
          "format.unknown-field",
          member.toString(),
          Messages.of("format.unknown-field", Messages.quote(name)));
    }
    if (++unknownCount > JsonSetup.MAX_UNKNOWN_MEMBERS) {
      throw error(
          "format.limit",
          member.toString(),
          Messages.of("format.limit.unknown", Integer.toString(JsonSetup.MAX_UNKNOWN_MEMBERS)));
    }
    JsonPointer holder = member.head();
    Map<String, JsonNode> kept =
        unknowns.computeIfAbsent(
            holder == null ? "" : holder.toString(), k -> new LinkedHashMap<>());
    if (kept.containsKey(name)) {
      throw error(
          "format.duplicate-key",
          member.toString(),
          Messages.of("format.duplicate-key", Messages.quote(name)));
    }
    p.nextToken();
    JsonNode value = JsonSetup.Mapper.TREE_READER.readTree(p);
    if (hasLoneSurrogate(name)) {
      throw error("format.value", member.toString(), Messages.of("format.value.surrogate"));
    }
    checkKept(value, member);
    kept.put(name, value);
  }

  /**
   * A kept member's value is held to the rules of the model's values, since it is written back with
   * the record ({@code write(JsonDocument)}): no null anywhere in it (the format has one spelling
   * of "not recorded", absence, in both modes), no lone surrogate (Jackson would write it as "?"),
   * no string over the limit in code points. The first fault is reported at its own pointer.
   */
  private void checkKept(JsonNode node, JsonPointer at) {
    if (node.isNull()) {
      throw error("format.null", at.toString(), Messages.of("format.null"));
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (hasLoneSurrogate(text)) {
        throw error("format.value", at.toString(), Messages.of("format.value.surrogate"));
      }
      if (overLimit(text)) {
        throw tooLong(at.toString());
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonPointer inner = at.appendProperty(field.getKey());
        if (hasLoneSurrogate(field.getKey())) {
          throw error("format.value", inner.toString(), Messages.of("format.value.surrogate"));
        }
        checkKept(field.getValue(), inner);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkKept(node.get(i), at.appendIndex(i));
      }
    }
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- members seen, and errors

  /**
   * Marks a member of the object being read as seen, a second time being a duplicate key, and moves
   * to its value. Known members are checked here with one bit each, cheaper than the parser's
   * per-object hash set; unknown members are checked where they are kept, and trees by the tree
   * reader. Every known member's case starts here, so no value is read before its name is known to
   * the format.
   */
  private int once(int members, int bit) throws IOException {
    if ((members & bit) != 0) {
      String name = p.getParsingContext().getCurrentName();
      throw error(
          "format.duplicate-key",
          pointer(),
          Messages.of("format.duplicate-key", Messages.quote(name)));
    }
    advance();
    return members | bit;
  }

  /** A required member is one whose bit {@link #once} has set: no second mask to keep. */
  private void require(int members, int bit, String name) {
    require((members & bit) != 0, name);
  }

  /** Called on the object's END_OBJECT, where the context already points at the object. */
  private void require(boolean present, String name) {
    if (!present) {
      String at = pointer();
      throw error("format.missing", at + "/" + name, Messages.of("format.missing", name));
    }
  }

  private GovernanceJsonException invariant(InvalidRecordException e) {
    return error("format.invariant", pointer(), model("format.invariant", e));
  }

  /** The model's message in each language, into the same language's sentence. */
  private static BilingualText model(String key, InvalidRecordException e) {
    return BilingualText.of(
        Messages.of(key, Messages.detail(e.getMessage())).getVi(),
        Messages.of(key, Messages.detail(e.getMessage(java.util.Locale.ENGLISH)))
            .getEn()
            .orElseThrow());
  }

  private GovernanceJsonException wrongType(String expected) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return error("format.null", pointer(), Messages.of("format.null"));
    }
    String found = found(t);
    return error(
        "format.type",
        pointer(),
        BilingualText.of(
            Messages.of("format.type", Messages.vi(expected), Messages.vi(found)).getVi(),
            Messages.of("format.type", Messages.en(expected), Messages.en(found)).getEn().get()));
  }

  private static String found(JsonToken t) {
    if (t == null) {
      return "type.end";
    }
    switch (t) {
      case START_OBJECT:
        return "type.object";
      case START_ARRAY:
        return "type.array";
      case VALUE_STRING:
        return "type.string";
      case VALUE_NUMBER_INT:
        return "type.integer";
      case VALUE_NUMBER_FLOAT:
        return "type.number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "type.boolean";
      case VALUE_NULL:
        return "type.null";
      default:
        return "type.end";
    }
  }

  /** The pointer of the current value (or, on an END_OBJECT, of the object just closed). */
  private String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  private GovernanceJsonException error(String code, String pointer, BilingualText text) {
    JsonLocation at = p.currentTokenLocation();
    return new GovernanceJsonException(code, pointer, at.getLineNr(), at.getColumnNr(), text);
  }
}
