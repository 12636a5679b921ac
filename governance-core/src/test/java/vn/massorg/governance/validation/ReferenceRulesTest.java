package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.massorg.governance.validation.RuleAssert.added;
import static vn.massorg.governance.validation.RuleAssert.onlyNew;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.AttendanceEntry;
import vn.massorg.governance.model.AttendanceStatus;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.Comment;
import vn.massorg.governance.model.ImmutableConclusion;
import vn.massorg.governance.model.ImmutablePostHolding;
import vn.massorg.governance.model.ImmutablePresentation;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;

/** Record consistency: every identifier resolves, and bodies do not sit within themselves. */
class ReferenceRulesTest {
  private static final String NOBODY = "person.khong-co";
  private final MeetingRecord valid = Records.complete();

  /** The complete record with Đặng Ước represented by Phạm Yến as a substitute. */
  static MeetingRecord withSubstitute(String onBehalfOf) {
    MeetingRecord r = Records.complete();
    return Edits.attendance(
        r,
        a ->
            a.withEntries(
                    a.getEntries().get(0),
                    a.getEntries().get(1),
                    a.getEntries().get(2),
                    AttendanceEntry.builder()
                        .personId(Records.UOC)
                        .status(AttendanceStatus.REPRESENTED)
                        .build(),
                    AttendanceEntry.builder()
                        .personId(Records.YEN)
                        .status(AttendanceStatus.SUBSTITUTE)
                        .onBehalfOfId(onBehalfOf)
                        .build())
                .withCounts(AttendanceCounts.builder().present(4).excused(0).absent(0).build()));
  }

  static Stream<Arguments> personReferences() {
    return Stream.of(
        Arguments.of(
            "meeting recorder",
            (UnaryOperator<MeetingRecord>) r -> Edits.meeting(r, m -> m.withRecorderId(NOBODY)),
            "/meeting/recorderId",
            List.of()),
        Arguments.of(
            "meeting chair (the chair rule also fails)",
            (UnaryOperator<MeetingRecord>) r -> Edits.meeting(r, m -> m.withChairId(NOBODY)),
            "/meeting/chairId",
            List.of("meeting.chair")),
        Arguments.of(
            "attendance entry",
            (UnaryOperator<MeetingRecord>)
                r ->
                    Edits.attendance(
                        r,
                        a ->
                            a.withEntries(
                                a.getEntries().get(0),
                                a.getEntries().get(1),
                                a.getEntries().get(2),
                                AttendanceEntry.builder()
                                    .personId(NOBODY)
                                    .status(AttendanceStatus.EXCUSED)
                                    .build())),
            "/meeting/attendance/entries/3/personId",
            List.of()),
        Arguments.of(
            "holding of a post",
            (UnaryOperator<MeetingRecord>)
                r ->
                    Edits.post(
                        r,
                        Records.DD,
                        0,
                        p ->
                            p.withHoldings(
                                ImmutablePostHolding.copyOf(p.getHoldings().get(0))
                                    .withPersonId(NOBODY))),
            "/term/bodies/3/posts/0/holdings/0/personId",
            List.of()),
        Arguments.of(
            "agenda item chair",
            (UnaryOperator<MeetingRecord>) r -> Edits.agendaItem(r, 1, i -> i.withChairId(NOBODY)),
            "/meeting/agenda/1/chairId",
            List.of()),
        Arguments.of(
            "presenter (the presenter rule also warns)",
            (UnaryOperator<MeetingRecord>)
                r ->
                    Edits.agendaItem(
                        r,
                        0,
                        i ->
                            i.withPresentations(
                                ImmutablePresentation.copyOf(i.getPresentations().get(0))
                                    .withPresenterId(NOBODY))),
            "/meeting/agenda/0/presentations/0/presenterId",
            List.of("meeting.presenter")),
        Arguments.of(
            "comment speaker",
            (UnaryOperator<MeetingRecord>)
                r ->
                    Edits.agendaItem(
                        r,
                        1,
                        i ->
                            i.withComments(
                                Comment.builder()
                                    .speakerId(NOBODY)
                                    .summary(BilingualText.of("Ý kiến"))
                                    .build())),
            "/meeting/agenda/1/comments/0/speakerId",
            List.of()),
        Arguments.of(
            "conclusion speaker",
            (UnaryOperator<MeetingRecord>)
                r ->
                    Edits.agendaItem(
                        r,
                        0,
                        i ->
                            i.withConclusion(
                                ImmutableConclusion.copyOf(i.getConclusion().get())
                                    .withSpeakerId(NOBODY))),
            "/meeting/agenda/0/conclusion/speakerId",
            List.of()));
  }

