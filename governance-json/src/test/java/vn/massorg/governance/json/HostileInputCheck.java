package vn.massorg.governance.json;

import java.io.InputStream;
import java.util.Locale;

/**
 * Runs the hostile input corpus ({@link HostileCorpus}) and prints, per case, the error code and
 * the time it took. Run it under {@code -Xmx64m} to show that no case exhausts a small heap:
 *
 * <pre>
 * java -Xmx64m -cp ... vn.massorg.governance.json.HostileInputCheck
 * </pre>
 *
 * <p>Exit status 0 when every case ended in its expected {@link GovernanceJsonException}.
 */
public final class HostileInputCheck {
  private HostileInputCheck() {}

  /**
   * Runs the check.
   *
   * @param args none
   * @throws Exception if a case does not end as expected
   */
  public static void main(String[] args) throws Exception {
    int failed = 0;
    for (HostileCorpus.Case c : HostileCorpus.cases()) {
      long start = System.nanoTime();
      String outcome;
      try (InputStream in = c.input.get()) {
        c.json.read(in);
        outcome = "READ";
      } catch (GovernanceJsonException e) {
        outcome = e.getCode();
      } catch (Throwable t) {
        outcome = t.getClass().getSimpleName();
      }
      boolean ok = outcome.equals(c.code);
      failed += ok ? 0 : 1;
      System.out.printf(
          Locale.ROOT,
          "%s %-45s %-22s %6.0f ms%n",
          ok ? "OK  " : "FAIL",
          c.name,
          outcome,
          (System.nanoTime() - start) / 1e6);
    }
    System.out.printf(
        Locale.ROOT,
        "%s cases=%d failed=%d maxHeapMB=%d%n",
        failed == 0 ? "OK" : "FAIL",
        HostileCorpus.cases().size(),
        failed,
        Runtime.getRuntime().maxMemory() >> 20);
    if (failed > 0) {
      System.exit(1);
    }
  }
}
