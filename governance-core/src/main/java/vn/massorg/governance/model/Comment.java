package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A comment made at a meeting, by a named person or by a group the record does not break down ("các
 * đại biểu đóng góp thêm một số ý kiến").
 *
 * <p>Vietnamese: <i>ý kiến đóng góp, góp ý</i>. Exactly one of speaker and speaker group is given.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class Comment extends ModelValue<Comment> {
  Comment() {}

  /** A comment is someone's: exactly one of a named speaker and a speaker group (đúng một). */
  public static final PresenceRule SPEAKER =
      PresenceRule.exactlyOne(
          "speakerId",
          "speakerGroup",
          "một ý kiến cần đúng một trong hai: 'speakerId' hoặc 'speakerGroup'",
          "a comment needs exactly one of 'speakerId' and 'speakerGroup'");

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableComment.Builder builder() {
    return ImmutableComment.builder();
  }

  /** The person who spoke, when named. */
  public abstract Optional<String> getSpeakerId();

  /** The group that spoke, when no one is named. */
  public abstract Optional<SpeakerGroup> getSpeakerGroup();

  /** What was said, as the record summarises it. */
  @Valid
  public abstract BilingualText getSummary();

  @Value.Check
  void check() {
    Checks.ids(getSpeakerId(), "speakerId");
    SPEAKER.check(getSpeakerId().isPresent(), getSpeakerGroup().isPresent());
  }
}
