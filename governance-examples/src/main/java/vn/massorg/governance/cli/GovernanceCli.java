package vn.massorg.governance.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The command line: shows the seed meeting, and validates records read from files.
 *
 * <pre>
 * java -jar governance-examples.jar                      # the seed meeting, in Vietnamese
 * java -jar governance-examples.jar --lang en            # in English
 * java -jar governance-examples.jar --json               # the seed record's JSON
 * java -jar governance-examples.jar validate a.json b.jsonl -
 * java -jar governance-examples.jar validate --format json archive.jsonl
 * </pre>
 *
 * <p>Exit status: 0 when no record has errors, 1 when a record has errors, 2 when a file cannot be
 * read or parsed, the command line is wrong, or something unexpected happens. Whatever the input,
 * the user sees one line saying what went wrong, never a stack trace.
 */
public final class GovernanceCli {
  /** Exit status: no record has errors. */
  public static final int OK = 0;

  /** Exit status: at least one record has errors. */
  public static final int INVALID = 1;

  /** Exit status: a file cannot be read or parsed, or the command line is wrong. */
  public static final int UNREADABLE = 2;

  /** Held so that the logging level set in {@link #main} is not lost to garbage collection. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private GovernanceCli() {}

  /**
   * Runs the command line as {@code java -jar} does, without ending the JVM.
   *
   * @param args the arguments, not null
   * @param in standard input, read by {@code validate -}, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return the exit status: {@link #OK}, {@link #INVALID} or {@link #UNREADABLE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Terminal.detect());
  }

  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Terminal terminal) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(terminal, "terminal");
    Texts texts;
    try {
      texts = Texts.of(Options.localeOf(args));
    } catch (RuntimeException e) {
      // Without its texts the program cannot speak Vietnamese; it still says what broke.
      err.println(OneLine.of("error: internal error (" + describe(e) + ")"));
      return UNREADABLE;
    }
    try {
      Options options;
      try {
        options = Options.parse(args);
      } catch (Options.UsageException e) {
        err.println(OneLine.of(texts.get("error.prefix", texts.get(e.key, e.arguments))));
        err.println(texts.get("error.hint"));
        return UNREADABLE;
      }
      texts = Texts.of(options.locale);
      return switch (options.command) {
        case HELP -> {
          out.print(texts.help());
          yield OK;
        }
        case VALIDATE -> new ValidateCommand(options, texts, in, out, err, terminal).run();
        case SHOW -> show(options, texts, out);
      };
    } catch (RuntimeException | LinkageError | VirtualMachineError e) {
      // The last line of defence: whatever escaped is a fault of this program, not of the
      // input, and the user gets one line, not a stack trace.
      err.println(OneLine.of(texts.get("error.prefix", texts.get("error.internal", describe(e)))));
      return UNREADABLE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int show(Options options, Texts texts, PrintStream out) {
    MeetingRecord record = HaiPhongStandingCommitteeQ3_2020.record();
    ValidationReport report = GovernanceValidator.standard().validate(record);
    if (options.json) {
      out.print(PrettyJson.of(record));
      out.print('\n');
    } else {
      out.print(MeetingAccount.of(record, report, texts));
    }
    return report.hasErrors() ? INVALID : OK;
  }

  /** What failed, for a report to the developers: the kind of failure and its first line. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null || message.isBlank()
        ? kind
        : kind + ": " + message.lines().findFirst().orElse("");
  }

  /**
   * Runs the command line and ends the JVM with its exit status. Output is UTF-8 whatever the
   * platform's default, so that Vietnamese is never turned into question marks.
   *
   * @param args the arguments, not null
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO on first use; on a command line that
    // line would read as part of the output.
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    // Buffered: an archive's findings can run to many lines. run() flushes before it returns.
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, err, Terminal.detect());
    out.flush();
    System.exit(status);
  }
}
