package vn.massorg.governance.benchmarks.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Times whole processes: each command is started in a fresh JVM, again and again, in a shuffled
 * order each round so that a slow moment of the machine spreads over all of them; the first rounds
 * only warm the file cache. Prints, per command, the median, the minimum and the interquartile
 * range of the wall-clock time from start to exit, and each command's median as a ratio to the
 * first command's.
 *
 * <p>Usage: {@code ColdStart ROUNDS NAME=COMMAND...}, where COMMAND is one string split on spaces;
 * {@code {java}} stands for this JVM's {@code java} launcher.
 */
public final class ColdStart {
  private static final int WARM_ROUNDS = 3;

  private ColdStart() {}

  /**
   * Runs the comparison.
   *
   * @param args the rounds, then NAME=COMMAND pairs; the first command is the reference
   * @throws Exception if a command cannot be started or fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    Map<String, List<String>> commands = new LinkedHashMap<>();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String pair : Arrays.copyOfRange(args, 1, args.length)) {
      int eq = pair.indexOf('=');
      List<String> command = new ArrayList<>();
      for (String word : pair.substring(eq + 1).trim().split(" +")) {
        command.add(word.equals("{java}") ? java : word);
      }
      commands.put(pair.substring(0, eq), command);
    }
    Map<String, List<Long>> times = new LinkedHashMap<>();
    commands.keySet().forEach(name -> times.put(name, new ArrayList<>()));
    List<String> order = new ArrayList<>(commands.keySet());
    Random random = new Random(42);
    for (int round = 0; round < WARM_ROUNDS + rounds; round++) {
      Collections.shuffle(order, random);
      for (String name : order) {
        long nanos = run(name, commands.get(name));
        if (round >= WARM_ROUNDS) {
          times.get(name).add(nanos);
        }
      }
    }
    double reference = -1;
    System.out.printf(
        Locale.ROOT,
        "%-28s %10s %10s %10s %10s %8s%n",
        "process",
        "median ms",
        "min ms",
        "p25 ms",
        "p75 ms",
        "ratio");
    for (Map.Entry<String, List<Long>> entry : times.entrySet()) {
      List<Long> t = entry.getValue();
      Collections.sort(t);
      double median = quantile(t, 0.5);
      if (reference < 0) {
        reference = median;
      }
      System.out.printf(
          Locale.ROOT,
          "%-28s %10.1f %10.1f %10.1f %10.1f %8.2f%n",
          entry.getKey(),
          median / 1e6,
          t.get(0) / 1e6,
          quantile(t, 0.25) / 1e6,
          quantile(t, 0.75) / 1e6,
          median / reference);
    }
  }

  private static long run(String name, List<String> command)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile("cold-start", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(Redirect.DISCARD).redirectError(err.toFile());
      long start = System.nanoTime();
      Process process = builder.start();
      int exit = process.waitFor();
      long nanos = System.nanoTime() - start;
      if (exit != 0) {
        throw new IllegalStateException(
            name
                + " exited with "
                + exit
                + ": "
                + String.join(" ", command)
                + "\n"
                + Files.readString(err));
      }
      return nanos;
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static double quantile(List<Long> sorted, double q) {
    double position = q * (sorted.size() - 1);
    int low = (int) Math.floor(position);
    int high = (int) Math.ceil(position);
    return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (position - low);
  }
}
