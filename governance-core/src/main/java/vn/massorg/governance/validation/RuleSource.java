package vn.massorg.governance.validation;

import java.util.Objects;
import vn.massorg.governance.model.BilingualText;

/**
 * The source of a rule: its layer and the citation a message should give ("Nghị định 45/2010/NĐ-CP,
 * Điều 20.3").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSource {
  private final RuleLayer layer;
  private final BilingualText citation;

  private RuleSource(RuleLayer layer, BilingualText citation) {
    this.layer = layer;
    this.citation = citation;
  }

  /**
   * A source.
   *
   * @param layer the layer, not null
   * @param citation the citation, not null
   * @return the source, not null
   */
  public static RuleSource of(RuleLayer layer, BilingualText citation) {
    return new RuleSource(
        Objects.requireNonNull(layer, "layer"), Objects.requireNonNull(citation, "citation"));
  }

  /**
   * The layer.
   *
   * @return the layer, not null
   */
  public RuleLayer getLayer() {
    return layer;
  }

  /**
   * The citation.
   *
   * @return the citation, not null
   */
  public BilingualText getCitation() {
    return citation;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleSource
        && ((RuleSource) other).layer == layer
        && ((RuleSource) other).citation.equals(citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(layer, citation);
  }

  @Override
  public String toString() {
    return layer.getCode() + ": " + citation;
  }
}
