package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a report says of one activity area in its period.
 *
 * <p>Vietnamese: <i>kết quả hoạt động theo lĩnh vực</i>.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class ActivityResult extends ModelValue<ActivityResult> {
  ActivityResult() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableActivityResult.Builder builder() {
    return ImmutableActivityResult.builder();
  }

  /** The area. */
  public abstract ActivityArea getArea();

  /** What was achieved, when the record gives it. */
  public abstract Optional<@Valid BilingualText> getSummary();
}
