package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * Every Jakarta constraint of the model, on an accessor or on a type argument ({@code
 * Optional<@Pattern String>}, {@code List<@Valid Person>}), and the record's own
 * {@code @ConformsToCharter}, fires at least once at its JSON Pointer. A constraint found here
 * without an entry in the table fails the test: Hibernate Validator silently ignores constraints it
 * cannot see, so each must be shown to work.
 */
class ConstraintCoverageTest {
  private static final List<Class<?>> MODEL =
      List.of(
          ActivityResult.class,
          AgendaItem.class,
          Attendance.class,
          AttendanceCounts.class,
          AttendanceEntry.class,
          BilingualText.class,
          Body.class,
          Comment.class,
          Conclusion.class,
          Decision.class,
          Meeting.class,
          MeetingRecord.class,
          MemberUnit.class,
          Organisation.class,
          Person.class,
          Post.class,
          PostHolding.class,
          Presentation.class,
          Report.class,
          Term.class,
          VoteCount.class);

  private static final BilingualText BLANK = BilingualText.of(" ");

  /** A breaking change, the code and the path it must give. */
  private record Break(UnaryOperator<MeetingRecord> change, String code, String path) {}

  private static final Map<String, Break> TABLE = new LinkedHashMap<>();

  /** Cascades into types without any constraint: nothing can fire through them (yet). */
  private static final Set<String> VACUOUS = Set.of("Post.getHoldings<@Valid");

  private static void entry(
      String key, UnaryOperator<MeetingRecord> change, String code, String path) {
    TABLE.put(key, new Break(change, code, path));
  }

  private static MeetingRecord person(MeetingRecord r, UnaryOperator<ImmutablePerson> change) {
    List<Person> people = new ArrayList<>(r.getPeople());
    people.set(0, change.apply(ImmutablePerson.copyOf(people.get(0))));
    return ImmutableMeetingRecord.copyOf(r).withPeople(people);
  }

  private static MeetingRecord organisation(
      MeetingRecord r, UnaryOperator<ImmutableOrganisation> change) {
    return ImmutableMeetingRecord.copyOf(r)
        .withOrganisation(change.apply(ImmutableOrganisation.copyOf(r.getOrganisation())));
  }

  private static MeetingRecord votes(MeetingRecord r, UnaryOperator<ImmutableVoteCount> change) {
    return Edits.agendaItem(
        r,
        1,
        i ->
            i.withDecisions(
                ImmutableDecision.copyOf(i.getDecisions().get(0))
                    .withVotes(
                        change.apply(
                            ImmutableVoteCount.copyOf(i.getDecisions().get(0).getVotes().get())))));
  }

  private static MeetingRecord counts(
      MeetingRecord r, UnaryOperator<ImmutableAttendanceCounts> change) {
    return Edits.attendance(
        r, a -> a.withCounts(change.apply(ImmutableAttendanceCounts.copyOf(a.getCounts().get()))));
  }

