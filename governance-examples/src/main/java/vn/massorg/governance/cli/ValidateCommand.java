package vn.massorg.governance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;
import vn.massorg.governance.json.ArchiveEntry;
import vn.massorg.governance.json.ArchiveReader;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.json.GovernanceJsonException;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The {@code validate} command: reads each file with the strict reader, a JSON Lines archive record
 * by record, validates every record, and hands what it finds to a {@link Results}, which prints it
 * as text or JSON.
 *
 * <p>The exit status is the worst seen: 2 when a file cannot be read or a document (or one line of
 * an archive) cannot be parsed, else 1 when a record has errors, else 0. A bad line does not stop
 * an archive: the lines after it are still checked, so that one run reports everything.
 */
final class ValidateCommand {
  private static final String STDIN = "-";

  private final Options options;
  private final Texts texts;
  private final InputStream in;
  private final PrintStream err;
  private final Terminal terminal;
  private final Results results;
  private final GovernanceJson json = GovernanceJson.strict();
  private final GovernanceValidator validator = GovernanceValidator.standard();
  private int status = GovernanceCli.OK;

  ValidateCommand(
      Options options,
      Texts texts,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Terminal terminal) {
    this.options = options;
    this.texts = texts;
    this.in = in;
    this.err = err;
    this.terminal = terminal;
    this.results =
        options.format == Options.Format.JSON
            ? new JsonResults(out)
            : new TextResults(out, texts, options.files.size() > 1);
  }

  int run() {
    for (String file : options.files) {
      String name = STDIN.equals(file) ? texts.get("stdin") : file;
      results.startFile(name);
      if (STDIN.equals(file)) {
        readStandardInput(name);
      } else {
        readFile(file, name);
      }
      results.endFile();
    }
    results.finish(status);
    return status;
  }

  private void readStandardInput(String name) {
    try {
      document(in);
    } catch (UncheckedIOException e) {
      unreadable(name, texts.get("error.stdin", reason(e.getCause())));
    }
  }

  private void readFile(String file, String name) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      unreadable(name, texts.get("error.not-found", file));
      return;
    }
    if (Files.isDirectory(path)) {
      unreadable(name, texts.get("error.directory", file));
      return;
    }
    try (InputStream stream = Files.newInputStream(path)) {
      if (file.endsWith(".jsonl")) {
        archive(stream, name);
      } else {
        document(stream);
      }
    } catch (NoSuchFileException e) {
      unreadable(name, texts.get("error.not-found", file));
    } catch (AccessDeniedException e) {
      unreadable(name, texts.get("error.unreadable", file, texts.get("error.permission")));
    } catch (IOException e) {
      unreadable(name, texts.get("error.unreadable", file, reason(e)));
    } catch (UncheckedIOException e) {
      // The archive reader's stream failed part way: what was read is already reported.
      unreadable(name, texts.get("error.unreadable", file, reason(e.getCause())));
    }
  }

  /** Reads one document; the reader stops at its size limit, so a huge file is an error. */
  private void document(InputStream stream) {
    MeetingRecord record;
    try {
      record = json.read(stream);
    } catch (GovernanceJsonException e) {
      worsen(GovernanceCli.UNREADABLE);
      results.parseError(-1, e);
      return;
    }
    record(-1, validator.validate(record));
  }

  private void archive(InputStream stream, String name) throws IOException {
    long count = 0;
    // The reader validates each record as it passes and checks the rules across records at the
    // end, holding no record in memory. One thread: with several, the reader is not yet faster
    // on two cores (docs/design/parallel-archive.md).
    try (ArchiveReader reader = json.openArchive(stream, validator)) {
      while (reader.hasNext()) {
        ArchiveEntry entry = reader.next();
        if (entry.getRecord().isEmpty()) {
          worsen(GovernanceCli.UNREADABLE);
          results.parseError(entry.getLine(), entry.getReport());
        } else {
          record(entry.getLine(), entry.getReport());
        }
        count++;
        if (terminal.showsProgressAfter(count)) {
          err.println(OneLine.of(texts.get("progress", count, name)));
        }
      }
      ValidationReport across = reader.finish();
      if (across.hasErrors()) {
        worsen(GovernanceCli.INVALID);
      }
      results.acrossRecords(across, reader::lineOfRecord);
    }
  }

  private void record(long line, ValidationReport report) {
    if (report.hasErrors()) {
      worsen(GovernanceCli.INVALID);
    }
    results.record(line, report);
  }

  private void unreadable(String name, String message) {
    worsen(GovernanceCli.UNREADABLE);
    err.println(OneLine.of(texts.get("error.prefix", message)));
    results.unreadable(message);
  }

  private void worsen(int to) {
    status = Math.max(status, to);
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Where the records of an archive are: the line of the record at a position, from 0. */
  interface LineIndex {
    long lineOfRecord(long index);

    /**
     * The line of the record a finding across records points into ({@code /3/meeting/date} is in
     * the fourth record read), or -1 when it names no record.
     */
    default long lineOf(Finding finding) {
      OptionalLong record = finding.getRecord();
      return record.isPresent() ? lineOfRecord(record.getAsLong()) : -1;
    }
  }

  /** Where the outcome of each file goes: printed as lines as it comes, or as one document. */
  interface Results {
    void startFile(String name);

    void unreadable(String message);

    /** A document, or a line of an archive (line &gt; 0), that cannot be parsed. */
    void parseError(long line, GovernanceJsonException error);

    /** A line of an archive that cannot be parsed, as the archive reader reports it. */
    void parseError(long line, ValidationReport report);

    /** A record read and validated; line is -1 for a single document. */
    void record(long line, ValidationReport report);

    void acrossRecords(ValidationReport report, LineIndex lines);

    void endFile();

    void finish(int status);
  }
}
