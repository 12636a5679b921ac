package vn.massorg.governance.benchmarks.plain;

import java.util.List;

/**
 * The baseline of the benchmarks: plain Java records of the same shape as the JSON form of a
 * meeting record, as an application would write them to bind the document with a plain {@code
 * ObjectMapper} and no library. Nullable fields stand for "not recorded"; code lists, partial dates
 * and reporting periods stay strings, as a plain binding would leave them.
 *
 * <p>The document's envelope ({@code format}, {@code formatVersion}) is two more fields of the
 * top-level record. Each record has exactly the fields of the JSON form, and the mapper that binds
 * them fails on an unknown property, so a document the baseline reads is the same document the
 * library reads.
 */
public record PlainMeetingRecord(
    String format,
    String formatVersion,
    Organisation organisation,
    Term term,
    List<Person> people,
    Meeting meeting,
    List<Report> reports) {

  /** A text in Vietnamese and, optionally, English. */
  public record Text(String vi, String en) {}

  /** The organisation. */
  public record Organisation(
      String id,
      Text name,
      String abbreviation,
      String level,
      String parentId,
      List<MemberUnit> memberUnits) {}

  /** A member association, institute, centre or affiliated unit. */
  public record MemberUnit(String id, Text name, String kind) {}

  /** A term with its bodies. */
  public record Term(
      String id,
      Integer ordinal,
      String start,
      String end,
      String openingCongressId,
      Text workProgramme,
      List<Body> bodies) {}

  /** A body of the organisation. */
  public record Body(
      String id, String kind, Text name, String parentId, Integer seats, List<Post> posts) {}

  /** A post in a body. */
  public record Post(
      String id, String kind, Text title, Boolean fullTime, List<Holding> holdings) {}

  /** Who held a post, and when. */
  public record Holding(String personId, String start, String end, String kind) {}

  /** A person. */
  public record Person(
      String id,
      String familyName,
      String middleName,
      String givenName,
      String academicTitle,
      String formOfAddress) {}

  /** The meeting. */
  public record Meeting(
      String id,
      String bodyId,
      String kind,
      Text title,
      String reviewedPeriod,
      String date,
      Text venue,
      String chairId,
      String recorderId,
      Attendance attendance,
      List<AgendaItem> agenda) {}

  /** Who attended. */
  public record Attendance(List<AttendanceEntry> entries, AttendanceCounts counts) {}

  /** One person's attendance. */
  public record AttendanceEntry(String personId, String status, String onBehalfOfId, Text reason) {}

  /** Attendance totals. */
  public record AttendanceCounts(int present, Integer excused, Integer absent) {}

  /** An item of the agenda. */
  public record AgendaItem(
      Text title,
      String chairId,
      List<Presentation> presentations,
      List<Comment> comments,
      List<Decision> decisions,
      Conclusion conclusion) {}

  /** A document presented. */
  public record Presentation(String presenterId, Text document, String reportId) {}

  /** A comment by a person or a group. */
  public record Comment(String speakerId, String speakerGroup, Text summary) {}

  /** The chair's conclusion. */
  public record Conclusion(
      String speakerId, Text summary, List<Text> directions, String forPeriod) {}

  /** A decision. */
  public record Decision(
      Text title, String method, VoteCount votes, String requiredMajority, String outcome) {}

  /** The votes cast. */
  public record VoteCount(int inFavour, int against, int abstaining) {}

  /** A periodic report. */
  public record Report(
      String id,
      Text title,
      String period,
      String documentNumber,
      List<String> statusHistory,
      List<ActivityResult> results,
      Boolean resultsComplete,
      List<Text> context,
      List<Text> tasksForNextPeriod) {}

  /** The results of one activity area. */
  public record ActivityResult(String area, Text summary) {}
}