  static {
    UnaryOperator<MeetingRecord> blankFamily = r -> person(r, p -> p.withFamilyName(" "));
    UnaryOperator<MeetingRecord> blankTitle = r -> Edits.meeting(r, m -> m.withTitle(BLANK));
    UnaryOperator<MeetingRecord> blankAgendaTitle =
        r -> Edits.agendaItem(r, 0, i -> i.withTitle(BLANK));
    UnaryOperator<MeetingRecord> blankDocument =
        r ->
            Edits.agendaItem(
                r,
                0,
                i ->
                    i.withPresentations(
                        ImmutablePresentation.copyOf(i.getPresentations().get(0))
                            .withDocument(BLANK)));
    UnaryOperator<MeetingRecord> blankComment =
        r ->
            Edits.agendaItem(
                r,
                0,
                i ->
                    i.withComments(
                        ImmutableComment.copyOf(i.getComments().get(0)).withSummary(BLANK)));
    UnaryOperator<MeetingRecord> blankDecision =
        r ->
            Edits.agendaItem(
                r,
                1,
                i ->
                    i.withDecisions(
                        ImmutableDecision.copyOf(i.getDecisions().get(0)).withTitle(BLANK)));
    UnaryOperator<MeetingRecord> blankConclusion =
        r ->
            Edits.agendaItem(
                r,
                0,
                i ->
                    i.withConclusion(
                        ImmutableConclusion.copyOf(i.getConclusion().get()).withSummary(BLANK)));
    UnaryOperator<MeetingRecord> blankReason =
        r ->
            Edits.attendance(
                r,
                a ->
                    a.withEntries(
                        a.getEntries().get(0),
                        a.getEntries().get(1),
                        a.getEntries().get(2),
                        ImmutableAttendanceEntry.copyOf(a.getEntries().get(3)).withReason(BLANK)));
    UnaryOperator<MeetingRecord> negativePresent = r -> counts(r, c -> c.withPresent(-1));
    UnaryOperator<MeetingRecord> blankBodyName = r -> Edits.body(r, 0, b -> b.withName(BLANK));
    UnaryOperator<MeetingRecord> blankPostTitle = r -> Edits.post(r, 0, 0, p -> p.withTitle(BLANK));
    UnaryOperator<MeetingRecord> blankResult =
        r ->
            Edits.report(
                r,
                0,
                rep ->
                    rep.withResults(
                        ImmutableActivityResult.copyOf(rep.getResults().get(0))
                            .withSummary(BLANK)));
    UnaryOperator<MeetingRecord> blankUnit =
        r ->
            organisation(
                r,
                o ->
                    o.withMemberUnits(
                        MemberUnit.builder()
                            .id("unit.a")
                            .name(BLANK)
                            .kind(MemberUnitKind.CLUB)
                            .build()));
    UnaryOperator<MeetingRecord> badNumber =
        r -> Edits.report(r, 0, rep -> rep.withDocumentNumber("12-bc"));

    String blank = "field.blank";
    String pos0 = "field.positive-or-zero";
    entry(
        "ActivityResult.getSummary<@Valid", blankResult, blank, "/reports/0/results/0/summary/vi");
    entry("AgendaItem.getTitle@Valid", blankAgendaTitle, blank, "/meeting/agenda/0/title/vi");
    entry(
        "AgendaItem.getPresentations<@Valid",
        blankDocument,
        blank,
        "/meeting/agenda/0/presentations/0/document/vi");
    entry(
        "AgendaItem.getComments<@Valid",
        blankComment,
        blank,
        "/meeting/agenda/0/comments/0/summary/vi");
    entry(
        "AgendaItem.getDecisions<@Valid",
        blankDecision,
        blank,
        "/meeting/agenda/1/decisions/0/title/vi");
    entry(
        "AgendaItem.getConclusion<@Valid",
        blankConclusion,
        blank,
        "/meeting/agenda/0/conclusion/summary/vi");
    entry(
        "Attendance.getEntries<@Valid",
        blankReason,
        blank,
        "/meeting/attendance/entries/3/reason/vi");
    entry(
        "Attendance.getCounts<@Valid", negativePresent, pos0, "/meeting/attendance/counts/present");
    entry(
        "AttendanceCounts.getPresent@PositiveOrZero",
        negativePresent,
        pos0,
        "/meeting/attendance/counts/present");
    entry(
        "AttendanceCounts.getExcused<@PositiveOrZero",
        r -> counts(r, c -> c.withExcused(-1)),
        pos0,
        "/meeting/attendance/counts/excused");
    entry(
        "AttendanceCounts.getAbsent<@PositiveOrZero",
        r -> counts(r, c -> c.withAbsent(-1)),
        pos0,
        "/meeting/attendance/counts/absent");
    entry(
        "AttendanceEntry.getReason<@Valid",
        blankReason,
        blank,
        "/meeting/attendance/entries/3/reason/vi");
    entry("BilingualText.getVi@NotBlank", blankTitle, blank, "/meeting/title/vi");
    entry(
        "BilingualText.getEn<@Pattern",
        r -> Edits.meeting(r, m -> m.withTitle(BilingualText.of("Hội nghị", "\t"))),
        blank,
        "/meeting/title/en");
    entry("Body.getName@Valid", blankBodyName, blank, "/term/bodies/0/name/vi");
    entry(
        "Body.getSeats<@Positive",
        r -> Edits.body(r, 2, b -> b.withSeats(0)),
        "field.positive",
        "/term/bodies/2/seats");
    entry("Body.getPosts<@Valid", blankPostTitle, blank, "/term/bodies/0/posts/0/title/vi");
    entry(
        "Comment.getSummary@Valid", blankComment, blank, "/meeting/agenda/0/comments/0/summary/vi");
    entry(
        "Conclusion.getSummary@Valid",
        blankConclusion,
        blank,
        "/meeting/agenda/0/conclusion/summary/vi");
    entry(
        "Conclusion.getDirections<@Valid",
        r ->
            Edits.agendaItem(
                r,
                0,
                i ->
                    i.withConclusion(
                        ImmutableConclusion.copyOf(i.getConclusion().get()).withDirections(BLANK))),
        blank,
        "/meeting/agenda/0/conclusion/directions/0/vi");
    entry(
        "Decision.getTitle@Valid", blankDecision, blank, "/meeting/agenda/1/decisions/0/title/vi");
    entry(
        "Decision.getVotes<@Valid",
        r -> votes(r, v -> v.withAgainst(-1)),
        pos0,
        "/meeting/agenda/1/decisions/0/votes/against");
    entry("Meeting.getTitle@Valid", blankTitle, blank, "/meeting/title/vi");
    entry(
        "Meeting.getVenue<@Valid",
        r -> Edits.meeting(r, m -> m.withVenue(BLANK)),
        blank,
        "/meeting/venue/vi");
    entry(
        "Meeting.getAttendance<@Valid",
        negativePresent,
        pos0,
        "/meeting/attendance/counts/present");
    entry("Meeting.getAgenda<@Valid", blankAgendaTitle, blank, "/meeting/agenda/0/title/vi");
    entry(
        "MeetingRecord@ConformsToCharter",
        r -> Edits.meeting(r, m -> m.withRecorderId("person.khong-co")),
        "reference.person",
        "/meeting/recorderId");
    entry(
        "MeetingRecord.getOrganisation@Valid",
        r -> organisation(r, o -> o.withName(BLANK)),
        blank,
        "/organisation/name/vi");
    entry(
        "MeetingRecord.getTerm@Valid",
        r -> Edits.term(r, t -> t.withOrdinal(0)),
        "field.positive",
        "/term/ordinal");
    entry("MeetingRecord.getPeople<@Valid", blankFamily, blank, "/people/0/familyName");
    entry("MeetingRecord.getMeeting@Valid", blankTitle, blank, "/meeting/title/vi");
    entry(
        "MeetingRecord.getReports<@Valid", badNumber, "field.pattern", "/reports/0/documentNumber");
    entry("MemberUnit.getName@Valid", blankUnit, blank, "/organisation/memberUnits/0/name/vi");
    entry(
        "Organisation.getName@Valid",
        r -> organisation(r, o -> o.withName(BLANK)),
        blank,
        "/organisation/name/vi");
    entry(
        "Organisation.getAbbreviation<@Pattern",
        r -> organisation(r, o -> o.withAbbreviation(" ")),
        blank,
        "/organisation/abbreviation");
    entry(
        "Organisation.getAbbreviation<@Size",
        r -> organisation(r, o -> o.withAbbreviation("x".repeat(41))),
        "field.size",
        "/organisation/abbreviation");
    entry(
        "Organisation.getMemberUnits<@Valid",
        blankUnit,
        blank,
        "/organisation/memberUnits/0/name/vi");
    entry("Person.getFamilyName@NotBlank", blankFamily, blank, "/people/0/familyName");
    entry(
        "Person.getMiddleName<@Pattern",
        r -> person(r, p -> p.withMiddleName(" ")),
        blank,
        "/people/0/middleName");
    entry(
        "Person.getGivenName@NotBlank",
        r -> person(r, p -> p.withGivenName("")),
        blank,
        "/people/0/givenName");
    entry("Post.getTitle<@Valid", blankPostTitle, blank, "/term/bodies/0/posts/0/title/vi");
    entry(
        "Presentation.getDocument@Valid",
        blankDocument,
        blank,
        "/meeting/agenda/0/presentations/0/document/vi");
    entry(
        "Report.getTitle@Valid",
        r -> Edits.report(r, 0, rep -> rep.withTitle(BLANK)),
        blank,
        "/reports/0/title/vi");
    entry(
        "Report.getDocumentNumber<@Pattern",
        badNumber,
        "field.pattern",
        "/reports/0/documentNumber");
    entry("Report.getResults<@Valid", blankResult, blank, "/reports/0/results/0/summary/vi");
    entry(
        "Report.getContext<@Valid",
        r -> Edits.report(r, 0, rep -> rep.withContext(BLANK)),
        blank,
        "/reports/0/context/0/vi");
    entry(
        "Report.getTasksForNextPeriod<@Valid",
        r -> Edits.report(r, 0, rep -> rep.withTasksForNextPeriod(BLANK)),
        blank,
        "/reports/0/tasksForNextPeriod/0/vi");
    entry(
        "Term.getOrdinal<@Positive",
        r -> Edits.term(r, t -> t.withOrdinal(-1)),
        "field.positive",
        "/term/ordinal");
    entry(
        "Term.getWorkProgramme<@Valid",
        r -> Edits.term(r, t -> t.withWorkProgramme(BLANK)),
        blank,
        "/term/workProgramme/vi");
    entry("Term.getBodies<@Valid", blankBodyName, blank, "/term/bodies/0/name/vi");
    entry(
        "VoteCount.getInFavour@PositiveOrZero",
        r -> votes(r, v -> v.withInFavour(-1)),
        pos0,
        "/meeting/agenda/1/decisions/0/votes/inFavour");
    entry(
        "VoteCount.getAgainst@PositiveOrZero",
        r -> votes(r, v -> v.withAgainst(-1)),
        pos0,
        "/meeting/agenda/1/decisions/0/votes/against");
    entry(
        "VoteCount.getAbstaining@PositiveOrZero",
        r -> votes(r, v -> v.withAbstaining(-1)),
        pos0,
        "/meeting/agenda/1/decisions/0/votes/abstaining");
  }

