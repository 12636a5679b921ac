package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one person took part in a meeting.
 *
 * <p>Vietnamese: <i>tình trạng tham dự của đại biểu</i>. A substitute attends on behalf of a member
 * ({@link #getOnBehalfOfId()}); the member is then recorded as represented.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class AttendanceEntry extends ModelValue<AttendanceEntry> {
  AttendanceEntry() {}

  /**
   * The member a substitute stands for is recorded for a substitute and for no one else (người dự
   * thay ghi rõ dự thay cho ai).
   */
  public static final PresenceRule ON_BEHALF_OF =
      PresenceRule.presentExactlyWhen(
          "onBehalfOfId",
          "status",
          AttendanceStatus.SUBSTITUTE,
          (personId, missing) ->
              new InvalidRecordException(
                  "tham dự của "
                      + personId
                      + ": 'onBehalfOfId' "
                      + (missing ? "là bắt buộc với người dự thay" : "chỉ dành cho người dự thay"),
                  "attendance of "
                      + personId
                      + ": 'onBehalfOfId' "
                      + (missing ? "is required for a substitute" : "is only for a substitute")));

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableAttendanceEntry.Builder builder() {
    return ImmutableAttendanceEntry.builder();
  }

  /** The person. */
  public abstract String getPersonId();

  /** How the person took part. */
  public abstract AttendanceStatus getStatus();

  /** The member a substitute attends for; present exactly when the status is substitute. */
  public abstract Optional<String> getOnBehalfOfId();

  /** The reason given for an absence, when recorded. */
  public abstract Optional<@Valid BilingualText> getReason();

  @Value.Check
  void check() {
    Checks.id(getPersonId(), "personId");
    Checks.ids(getOnBehalfOfId(), "onBehalfOfId");
    ON_BEHALF_OF.check(getOnBehalfOfId().isPresent(), getStatus(), getPersonId());
  }
}
