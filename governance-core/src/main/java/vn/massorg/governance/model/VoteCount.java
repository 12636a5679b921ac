package vn.massorg.governance.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * The votes cast on a decision.
 *
 * <p>Vietnamese: <i>kết quả biểu quyết</i> (tán thành, không tán thành, không biểu quyết).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class VoteCount extends ModelValue<VoteCount> {
  VoteCount() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableVoteCount.Builder builder() {
    return ImmutableVoteCount.builder();
  }

  /** Votes in favour (tán thành). */
  @PositiveOrZero(message = "{vn.massorg.governance.field.positive-or-zero}")
  public abstract int getInFavour();

  /** Votes against (không tán thành). */
  @PositiveOrZero(message = "{vn.massorg.governance.field.positive-or-zero}")
  public abstract int getAgainst();

  /** Abstentions (không biểu quyết). */
  @PositiveOrZero(message = "{vn.massorg.governance.field.positive-or-zero}")
  public abstract int getAbstaining();

  /**
   * All votes cast.
   *
   * @return the sum
   */
  public int total() {
    return getInFavour() + getAgainst() + getAbstaining();
  }
}
