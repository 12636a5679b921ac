package vn.massorg.governance.validation.rules;

import java.util.List;
import java.util.regex.Pattern;
import vn.massorg.governance.model.ActivityResult;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.AttendanceEntry;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.Comment;
import vn.massorg.governance.model.Conclusion;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.MemberUnit;
import vn.massorg.governance.model.Organisation;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Rule;

/**
 * The model's field constraints, checked by the library's own validator without a Jakarta
 * engine: the constraints the annotations on the model declare for host applications'
 * validators, with the same semantics, codes, JSON Pointers and arguments, and a path built
 * only for a value at fault. Generated from the model's annotations by
 * governance-format-generator; do not edit: after a model change, rewrite it with
 * {@code mvn -B -ntp -pl governance-format-generator -am package -DskipTests -DwriteGenerated}
 * ({@code FieldRulesGenerationTest} fails until then). {@code FieldRulesTest} holds it to
 * Hibernate Validator's own verdicts.
 */
public final class FieldRules extends FieldRuleSupport {
  private static final Pattern PATTERN_1 = Pattern.compile("[0-9]{1,6}/[A-Z\u0110]{1,6}(-[A-Z\u01100-9]{1,12}){0,4}");

  private FieldRules(List<Finding> out) {
    super(out);
  }

  /**
   * Checks every field constraint of a record.
   *
   * @param record the record, not null
   * @param out where the findings go
   */
  public static void check(MeetingRecord record, List<Finding> out) {
    new FieldRules(out).meetingRecord(record);
  }

  private void meetingRecord(MeetingRecord v) {
    enter("organisation");
    organisation(v.getOrganisation());
    leave();
    enter("term");
    term(v.getTerm());
    leave();
    List<Person> peopleList = v.getPeople();
    for (int i = 0; i < peopleList.size(); i++) {
      if (!personPasses(peopleList.get(i))) {
        enter("people");
        enter(i);
        person(peopleList.get(i));
        leave();
        leave();
      }
    }
    enter("meeting");
    meeting(v.getMeeting());
    leave();
    enter("reports");
    List<Report> reportsList = v.getReports();
    for (int i = 0; i < reportsList.size(); i++) {
      enter(i);
      report(reportsList.get(i));
      leave();
    }
    leave();
  }

  private void organisation(Organisation v) {
    if (!bilingualTextPasses(v.getName())) {
      enter("name");
      bilingualText(v.getName());
      leave();
    }
    if (v.getAbbreviation().isPresent()) {
      String abbreviationValue = v.getAbbreviation().get();
      notBlankPattern("abbreviation", abbreviationValue, Rule.FIELD_BLANK);
      size("abbreviation", abbreviationValue, 0, 40, Rule.FIELD_SIZE);
    }
    enter("memberUnits");
    List<MemberUnit> memberUnitsList = v.getMemberUnits();
    for (int i = 0; i < memberUnitsList.size(); i++) {
      enter(i);
      memberUnit(memberUnitsList.get(i));
      leave();
    }
    leave();
  }

  private void term(Term v) {
    if (v.getOrdinal().isPresent()) {
      int ordinalValue = v.getOrdinal().get();
      positive("ordinal", ordinalValue, Rule.FIELD_POSITIVE);
    }
    if (v.getWorkProgramme().isPresent() && !bilingualTextPasses(v.getWorkProgramme().get())) {
      enter("workProgramme");
      bilingualText(v.getWorkProgramme().get());
      leave();
    }
    enter("bodies");
    List<Body> bodiesList = v.getBodies();
    for (int i = 0; i < bodiesList.size(); i++) {
      enter(i);
      body(bodiesList.get(i));
      leave();
    }
    leave();
  }

  /** Whether every check of a {@code Person} passes, with no path entered. */
  private static boolean personPasses(Person v) {
    return passesNotBlank(v.getFamilyName())
        && (v.getMiddleName().isEmpty() || passesNotBlankPattern(v.getMiddleName().get()))
        && passesNotBlank(v.getGivenName());
  }

  private void person(Person v) {
    notBlank("familyName", v.getFamilyName(), Rule.FIELD_BLANK);
    if (v.getMiddleName().isPresent()) {
      String middleNameValue = v.getMiddleName().get();
      notBlankPattern("middleName", middleNameValue, Rule.FIELD_BLANK);
    }
    notBlank("givenName", v.getGivenName(), Rule.FIELD_BLANK);
  }

