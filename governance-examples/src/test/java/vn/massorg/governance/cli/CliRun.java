package vn.massorg.governance.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of the command line: its exit status, standard output and error. */
final class CliRun {
  final int status;
  final String out;
  final String err;

  private CliRun(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  /** Runs with no terminal (no progress) and empty standard input. */
  static CliRun of(String... args) {
    return with(new ByteArrayInputStream(new byte[0]), new Terminal(false, 1), args);
  }

  /** Runs with a text on standard input. */
  static CliRun withInput(String stdin, String... args) {
    return with(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new Terminal(false, 1),
        args);
  }

  static CliRun with(InputStream in, Terminal terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        GovernanceCli.run(
            args,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            terminal);
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> outLines() {
    return out.lines().collect(java.util.stream.Collectors.toList());
  }

  List<String> errLines() {
    return err.lines().collect(java.util.stream.Collectors.toList());
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
  }
}
