package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The chair's conclusion of a meeting or an agenda item, with the directions it gives for the next
 * period.
 *
 * <p>Vietnamese: <i>kết luận</i>; the directions are <i>phương hướng, nhiệm vụ</i>.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class Conclusion extends ModelValue<Conclusion> {
  Conclusion() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableConclusion.Builder builder() {
    return ImmutableConclusion.builder();
  }

  /** The person who concluded, normally the chair. */
  public abstract String getSpeakerId();

  /** What the conclusion says, as the record summarises it. */
  @Valid
  public abstract BilingualText getSummary();

  /** The directions given, in order. */
  public abstract List<@Valid BilingualText> getDirections();

  /** The period the directions are for, when stated ("quý IV năm 2020"). */
  public abstract Optional<ReportingPeriod> getForPeriod();

  @Value.Check
  void check() {
    Checks.id(getSpeakerId(), "speakerId");
  }
}