  @ParameterizedTest(name = "reference.person (record consistency): {0}")
  @MethodSource("personReferences")
  void unknownPerson(
      String where, UnaryOperator<MeetingRecord> change, String path, List<String> alsoExpected) {
    List<Finding> added = added(RuleAssert.STANDARD, valid, change.apply(valid));
    assertThat(added)
        .filteredOn(f -> f.getCode().equals("reference.person"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
              assertThat(f.getPath()).isEqualTo(path);
              assertThat(f.getArguments()).containsEntry("id", NOBODY);
              RuleAssert.assertBilingual(f);
              assertThat(f.getSource().getLayer()).isEqualTo(RuleLayer.CONSISTENCY);
            });
    assertThat(
            added.stream()
                .map(Finding::getCode)
                .filter(c -> !c.equals("reference.person"))
                .collect(Collectors.toList()))
        .isEqualTo(alsoExpected);
  }

  @Test
  @DisplayName("reference.person (record consistency): a substitute on behalf of no one known")
  void unknownRepresented() {
    MeetingRecord base = withSubstitute(Records.UOC);
    assertThat(RuleAssert.STANDARD.validate(base).getFindings()).isEmpty();
    onlyNew(
        base,
        withSubstitute(NOBODY),
        Rule.REFERENCE_PERSON,
        Severity.ERROR,
        "/meeting/attendance/entries/4/onBehalfOfId");
  }

  @Test
  @DisplayName("reference.body (record consistency): the meeting's body and a body's parent")
  void unknownBody() {
    Finding f =
        onlyNew(
            valid,
            Edits.meeting(valid, m -> m.withBodyId("body.khong-co")),
            Rule.REFERENCE_BODY,
            Severity.ERROR,
            "/meeting/bodyId");
    assertThat(f.getMessage().in(RuleAssert.VI)).contains("body.khong-co");
    onlyNew(
        valid,
        Edits.body(valid, Records.DD, b -> b.withParentId("body.khong-co")),
        Rule.REFERENCE_BODY,
        Severity.ERROR,
        "/term/bodies/3/parentId");
  }

  @Test
  @DisplayName(
      "reference.report (record consistency): a presentation of a report not in the record")
  void unknownReport() {
    onlyNew(
        valid,
        Edits.agendaItem(
            valid,
            0,
            i ->
                i.withPresentations(
                    ImmutablePresentation.copyOf(i.getPresentations().get(0))
                        .withReportId("report.khong-co"))),
        Rule.REFERENCE_REPORT,
        Severity.ERROR,
        "/meeting/agenda/0/presentations/0/reportId");
  }

  @Test
  @DisplayName("body.parent-cycle (record consistency): two bodies within each other")
  void parentCycle() {
    MeetingRecord broken =
        Edits.addBody(
            Edits.addBody(
                valid,
                Body.builder()
                    .id("body.a")
                    .kind(BodyKind.of("ban-a"))
                    .name(BilingualText.of("Ban A"))
                    .parentId("body.b")
                    .build()),
            Body.builder()
                .id("body.b")
                .kind(BodyKind.of("ban-b"))
                .name(BilingualText.of("Ban B"))
                .parentId("body.a")
                .build());
    List<Finding> added = added(RuleAssert.STANDARD, valid, broken);
    assertThat(added)
        .extracting(Finding::getPath)
        .containsExactlyInAnyOrder("/term/bodies/4/parentId", "/term/bodies/5/parentId");
    assertThat(added)
        .allSatisfy(
            f -> {
              assertThat(f.getCode()).isEqualTo(Rule.BODY_PARENT_CYCLE.getCode());
              assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
              RuleAssert.assertBilingual(f);
            });
  }

  @Test
  @DisplayName("body.parent-cycle (record consistency): a chain that ends is not a cycle")
  void chainIsNoCycle() {
    MeetingRecord chain =
        Edits.addBody(
            Edits.addBody(
                valid,
                Body.builder()
                    .id("body.a")
                    .kind(BodyKind.of("ban-a"))
                    .name(BilingualText.of("Ban A"))
                    .parentId("body.b")
                    .build()),
            Body.builder()
                .id("body.b")
                .kind(BodyKind.of("ban-b"))
                .name(BilingualText.of("Ban B"))
                .parentId("body.tt")
                .build());
    assertThat(RuleAssert.STANDARD.validate(chain).getFindings()).isEmpty();
  }
}
