package vn.massorg.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.json.GovernanceJsonException;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The outcome of {@code validate} for machines: one JSON document, written as the files are read so
 * that a long archive is never held in memory.
 *
 * <pre>
 * {"status": 1,
 *  "files": [
 *    {"file": "a.json", "readable": true,
 *     "records": [{"valid": false, "findings": [FINDING...]}]},
 *    {"file": "b.jsonl", "readable": true,
 *     "records": [{"line": 1, "valid": true, "findings": []},
 *                 {"line": 2, "valid": false, "parsed": false, "findings": [FINDING]}],
 *     "acrossRecords": [FINDING with "line"...]},
 *    {"file": "c.json", "readable": false, "error": "không tìm thấy tệp c.json"}]}
 * </pre>
 *
 * <p>A record is the library's JSON form of its validation report ({@link
 * GovernanceJson#writeReport}: {@code "valid"} and {@code "findings"}), with the envelope's {@code
 * "line"} of an archive record and {@code "parsed": false} for a document that cannot be parsed,
 * whose one {@code format.*} finding gives the line and column in its arguments. A finding is the
 * library's form ({@link GovernanceJson#writeFinding}): {@code {"code": "meeting.quorum",
 * "severity": "not-checked", "path": "/meeting/attendance", "message": {"vi": "...", "en": "..."},
 * "source": {"layer": "charter", "citation": {"vi": "...", "en": "..."}}, "arguments": {...}}}. A
 * finding across the records of an archive keeps its path under {@code /i}, the position of the
 * record, and the envelope adds the {@code line} of that record before the finding's members.
 * {@code status} is the exit status.
 *
 * <p>Only the envelope (files, records, lines, status) is written here, with Jackson's streaming
 * generator; reports and findings are written by the library and copied in token for token, so that
 * there is one JSON form of a finding, and the records themselves are never written.
 */
final class JsonResults implements ValidateCommand.Results {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final GovernanceJson LIBRARY = GovernanceJson.strict();

  private final PrintStream out;
  private final JsonGenerator json;
  private boolean inRecords;
  private boolean archive;
  private boolean unreadableFile;
  private boolean recordsOpened;

  JsonResults(PrintStream out) {
    this.out = out;
    try {
      // Standard output stays open when the generator is done with it.
      this.json =
          FACTORY
              .createGenerator(out)
              .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
              .useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("files");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startFile(String name) {
    write(
        () -> {
          json.writeStartObject();
          json.writeStringField("file", name);
          archive = name.endsWith(".jsonl");
          inRecords = false;
          unreadableFile = false;
          recordsOpened = false;
        });
  }

  @Override
  public void unreadable(String message) {
    write(
        () -> {
          closeRecords();
          unreadableFile = true;
          json.writeBooleanField("readable", false);
          json.writeStringField("error", message);
        });
  }

  @Override
  public void parseError(long line, GovernanceJsonException error) {
    write(
        () -> {
          openRecords();
          json.writeStartObject();
          // A single document: its finding's arguments say on which line and column it broke.
          json.writeBooleanField("parsed", false);
          LIBRARY.writeReportMembers(ValidationReport.of(List.of(error.toFinding())), json);
          json.writeEndObject();
        });
  }

  @Override
  public void parseError(long line, ValidationReport report) {
    write(
        () -> {
          openRecords();
          json.writeStartObject();
          writeLine(line);
          json.writeBooleanField("parsed", false);
          LIBRARY.writeReportMembers(report, json);
          json.writeEndObject();
        });
  }

  @Override
  public void record(long line, ValidationReport report) {
    write(
        () -> {
          openRecords();
          json.writeStartObject();
          if (archive) {
            writeLine(line);
          }
          LIBRARY.writeReportMembers(report, json);
          json.writeEndObject();
        });
  }

  @Override
  public void acrossRecords(ValidationReport report, ValidateCommand.LineIndex lines) {
    write(
        () -> {
          closeRecords();
          json.writeArrayFieldStart("acrossRecords");
          for (Finding finding : report.getFindings()) {
            // The path stays as the validator gives it (/i/...); the line says where record i is.
            json.writeStartObject();
            writeLine(lines.lineOf(finding));
            LIBRARY.writeFindingMembers(finding, json);
            json.writeEndObject();
          }
          json.writeEndArray();
        });
  }

  @Override
  public void endFile() {
    write(
        () -> {
          if (!unreadableFile && !recordsOpened) {
            openRecords();
          }
          closeRecords();
          if (!unreadableFile) {
            json.writeBooleanField("readable", true);
          }
          json.writeEndObject();
        });
  }

  @Override
  public void finish(int status) {
    write(
        () -> {
          json.writeEndArray();
          json.writeNumberField("status", status);
          json.writeEndObject();
          json.flush();
        });
    out.println();
    out.flush();
  }

  private void openRecords() throws IOException {
    if (!inRecords) {
      json.writeArrayFieldStart("records");
      inRecords = true;
      recordsOpened = true;
    }
  }

  private void closeRecords() throws IOException {
    if (inRecords) {
      json.writeEndArray();
      inRecords = false;
    }
  }

  private void writeLine(long line) throws IOException {
    if (line > 0) {
      json.writeNumberField("line", line);
    }
  }

  private void write(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Step {
    void run() throws IOException;
  }
}
