package vn.massorg.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import vn.massorg.governance.json.GovernanceJsonException;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The outcome of {@code validate} for machines: one JSON document, written as the files are
 * read so that a long archive is never held in memory.
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
 * <p>A finding is {@code {"severity": "not-checked", "code": "meeting.quorum", "path":
 * "/meeting/attendance", "message": {"vi": "...", "en": "..."}, "source": {"layer": "charter",
 * "citation": {"vi": "...", "en": "..."}}, "arguments": {...}}}: the severity and the layer as
 * their codes, both languages always. A document that cannot be parsed is a record with
 * {@code "parsed": false} and its {@code format.*} finding, whose arguments give the line and
 * column. A finding across the records of an archive keeps its path under {@code /i}, the
 * position of the record, and adds the {@code line} of that record. {@code status} is the exit
 * status.
 *
 * <p>Only the envelope is written here, with Jackson's streaming generator, which escapes every
 * string; the records themselves are never written, so this is not a second JSON mapping of the
 * model.
 */
final class JsonResults implements ValidateCommand.Results {
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
      this.json = new JsonFactory().createGenerator(out)
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
    write(() -> {
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
    write(() -> {
      closeRecords();
      unreadableFile = true;
      json.writeBooleanField("readable", false);
      json.writeStringField("error", message);
    });
  }

  @Override
  public void parseError(long line, GovernanceJsonException error) {
    write(() -> {
      openRecords();
      json.writeStartObject();
      // A single document: its finding's arguments say on which line and column it broke.
      json.writeBooleanField("valid", false);
      json.writeBooleanField("parsed", false);
      json.writeArrayFieldStart("findings");
      finding(error.toFinding(), -1);
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  @Override
  public void parseError(long line, ValidationReport report) {
    write(() -> {
      openRecords();
      json.writeStartObject();
      writeLine(line);
      json.writeBooleanField("valid", false);
      json.writeBooleanField("parsed", false);
      findings("findings", report);
      json.writeEndObject();
    });
  }

  @Override
  public void record(long line, ValidationReport report) {
    write(() -> {
      openRecords();
      json.writeStartObject();
      if (archive) {
        writeLine(line);
      }
      json.writeBooleanField("valid", report.isValid());
      findings("findings", report);
      json.writeEndObject();
    });
  }

  @Override
  public void acrossRecords(ValidationReport report, ValidateCommand.LineIndex lines) {
    write(() -> {
      closeRecords();
      json.writeArrayFieldStart("acrossRecords");
      for (Finding finding : report.getFindings()) {
        // The path stays as the validator gives it (/i/...); the line says where record i is.
        finding(finding, lines.lineOf(finding));
      }
      json.writeEndArray();
    });
  }

  @Override
  public void endFile() {
    write(() -> {
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
    write(() -> {
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

  private void findings(String name, ValidationReport report) throws IOException {
    json.writeArrayFieldStart(name);
    for (Finding finding : report.getFindings()) {
      finding(finding, -1);
    }
    json.writeEndArray();
  }

  private void finding(Finding finding, long line) throws IOException {
    json.writeStartObject();
    writeLine(line);
    json.writeStringField("severity", finding.getSeverity().getCode());
    json.writeStringField("code", finding.getCode());
    json.writeStringField("path", finding.getPath());
    text("message", finding.getMessage());
    json.writeObjectFieldStart("source");
    json.writeStringField("layer", finding.getSource().getLayer().getCode());
    text("citation", finding.getSource().getCitation());
    json.writeEndObject();
    json.writeObjectFieldStart("arguments");
    for (Map.Entry<String, String> argument : finding.getArguments().entrySet()) {
      json.writeStringField(argument.getKey(), argument.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void text(String name, BilingualText text) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("vi", text.getVi());
    if (text.getEn().isPresent()) {
      json.writeStringField("en", text.getEn().get());
    }
    json.writeEndObject();
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