  private static boolean relevant(Annotation a) {
    return a instanceof Valid || a.annotationType().isAnnotationPresent(Constraint.class);
  }

  /** Every constraint of the model, as "Type.accessor@Name" or "Type.accessor<@Name". */
  static Set<String> constraintsOfTheModel() {
    Set<String> found = new TreeSet<>();
    for (Class<?> type : MODEL) {
      for (Annotation a : type.getDeclaredAnnotations()) {
        if (relevant(a)) {
          found.add(type.getSimpleName() + "@" + a.annotationType().getSimpleName());
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        String at = type.getSimpleName() + "." + m.getName();
        for (Annotation a : m.getDeclaredAnnotations()) {
          if (relevant(a)) {
            found.add(at + "@" + a.annotationType().getSimpleName());
          }
        }
        AnnotatedType returned = m.getAnnotatedReturnType();
        if (returned instanceof AnnotatedParameterizedType parameterized) {
          for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
            for (Annotation a : argument.getDeclaredAnnotations()) {
              if (relevant(a)) {
                found.add(at + "<@" + a.annotationType().getSimpleName());
              }
            }
          }
        }
      }
    }
    return found;
  }

  @Test
  @DisplayName("every constraint of the model has an entry in the table, and no entry is stale")
  void everyConstraintHasAnEntry() {
    Set<String> found = constraintsOfTheModel();
    assertThat(found).hasSizeGreaterThan(50);
    Set<String> covered = new TreeSet<>(TABLE.keySet());
    covered.addAll(VACUOUS);
    assertThat(covered).isEqualTo(found);
  }