  private void meeting(Meeting v) {
    if (!bilingualTextPasses(v.getTitle())) {
      enter("title");
      bilingualText(v.getTitle());
      leave();
    }
    if (v.getVenue().isPresent() && !bilingualTextPasses(v.getVenue().get())) {
      enter("venue");
      bilingualText(v.getVenue().get());
      leave();
    }
    if (v.getAttendance().isPresent()) {
      enter("attendance");
      attendance(v.getAttendance().get());
      leave();
    }
    enter("agenda");
    List<AgendaItem> agendaList = v.getAgenda();
    for (int i = 0; i < agendaList.size(); i++) {
      enter(i);
      agendaItem(agendaList.get(i));
      leave();
    }
    leave();
  }

  private void report(Report v) {
    if (!bilingualTextPasses(v.getTitle())) {
      enter("title");
      bilingualText(v.getTitle());
      leave();
    }
    if (v.getDocumentNumber().isPresent()) {
      String documentNumberValue = v.getDocumentNumber().get();
      pattern("documentNumber", documentNumberValue, PATTERN_1, Rule.FIELD_PATTERN);
    }
    enter("results");
    List<ActivityResult> resultsList = v.getResults();
    for (int i = 0; i < resultsList.size(); i++) {
      enter(i);
      activityResult(resultsList.get(i));
      leave();
    }
    leave();
    List<BilingualText> contextList = v.getContext();
    for (int i = 0; i < contextList.size(); i++) {
      if (!bilingualTextPasses(contextList.get(i))) {
        enter("context");
        enter(i);
        bilingualText(contextList.get(i));
        leave();
        leave();
      }
    }
    List<BilingualText> tasksForNextPeriodList = v.getTasksForNextPeriod();
    for (int i = 0; i < tasksForNextPeriodList.size(); i++) {
      if (!bilingualTextPasses(tasksForNextPeriodList.get(i))) {
        enter("tasksForNextPeriod");
        enter(i);
        bilingualText(tasksForNextPeriodList.get(i));
        leave();
        leave();
      }
    }
  }

  /** Whether every check of a {@code BilingualText} passes, with no path entered. */
  private static boolean bilingualTextPasses(BilingualText v) {
    return passesNotBlank(v.getVi())
        && (v.getEn().isEmpty() || passesNotBlankPattern(v.getEn().get()));
  }

  private void bilingualText(BilingualText v) {
    notBlank("vi", v.getVi(), Rule.FIELD_BLANK);
    if (v.getEn().isPresent()) {
      String enValue = v.getEn().get();
      notBlankPattern("en", enValue, Rule.FIELD_BLANK);
    }
  }

  private void memberUnit(MemberUnit v) {
    if (!bilingualTextPasses(v.getName())) {
      enter("name");
      bilingualText(v.getName());
      leave();
    }
  }

  private void body(Body v) {
    if (!bilingualTextPasses(v.getName())) {
      enter("name");
      bilingualText(v.getName());
      leave();
    }
    if (v.getSeats().isPresent()) {
      int seatsValue = v.getSeats().get();
      positive("seats", seatsValue, Rule.FIELD_POSITIVE);
    }
    enter("posts");
    List<Post> postsList = v.getPosts();
    for (int i = 0; i < postsList.size(); i++) {
      enter(i);
      post(postsList.get(i));
      leave();
    }
    leave();
  }

  private void attendance(Attendance v) {
    enter("entries");
    List<AttendanceEntry> entriesList = v.getEntries();
    for (int i = 0; i < entriesList.size(); i++) {
      enter(i);
      attendanceEntry(entriesList.get(i));
      leave();
    }
    leave();
    if (v.getCounts().isPresent() && !attendanceCountsPasses(v.getCounts().get())) {
      enter("counts");
      attendanceCounts(v.getCounts().get());
      leave();
    }
  }

