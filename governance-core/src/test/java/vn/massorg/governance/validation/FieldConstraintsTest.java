package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.massorg.governance.validation.RuleAssert.onlyNew;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.ImmutableDecision;
import vn.massorg.governance.model.ImmutablePerson;
import vn.massorg.governance.model.ImmutableVoteCount;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;

/** The Jakarta constraints of the model, as findings of the validator (layer "field"). */
class FieldConstraintsTest {
  private final MeetingRecord valid = Records.complete();

  private static MeetingRecord firstPerson(
      MeetingRecord r, java.util.function.UnaryOperator<ImmutablePerson> change) {
    java.util.List<Person> people = new java.util.ArrayList<>(r.getPeople());
    people.set(0, change.apply(ImmutablePerson.copyOf(people.get(0))));
    return vn.massorg.governance.model.ImmutableMeetingRecord.copyOf(r).withPeople(people);
  }

  @Test
  @DisplayName("field.blank: a blank family name (@NotBlank)")
  void blankFamilyName() {
    Finding f =
        onlyNew(
            valid,
            firstPerson(valid, p -> p.withFamilyName(" \t")),
            Rule.FIELD_BLANK,
            Severity.ERROR,
            "/people/0/familyName");
    assertThat(f.getSource().getLayer()).isEqualTo(RuleLayer.FIELD);
  }

  @Test
  @DisplayName("field.blank: a blank middle name, recorded but empty (Optional<@Pattern>)")
  void blankMiddleName() {
    onlyNew(
        valid,
        firstPerson(valid, p -> p.withMiddleName("")),
        Rule.FIELD_BLANK,
        Severity.ERROR,
        "/people/0/middleName");
  }

  @Test
  @DisplayName("field.blank: a blank Vietnamese text and a blank English text")
  void blankTexts() {
    onlyNew(
        valid,
        Edits.meeting(valid, m -> m.withTitle(BilingualText.of("  "))),
        Rule.FIELD_BLANK,
        Severity.ERROR,
        "/meeting/title/vi");
    onlyNew(
        valid,
        Edits.meeting(valid, m -> m.withTitle(BilingualText.of("Hội nghị", " "))),
        Rule.FIELD_BLANK,
        Severity.ERROR,
        "/meeting/title/en");
  }

  @Test
  @DisplayName("field.blank: a blank abbreviation")
  void blankAbbreviation() {
    MeetingRecord broken =
        vn.massorg.governance.model.ImmutableMeetingRecord.copyOf(valid)
            .withOrganisation(
                vn.massorg.governance.model.ImmutableOrganisation.copyOf(valid.getOrganisation())
                    .withAbbreviation(" "));
    onlyNew(valid, broken, Rule.FIELD_BLANK, Severity.ERROR, "/organisation/abbreviation");
  }

  @Test
  @DisplayName("field.positive: a term ordinal of 0 and a seat count of 0 (@Positive)")
  void positive() {
    Finding f =
        onlyNew(
            valid,
            Edits.term(valid, t -> t.withOrdinal(0)),
            Rule.FIELD_POSITIVE,
            Severity.ERROR,
            "/term/ordinal");
    assertThat(f.getArguments()).containsEntry("invalid", "0");
    assertThat(f.getMessage().in(java.util.Locale.ENGLISH)).contains("0");
    onlyNew(
        valid,
        Edits.body(valid, Records.TT, b -> b.withSeats(0)),
        Rule.FIELD_POSITIVE,
        Severity.ERROR,
        "/term/bodies/2/seats");
  }

  @Test
  @DisplayName("field.positive-or-zero: a negative vote count (@PositiveOrZero)")
  void negativeVotes() {
    MeetingRecord broken =
        Edits.agendaItem(
            valid,
            1,
            item ->
                item.withDecisions(
                    ImmutableDecision.copyOf(item.getDecisions().get(0))
                        .withVotes(
                            ImmutableVoteCount.copyOf(item.getDecisions().get(0).getVotes().get())
                                .withAgainst(-1))));
    onlyNew(
        valid,
        broken,
        Rule.FIELD_POSITIVE_OR_ZERO,
        Severity.ERROR,
        "/meeting/agenda/1/decisions/0/votes/against");
  }

