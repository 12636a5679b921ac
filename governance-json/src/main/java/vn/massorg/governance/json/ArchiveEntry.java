package vn.massorg.governance.json;

import java.util.Objects;
import java.util.Optional;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.ValidationReport;

/**
 * One line of a JSON Lines archive as read: its line number, the record when the line could be
 * read, and its report (the format error of a bad line, or the record's own findings, with paths
 * within the record).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ArchiveEntry {
  private final long line;
  private final JsonDocument document;
  private final ValidationReport report;

  ArchiveEntry(long line, JsonDocument document, ValidationReport report) {
    this.line = line;
    this.document = document;
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * The line of the archive, from 1.
   *
   * @return the line number
   */
  public long getLine() {
    return line;
  }

  /**
   * The record, when the line could be read.
   *
   * @return the record, or empty for a bad line
   */
  public Optional<MeetingRecord> getRecord() {
    return getDocument().map(JsonDocument::getRecord);
  }

  /**
   * The document as read, with unknown members kept by a lenient read.
   *
   * @return the document, or empty for a bad line
   */
  public Optional<JsonDocument> getDocument() {
    return Optional.ofNullable(document);
  }

  /**
   * The line's findings.
   *
   * @return the report, not null
   */
  public ValidationReport getReport() {
    return report;
  }

  @Override
  public String toString() {
    return "line " + line + ": " + report;
  }
}