  @Test
  @DisplayName("a cascade marked vacuous leads to a type that has no constraint")
  void vacuousCascades() {
    assertThat(constraintsOfTheModel()).noneMatch(k -> k.startsWith("PostHolding."));
  }

  @Test
  @DisplayName("every constraint fires at its JSON Pointer through GovernanceValidator")
  void everyConstraintFires() {
    MeetingRecord valid = Records.complete();
    GovernanceValidator validator = GovernanceValidator.standard();
    assertThat(validator.validate(valid).getFindings()).isEmpty();
    List<String> silent = new ArrayList<>();
    TABLE.forEach(
        (key, b) -> {
          ValidationReport report = validator.validate(b.change().apply(valid));
          boolean fired =
              report.getFindings().stream()
                  .anyMatch(f -> f.getCode().equals(b.code()) && f.getPath().equals(b.path()));
          if (!fired) {
            silent.add(key + " expected " + b.code() + " at " + b.path() + ", got " + report);
          }
        });
    assertThat(silent).isEmpty();
  }

  /** For the host validator test: the table's broken records. */
  static Map<String, MeetingRecord> brokenRecords() {
    Map<String, MeetingRecord> out = new LinkedHashMap<>();
    TABLE.forEach((key, b) -> out.put(key, b.change().apply(Records.complete())));
    return out;
  }

  static String pathOf(Finding f) {
    return f.getPath();
  }
}
