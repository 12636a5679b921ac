package vn.massorg.governance.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's holding of one post, from when to when, in their own right, acting or as a
 * substitute. A person often holds several posts at once ("Phó Chủ tịch kiêm Tổng Thư ký"): each is
 * a holding of its own.
 *
 * <p>Vietnamese: <i>đảm nhiệm chức vụ</i>. A start or end that the source does not give is not
 * recorded: the holding then runs from the start or to the end of its term as far as the record
 * knows.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class PostHolding extends ModelValue<PostHolding> {
  PostHolding() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutablePostHolding.Builder builder() {
    return ImmutablePostHolding.builder();
  }

  /** The identifier of the person who holds the post. */
  public abstract String getPersonId();

  /** The first day of the holding, when recorded. */
  public abstract Optional<PartialDate> getStart();

  /** The last day of the holding, when recorded and ended. */
  public abstract Optional<PartialDate> getEnd();

  /** Regular, acting or substitute; regular unless recorded otherwise. */
  @Value.Default
  public HoldingKind getKind() {
    return HoldingKind.REGULAR;
  }

  @Value.Check
  void check() {
    Checks.id(getPersonId(), "personId");
    if (getStart().isPresent()
        && getEnd().isPresent()
        && getEnd().get().isCertainlyBefore(getStart().get())) {
      throw new InvalidRecordException(
          "chức vụ của "
              + getPersonId()
              + ": 'end' ("
              + getEnd().get()
              + ") trước 'start' ("
              + getStart().get()
              + ")",
          "holding of "
              + getPersonId()
              + ": 'end' ("
              + getEnd().get()
              + ") is before 'start' ("
              + getStart().get()
              + ")");
    }
  }
}
