package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision of a meeting, with the vote and the majority it needed where the record gives them.
 *
 * <p>Vietnamese: <i>nghị quyết, quyết định</i>; the vote is <i>biểu quyết</i>.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class Decision extends ModelValue<Decision> {
  Decision() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
  }

  /** What was decided. */
  @Valid
  public abstract BilingualText getTitle();

  /** How the vote was taken, when recorded. */
  public abstract Optional<VoteMethod> getMethod();

  /** The votes, when recorded. */
  public abstract Optional<@Valid VoteCount> getVotes();

  /**
   * The majority the decision needed, of those attending, when the record states it; without it the
   * charter's figure applies.
   */
  public abstract Optional<Threshold> getRequiredMajority();

  /** The outcome, when recorded. */
  public abstract Optional<DecisionOutcome> getOutcome();
}
