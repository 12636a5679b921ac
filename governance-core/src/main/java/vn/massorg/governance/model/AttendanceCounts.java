package vn.massorg.governance.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Attendance given as counts only, as minutes often give it: "có mặt 12/15 đồng chí".
 *
 * <p>Vietnamese: <i>số lượng tham dự</i>. Counts are of the body's members; guests are not counted
 * here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@SuppressWarnings("immutables:incompat") // see ModelStyle: two encodings match
public abstract class AttendanceCounts extends ModelValue<AttendanceCounts> {
  AttendanceCounts() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableAttendanceCounts.Builder builder() {
    return ImmutableAttendanceCounts.builder();
  }

  /** Members attending, in person, remotely or through a substitute. */
  @PositiveOrZero(message = "{vn.massorg.governance.field.positive-or-zero}")
  public abstract int getPresent();

  /** Members excused, when recorded. */
  public abstract Optional<
          @PositiveOrZero(message = "{vn.massorg.governance.field.positive-or-zero}") Integer>
      getExcused();

  /** Members absent without reason, when recorded. */
  public abstract Optional<
          @PositiveOrZero(message = "{vn.massorg.governance.field.positive-or-zero}") Integer>
      getAbsent();
}
