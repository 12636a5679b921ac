package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of a meeting's agenda, in the order it was taken: the documents presented, the comments
 * made, the decisions taken and the chair's conclusion.
 *
 * <p>Vietnamese: <i>nội dung, chương trình hội nghị</i>.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class AgendaItem extends ModelValue<AgendaItem> {
  AgendaItem() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableAgendaItem.Builder builder() {
    return ImmutableAgendaItem.builder();
  }

  /** The item's title. */
  @Valid
  public abstract BilingualText getTitle();

  /** Who chaired this item, when not the meeting's chair (a chair who changes mid-meeting). */
  public abstract Optional<String> getChairId();

  /** The documents presented, in order. */
  public abstract List<@Valid Presentation> getPresentations();

  /** The comments made, in order. */
  public abstract List<@Valid Comment> getComments();

  /** The decisions taken, in order. */
  public abstract List<@Valid Decision> getDecisions();

  /** The chair's conclusion of the item, when recorded. */
  public abstract Optional<@Valid Conclusion> getConclusion();

  @Value.Check
  void check() {
    Checks.ids(getChairId(), "chairId");
  }
}
