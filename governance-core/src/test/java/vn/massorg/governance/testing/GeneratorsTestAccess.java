package vn.massorg.governance.testing;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Draws values from a generator outside a property, for tests that count what a generator gives.
 */
public final class GeneratorsTestAccess {
  private GeneratorsTestAccess() {}

  /**
   * Draws values with a fixed seed.
   *
   * @param gen the generator, not null
   * @param n how many
   * @param <T> the values
   * @return the values, not null
   */
  public static <T> List<T> sample(Gen<T> gen, int n) {
    return GeneratorsTest.sample(gen, n, 42);
  }
}
