package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The model's rules across attributes: what each constant declares, what its check decides, and the
 * messages of a breach, word for word as the types' checks gave them before the rules were
 * constants. That each type's check calls its rule, and that the JSON Schema says the same, is held
 * by governance-json's {@code PresenceRulesTest}, over every rule the format's generator finds.
 */
class PresenceRuleTest {
  private static final BilingualText SUMMARY = BilingualText.of("Ý kiến");

  /** The breach's messages, Vietnamese then English; fails if the call does not throw. */
  private static List<String> messages(ThrowingCallable call) {
    InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, call);
    assertThat(e).as("a breach").isNotNull();
    return List.of(e.getMessage(), e.getMessage(Locale.ENGLISH));
  }

  @Test
  @DisplayName("each constant declares its kind and the attributes it names")
  void declarations() {
    assertThat(Comment.SPEAKER.getKind()).isEqualTo(PresenceRule.Kind.EXACTLY_ONE);
    assertThat(Comment.SPEAKER.getAttributes()).containsExactly("speakerId", "speakerGroup");
    assertThat(Comment.SPEAKER.getCondition()).isEmpty();
    assertThat(Comment.SPEAKER.getConditionValue()).isEmpty();
    assertThat(Attendance.ENTRIES_OR_COUNTS.getKind()).isEqualTo(PresenceRule.Kind.AT_LEAST_ONE);
    assertThat(Attendance.ENTRIES_OR_COUNTS.getAttributes()).containsExactly("entries", "counts");
    PresenceRule behalf = AttendanceEntry.ON_BEHALF_OF;
    assertThat(behalf.getKind()).isEqualTo(PresenceRule.Kind.PRESENT_EXACTLY_WHEN);
    assertThat(behalf.getAttributes()).containsExactly("onBehalfOfId");
    assertThat(behalf.getCondition()).contains("status");
    assertThat(behalf.getConditionValue()).contains(AttendanceStatus.SUBSTITUTE);
    assertThat(List.of(Comment.SPEAKER, Attendance.ENTRIES_OR_COUNTS, behalf))
        .extracting(PresenceRule::toString)
        .containsExactly(
            "exactlyOne(speakerId, speakerGroup)",
            "atLeastOne(entries, counts)",
            "presentExactlyWhen(onBehalfOfId, status = substitute)");
  }

  @Test
  @DisplayName("at least one, exactly one, and present exactly when, case by case")
  void decisions() {
    PresenceRule any = Attendance.ENTRIES_OR_COUNTS;
    PresenceRule one = Comment.SPEAKER;
    for (boolean first : new boolean[] {false, true}) {
      for (boolean second : new boolean[] {false, true}) {
        boolean a = first;
        boolean b = second;
        assertThat(breaks(() -> any.check(a, b))).as("any %s %s", a, b).isEqualTo(!a && !b);
        assertThat(breaks(() -> one.check(a, b))).as("one %s %s", a, b).isEqualTo(a == b);
      }
    }
    for (AttendanceStatus status : AttendanceStatus.values()) {
      boolean substitute = status == AttendanceStatus.SUBSTITUTE;
      assertThat(breaks(() -> AttendanceEntry.ON_BEHALF_OF.check(true, status, "p")))
          .as("recorded, %s", status)
          .isEqualTo(!substitute);
      assertThat(breaks(() -> AttendanceEntry.ON_BEHALF_OF.check(false, status, "p")))
          .as("not recorded, %s", status)
          .isEqualTo(substitute);
    }
  }

  private static boolean breaks(ThrowingCallable call) {
    try {
      call.call();
      return false;
    } catch (InvalidRecordException e) {
      return true;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName("a check of the other form is a programming error, not a record's")
  void wrongForm() {
    assertThatThrownBy(() -> Comment.SPEAKER.check(true, AttendanceStatus.PRESENT, "p"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactlyOne(speakerId, speakerGroup)");
    assertThatThrownBy(() -> AttendanceEntry.ON_BEHALF_OF.check(true, false))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("presentExactlyWhen");
  }

  @Test
  @DisplayName("the types' checks give the rules' messages, word for word")
  void messages() {
    assertThat(messages(() -> Comment.builder().summary(SUMMARY).build()))
        .containsExactly(
            "một ý kiến cần đúng một trong hai: 'speakerId' hoặc 'speakerGroup'",
            "a comment needs exactly one of 'speakerId' and 'speakerGroup'");
    assertThat(
            messages(
                () ->
                    Comment.builder()
                        .summary(SUMMARY)
                        .speakerId("person.a")
                        .speakerGroup(SpeakerGroup.DELEGATES)
                        .build()))
        .containsExactly(
            "một ý kiến cần đúng một trong hai: 'speakerId' hoặc 'speakerGroup'",
            "a comment needs exactly one of 'speakerId' and 'speakerGroup'");
    assertThat(messages(() -> Attendance.builder().build()))
        .containsExactly(
            "thành phần tham dự cần 'entries' hoặc 'counts'; khi không được ghi, hãy bỏ trống"
                + " thành phần tham dự của hội nghị",
            "attendance needs 'entries' or 'counts'; leave the meeting's attendance out when it is"
                + " not recorded");
    assertThat(
            messages(
                () ->
                    AttendanceEntry.builder()
                        .personId("person.a")
                        .status(AttendanceStatus.SUBSTITUTE)
                        .build()))
        .containsExactly(
            "tham dự của person.a: 'onBehalfOfId' là bắt buộc với người dự thay",
            "attendance of person.a: 'onBehalfOfId' is required for a substitute");
    assertThat(
            messages(
                () ->
                    AttendanceEntry.builder()
                        .personId("person.a")
                        .status(AttendanceStatus.EXCUSED)
                        .onBehalfOfId(Optional.of("person.b"))
                        .build()))
        .containsExactly(
            "tham dự của person.a: 'onBehalfOfId' chỉ dành cho người dự thay",
            "attendance of person.a: 'onBehalfOfId' is only for a substitute");
  }

  @Test
  @DisplayName("an identifier is checked before the rule, as before")
  void identifierFirst() {
    assertThat(
            messages(
                    () ->
                        AttendanceEntry.builder()
                            .personId("person.a")
                            .status(AttendanceStatus.PRESENT)
                            .onBehalfOfId("Not An Id")
                            .build())
                .get(1))
        .startsWith("'onBehalfOfId' is not an identifier");
    assertThat(
            messages(
                    () ->
                        Comment.builder()
                            .summary(SUMMARY)
                            .speakerId("Not An Id")
                            .speakerGroup(SpeakerGroup.DELEGATES)
                            .build())
                .get(1))
        .startsWith("'speakerId' is not an identifier");
  }
}
