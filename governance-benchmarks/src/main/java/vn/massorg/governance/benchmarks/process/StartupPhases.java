package vn.massorg.governance.benchmarks.process;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.json.ReadResult;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * Where a fresh JVM's time goes before the first record is validated: the phases of reading and
 * validating one file, each timed on its own, in the order the command line runs them (the
 * validator first) or, with {@code --overlap}, with the validator's bootstrap on a second thread
 * while the file is read. Prints one line: milliseconds per phase and the total since the JVM
 * started.
 *
 * <p>Usage: {@code StartupPhases [--overlap] FILE}.
 */
public final class StartupPhases {
  /** Quiet, as the command line makes it: its INFO line on first use is not output. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private StartupPhases() {}

  /**
   * Runs the phases.
   *
   * @param args optionally {@code --overlap}, then the file
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    boolean overlap = args[0].equals("--overlap");
    Path file = Path.of(args[overlap ? 1 : 0]);
    long start = System.nanoTime();
    GovernanceValidator validator;
    long bootstrap;
    long read;
    MeetingRecord record;
    if (overlap) {
      CompletableFuture<GovernanceValidator> future =
          CompletableFuture.supplyAsync(GovernanceValidator::standard);
      record = GovernanceJson.strict().read(Files.readAllBytes(file));
      read = System.nanoTime();
      validator = future.join();
      bootstrap = System.nanoTime();
    } else {
      validator = GovernanceValidator.standard();
      bootstrap = System.nanoTime();
      record = GovernanceJson.strict().read(Files.readAllBytes(file));
      read = System.nanoTime();
    }
    ValidationReport report = validator.validate(record);
    long first = System.nanoTime();
    ReadResult again = GovernanceJson.strict().readAndValidate(Files.readAllBytes(file), validator);
    long second = System.nanoTime();
    long sinceJvmStart =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf(
        Locale.ROOT,
        "%s: %s %.0f ms, %s %.0f ms, first validate %.0f ms, "
            + "main to first report %.0f ms, JVM start to first report %d ms; a second "
            + "read+validate %.1f ms (%d findings)%n",
        overlap ? "overlapped" : "in order",
        overlap ? "read (validator starting beside it)" : "validator bootstrap",
        ms(overlap ? read - start : bootstrap - start),
        overlap ? "then waited for the validator" : "read",
        ms(overlap ? bootstrap - read : read - bootstrap),
        ms(first - Math.max(bootstrap, read)),
        ms(first - start),
        sinceJvmStart,
        ms(second - first),
        report.getFindings().size());
    if (again.getReport().getFindings().size() != report.getFindings().size()) {
      throw new IllegalStateException("the second run found something else");
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