  @Test
  @DisplayName("field.positive-or-zero: negative attendance counts, present and optional ones")
  void negativeCounts() {
    MeetingRecord countsOnly =
        Edits.meeting(
            valid,
            m ->
                m.withAttendance(
                    Attendance.builder()
                        .counts(AttendanceCounts.builder().present(3).build())
                        .build()));
    assertThat(RuleAssert.STANDARD.validate(countsOnly).getFindings()).isEmpty();
    onlyNew(
        countsOnly,
        Edits.meeting(
            valid,
            m ->
                m.withAttendance(
                    Attendance.builder()
                        .counts(AttendanceCounts.builder().present(3).excused(-2).build())
                        .build())),
        Rule.FIELD_POSITIVE_OR_ZERO,
        Severity.ERROR,
        "/meeting/attendance/counts/excused");
    onlyNew(
        countsOnly,
        Edits.meeting(
            valid,
            m ->
                m.withAttendance(
                    Attendance.builder()
                        .counts(AttendanceCounts.builder().present(3).absent(-1).build())
                        .build())),
        Rule.FIELD_POSITIVE_OR_ZERO,
        Severity.ERROR,
        "/meeting/attendance/counts/absent");
  }

  @Test
  @DisplayName("field.size: an abbreviation of 41 characters; 40 are allowed (@Size)")
  void size() {
    MeetingRecord forty =
        vn.massorg.governance.model.ImmutableMeetingRecord.copyOf(valid)
            .withOrganisation(
                vn.massorg.governance.model.ImmutableOrganisation.copyOf(valid.getOrganisation())
                    .withAbbreviation("Đ".repeat(40)));
    assertThat(RuleAssert.STANDARD.validate(forty).getFindings()).isEmpty();
    MeetingRecord broken =
        vn.massorg.governance.model.ImmutableMeetingRecord.copyOf(valid)
            .withOrganisation(
                vn.massorg.governance.model.ImmutableOrganisation.copyOf(valid.getOrganisation())
                    .withAbbreviation("Đ".repeat(41)));
    Finding f =
        onlyNew(valid, broken, Rule.FIELD_SIZE, Severity.ERROR, "/organisation/abbreviation");
    assertThat(f.getMessage().in(java.util.Locale.ENGLISH)).contains("40");
  }

  @Test
  @DisplayName("field.pattern: a document number not of the Decree 30/2020 form (@Pattern)")
  void pattern() {
    for (String good : new String[] {"12/BC-LHH", "5/NQ-ĐĐ", "123456/KH-LHH-BTV"}) {
      assertThat(
              RuleAssert.STANDARD
                  .validate(Edits.report(valid, 0, r -> r.withDocumentNumber(good)))
                  .getFindings())
          .as(good)
          .isEmpty();
    }
    for (String bad : new String[] {"12/bc-lhh", "BC-LHH", "12 /BC", "1234567/BC"}) {
      Finding f =
          onlyNew(
              valid,
              Edits.report(valid, 0, r -> r.withDocumentNumber(bad)),
              Rule.FIELD_PATTERN,
              Severity.ERROR,
              "/reports/0/documentNumber");
      assertThat(f.getArguments()).containsEntry("invalid", bad);
    }
  }

  @Test
  @DisplayName("several broken fields are all reported at once")
  void allAtOnce() {
    MeetingRecord broken =
        Edits.term(firstPerson(valid, p -> p.withFamilyName(" ")), t -> t.withOrdinal(-3));
    assertThat(RuleAssert.STANDARD.validate(broken).getFindings())
        .extracting(Finding::getCode)
        .containsExactlyInAnyOrder("field.blank", "field.positive");
    assertThat(Optional.of(RuleAssert.STANDARD.validate(broken).hasErrors())).contains(true);
  }
}
