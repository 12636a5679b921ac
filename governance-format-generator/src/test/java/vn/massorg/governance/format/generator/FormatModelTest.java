package vn.massorg.governance.format.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.format.generator.FormatModel.Attribute;
import vn.massorg.governance.format.generator.FormatModel.Cardinality;
import vn.massorg.governance.format.generator.FormatModel.Kind;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;
import vn.massorg.governance.format.generator.fixture.Hidden;
import vn.massorg.governance.format.generator.fixture.Odd;
import vn.massorg.governance.format.generator.fixture.Ruled;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceEntry;
import vn.massorg.governance.model.AttendanceStatus;
import vn.massorg.governance.model.Comment;
import vn.massorg.governance.model.HoldingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.RulesForTests;
import vn.massorg.governance.model.Term;

class FormatModelTest {
  private static final FormatModel MODEL = FormatModel.of(MeetingRecord.class);

  private static ObjectType type(Class<?> c) {
    return MODEL.object(c).orElseThrow();
  }

  private static Attribute attribute(Class<?> c, String name) {
    return type(c).attributes().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void attributesComeInDeclarationOrderWithTheirJsonNames() {
    assertThat(type(Person.class).attributes())
        .extracting(Attribute::name)
        .containsSubsequence(
            "id", "familyName", "middleName", "givenName", "academicTitle", "formOfAddress");
    assertThat(type(MeetingRecord.class).attributes())
        .extracting(Attribute::name)
        .containsSubsequence("organisation", "term", "people", "meeting", "reports");
  }

  @Test
  void requiredIsOneValueWithoutDefaultOrANonEmptyList() {
    assertThat(type(Person.class).attributes())
        .filteredOn(Attribute::required)
        .extracting(Attribute::name)
        .containsSubsequence("id", "familyName", "givenName")
        .doesNotContain("middleName", "academicTitle");
    Attribute history = attribute(Report.class, "statusHistory");
    assertThat(history.cardinality()).isEqualTo(Cardinality.LIST);
    assertThat(history.required()).isTrue();
    assertThat(attribute(Report.class, "results").required()).isFalse();
    Attribute kind = attribute(PostHolding.class, "kind");
    assertThat(kind.cardinality()).isEqualTo(Cardinality.OPTIONAL); // @Value.Default
    assertThat(kind.required()).isFalse();
  }

  @Test
  void kindsAndAddersComeFromTheTypesAndTheBuilders() {
    assertThat(attribute(Term.class, "start").kind()).isEqualTo(Kind.PARSED);
    assertThat(attribute(Term.class, "ordinal").kind()).isEqualTo(Kind.INTEGER);
    assertThat(attribute(Term.class, "workProgramme").kind()).isEqualTo(Kind.TEXT);
    assertThat(attribute(Person.class, "academicTitle").kind()).isEqualTo(Kind.CODE);
    assertThat(attribute(PostHolding.class, "kind").kind()).isEqualTo(Kind.CODED);
    assertThat(attribute(MeetingRecord.class, "people").setter()).isEqualTo("addPerson");
    assertThat(attribute(Report.class, "context").setter()).isEqualTo("addContext");
    assertThat(attribute(Report.class, "tasksForNextPeriod").setter())
        .isEqualTo("addTasksForNextPeriod");
  }

  @Test
  void objectTypesAreDepthFirstFromTheRoot() {
    List<String> names = MODEL.objects().stream().map(ObjectType::name).toList();
    assertThat(names.subList(0, 4))
        .containsExactly("meetingRecord", "organisation", "memberUnit", "term");
    assertThat(names).doesNotContain("bilingualText").doesNotHaveDuplicates();
  }

  @Test
  void aTypeWithoutAJsonFormFailsTheGenerationByName() {
    assertThatThrownBy(() -> FormatModel.of(Odd.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Odd.getLength(): no JSON form for java.time.Duration");
  }

  @Test
  void declarationOrderIsTheClassFilesMethodOrder() {
    assertThat(DeclarationOrder.methods(Odd.class)).containsExactly("<init>", "getLength");
  }

  @Test
  void declarationOrderIsTheClassFilesFieldOrder() {
    assertThat(DeclarationOrder.fields(Ruled.class))
        .containsExactly("EITHER", "NOTE", "ANY", "BEHALF");
  }

  @Test
  void aTypesRulesAreItsPresenceRuleConstantsInDeclarationOrder() {
    assertThat(type(Comment.class).rules()).containsExactly(Comment.SPEAKER);
    assertThat(type(Attendance.class).rules()).containsExactly(Attendance.ENTRIES_OR_COUNTS);
    assertThat(type(AttendanceEntry.class).rules()).containsExactly(AttendanceEntry.ON_BEHALF_OF);
    assertThat(MODEL.objects())
        .filteredOn(t -> !t.rules().isEmpty())
        .extracting(ObjectType::name)
        .containsExactly("attendance", "attendanceEntry", "comment");
    assertThat(FormatModel.of(Ruled.class).object(Ruled.class).orElseThrow().rules())
        .containsExactly(Ruled.EITHER, Ruled.ANY, Ruled.BEHALF);
  }

  @Test
  void aRuleThatDoesNotFitItsTypeFailsTheGenerationByName() {
    ObjectType comment = type(Comment.class);
    assertThatThrownBy(
            () -> FormatModel.hold(RulesForTests.exactlyOne("speakerId", "speaker"), comment, "R"))
        .hasMessage("R names speaker, which comment does not have");
    assertThatThrownBy(
            () -> FormatModel.hold(RulesForTests.atLeastOne("speakerId", "summary"), comment, "R"))
        .hasMessage("R: summary is always recorded, so the rule cannot be broken");
    assertThatThrownBy(
            () ->
                FormatModel.hold(
                    RulesForTests.presentExactlyWhen(
                        "speakerId", "speakerGroup", AttendanceStatus.SUBSTITUTE),
                    comment,
                    "R"))
        .hasMessageContaining("speakerGroup is not");
    assertThatThrownBy(
            () ->
                FormatModel.hold(
                    RulesForTests.presentExactlyWhen("onBehalfOfId", "status", HoldingKind.ACTING),
                    type(AttendanceEntry.class),
                    "R"))
        .hasMessageContaining(HoldingKind.class.getName())
        .hasMessageContaining("status is not");
    FormatModel.hold(AttendanceEntry.ON_BEHALF_OF, type(AttendanceEntry.class), "R");
    assertThatThrownBy(() -> FormatModel.of(Hidden.class))
        .hasMessage("Hidden.EITHER: a presence rule must be public static final");
  }
}