  private void agendaItem(AgendaItem v) {
    if (!bilingualTextPasses(v.getTitle())) {
      enter("title");
      bilingualText(v.getTitle());
      leave();
    }
    enter("presentations");
    List<Presentation> presentationsList = v.getPresentations();
    for (int i = 0; i < presentationsList.size(); i++) {
      enter(i);
      presentation(presentationsList.get(i));
      leave();
    }
    leave();
    enter("comments");
    List<Comment> commentsList = v.getComments();
    for (int i = 0; i < commentsList.size(); i++) {
      enter(i);
      comment(commentsList.get(i));
      leave();
    }
    leave();
    enter("decisions");
    List<Decision> decisionsList = v.getDecisions();
    for (int i = 0; i < decisionsList.size(); i++) {
      enter(i);
      decision(decisionsList.get(i));
      leave();
    }
    leave();
    if (v.getConclusion().isPresent()) {
      enter("conclusion");
      conclusion(v.getConclusion().get());
      leave();
    }
  }

  private void activityResult(ActivityResult v) {
    if (v.getSummary().isPresent() && !bilingualTextPasses(v.getSummary().get())) {
      enter("summary");
      bilingualText(v.getSummary().get());
      leave();
    }
  }

  private void post(Post v) {
    if (v.getTitle().isPresent() && !bilingualTextPasses(v.getTitle().get())) {
      enter("title");
      bilingualText(v.getTitle().get());
      leave();
    }
  }

  private void attendanceEntry(AttendanceEntry v) {
    if (v.getReason().isPresent() && !bilingualTextPasses(v.getReason().get())) {
      enter("reason");
      bilingualText(v.getReason().get());
      leave();
    }
  }

  /** Whether every check of a {@code AttendanceCounts} passes, with no path entered. */
  private static boolean attendanceCountsPasses(AttendanceCounts v) {
    return passesPositiveOrZero(v.getPresent())
        && (v.getExcused().isEmpty() || passesPositiveOrZero(v.getExcused().get()))
        && (v.getAbsent().isEmpty() || passesPositiveOrZero(v.getAbsent().get()));
  }

  private void attendanceCounts(AttendanceCounts v) {
    positiveOrZero("present", v.getPresent(), Rule.FIELD_POSITIVE_OR_ZERO);
    if (v.getExcused().isPresent()) {
      int excusedValue = v.getExcused().get();
      positiveOrZero("excused", excusedValue, Rule.FIELD_POSITIVE_OR_ZERO);
    }
    if (v.getAbsent().isPresent()) {
      int absentValue = v.getAbsent().get();
      positiveOrZero("absent", absentValue, Rule.FIELD_POSITIVE_OR_ZERO);
    }
  }

  private void presentation(Presentation v) {
    if (!bilingualTextPasses(v.getDocument())) {
      enter("document");
      bilingualText(v.getDocument());
      leave();
    }
  }

  private void comment(Comment v) {
    if (!bilingualTextPasses(v.getSummary())) {
      enter("summary");
      bilingualText(v.getSummary());
      leave();
    }
  }

  private void decision(Decision v) {
    if (!bilingualTextPasses(v.getTitle())) {
      enter("title");
      bilingualText(v.getTitle());
      leave();
    }
    if (v.getVotes().isPresent() && !voteCountPasses(v.getVotes().get())) {
      enter("votes");
      voteCount(v.getVotes().get());
      leave();
    }
  }

  private void conclusion(Conclusion v) {
    if (!bilingualTextPasses(v.getSummary())) {
      enter("summary");
      bilingualText(v.getSummary());
      leave();
    }
    List<BilingualText> directionsList = v.getDirections();
    for (int i = 0; i < directionsList.size(); i++) {
      if (!bilingualTextPasses(directionsList.get(i))) {
        enter("directions");
        enter(i);
        bilingualText(directionsList.get(i));
        leave();
        leave();
      }
    }
  }

  /** Whether every check of a {@code VoteCount} passes, with no path entered. */
  private static boolean voteCountPasses(VoteCount v) {
    return passesPositiveOrZero(v.getInFavour())
        && passesPositiveOrZero(v.getAgainst())
        && passesPositiveOrZero(v.getAbstaining());
  }

  private void voteCount(VoteCount v) {
    positiveOrZero("inFavour", v.getInFavour(), Rule.FIELD_POSITIVE_OR_ZERO);
    positiveOrZero("against", v.getAgainst(), Rule.FIELD_POSITIVE_OR_ZERO);
    positiveOrZero("abstaining", v.getAbstaining(), Rule.FIELD_POSITIVE_OR_ZERO);
  }
}
