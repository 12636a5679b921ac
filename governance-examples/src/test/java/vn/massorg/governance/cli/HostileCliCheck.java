package vn.massorg.governance.cli;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.json.corpus.HostileInputs;

/**
 * Runs the executable jar, as a user would, over the hostile-input corpus written to a temporary
 * directory: one {@code java -Xmx64m -jar governance-examples.jar validate FILE} per case, as a
 * {@code .json} document and as line 2 of a {@code .jsonl} archive between two good records. Prints
 * a Markdown table (exit status, the line printed, wall time including the JVM's start) and exits 1
 * if any run printed a stack trace, more than its one line, no line:column, or an exit status other
 * than 1 or 2.
 *
 * <pre>
 * java -cp governance-examples/target/test-classes:governance-json/target/test-classes:\
 *   governance-examples/target/governance-examples.jar \
 *   vn.massorg.governance.cli.HostileCliCheck governance-examples/target/governance-examples.jar
 * </pre>
 */
public final class HostileCliCheck {
  private static final Pattern LOCATED =
      Pattern.compile(":(\\d+):(\\d+): ERROR (format\\.[a-z.-]+) ");

  private HostileCliCheck() {}

  /**
   * Runs the check.
   *
   * @param args the jar, then optionally the heap (default {@code -Xmx64m})
   * @throws Exception if the temporary files cannot be written or a process cannot start
   */
  public static void main(String[] args) throws Exception {
    String jar = args.length > 0 ? args[0] : "governance-examples/target/governance-examples.jar";
    String heap = args.length > 1 ? args[1] : "-Xmx64m";
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    byte[] seed =
        GovernanceJson.strict()
            .write(HaiPhongStandingCommitteeQ3_2020.record())
            .getBytes(StandardCharsets.UTF_8);
    Path dir = Files.createTempDirectory("hostile-cli");
    int failed = 0;
    long maxMs = 0;
    String slowest = "";

    Path good = dir.resolve("seed.json");
    Files.write(good, seed);
    Run baseline = run(java, heap, jar, good);
    Files.delete(good);
    System.out.printf(
        Locale.ROOT,
        "baseline: the seed document, exit %d, %d ms%n%n",
        baseline.status(),
        baseline.millis());

    System.out.println(
        "| # | case | `.json` exit | `.json` line | ms | `.jsonl` exit | "
            + "`.jsonl` line 2 | ms |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    List<HostileInputs.Input> inputs = HostileInputs.all();
    for (int i = 0; i < inputs.size(); i++) {
      HostileInputs.Input input = inputs.get(i);
      Path document = dir.resolve(String.format(Locale.ROOT, "%02d.json", i + 1));
      try (OutputStream out = buffered(document);
          InputStream in = input.open()) {
        HostileInputCliTest.copyCountingLineBreaks(in, out);
      }
      Run one = run(java, heap, jar, document);
      Files.delete(document);
      String documentProblem = problem(one, document.toString(), false);

      Path archive = dir.resolve(String.format(Locale.ROOT, "%02d.jsonl", i + 1));
      long breaks;
      try (OutputStream out = buffered(archive);
          InputStream in = input.open()) {
        out.write(seed);
        out.write('\n');
        breaks = HostileInputCliTest.copyCountingLineBreaks(in, out);
        out.write('\n');
        out.write(seed);
        out.write('\n');
      }
      Run lines = breaks > 0 ? null : run(java, heap, jar, archive);
      Files.delete(archive);
      String archiveProblem = lines == null ? null : problem(lines, archive.toString(), true);

      for (Run r : lines == null ? List.of(one) : List.of(one, lines)) {
        if (r.millis() > maxMs) {
          maxMs = r.millis();
          slowest = input.name() + (r == one ? " (.json)" : " (.jsonl)");
        }
      }
      boolean ok = documentProblem == null && (lines == null || archiveProblem == null);
      failed += ok ? 0 : 1;
      System.out.printf(
          Locale.ROOT,
          "| %d | %s | %d | %s | %d | %s | %s | %s |%n",
          i + 1,
          input.name(),
          one.status(),
          documentProblem == null
              ? where(one, document.toString(), false)
              : "**" + documentProblem + "**",
          one.millis(),
          lines == null ? "–" : Integer.toString(lines.status()),
          lines == null
              ? "not one line (raw line break)"
              : archiveProblem == null
                  ? where(lines, archive.toString(), true)
                  : "**" + archiveProblem + "**",
          lines == null ? "–" : Long.toString(lines.millis()));
    }
    Files.delete(dir);
    System.out.printf(
        Locale.ROOT,
        "%n%s: %d cases, %d failed, slowest run %d ms (%s), %s%n",
        failed == 0 ? "OK" : "FAIL",
        inputs.size(),
        failed,
        maxMs,
        slowest,
        heap);
    System.exit(failed == 0 ? 0 : 1);
  }

  /**
   * What is wrong with a run, or null: one line about the bad input (line 2 of an archive, or the
   * whole output for a document) that says line:column, and no stack trace.
   */
  private static String problem(Run run, String file, boolean archive) {
    String all = run.out() + run.err();
    if (all.contains("Exception")
        || all.contains("at java.")
        || all.contains("\tat ")
        || all.contains("Error:")) {
      return "stack trace or internal error";
    }
    if (run.status() != 1 && run.status() != 2) {
      return "exit " + run.status();
    }
    if (!run.err().isEmpty()) {
      return "standard error: " + run.err().strip();
    }
    List<String> about = new ArrayList<>();
    run.out().lines().filter(l -> !archive || l.startsWith(file + ":2:")).forEach(about::add);
    if (about.size() != 1) {
      return about.size() + " lines";
    }
    if (!about.get(0).startsWith(file + ":")
        || !LOCATED.matcher(about.get(0).substring(file.length())).lookingAt()) {
      return "no line:column: " + about.get(0);
    }
    return null;
  }

  /** The line:column and code of the one line about the bad input. */
  private static String where(Run run, String file, boolean archive) {
    String line =
        run.out()
            .lines()
            .filter(l -> !archive || l.startsWith(file + ":2:"))
            .findFirst()
            .orElseThrow();
    Matcher m = LOCATED.matcher(line.substring(file.length()));
    m.lookingAt();
    return m.group(1) + ":" + m.group(2) + " `" + m.group(3) + "`";
  }

  private static Run run(String java, String heap, String jar, Path file)
      throws IOException, InterruptedException {
    File out = File.createTempFile("out", ".txt");
    File err = File.createTempFile("err", ".txt");
    try {
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(java, heap, "-jar", jar, "validate", file.toString())
              .redirectOutput(out)
              .redirectError(err)
              .start();
      int status = process.waitFor();
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Run(
          status,
          millis,
          Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      Files.delete(out.toPath());
      Files.delete(err.toPath());
    }
  }

  private static OutputStream buffered(Path file) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  private record Run(int status, long millis, String out, String err) {}
}
