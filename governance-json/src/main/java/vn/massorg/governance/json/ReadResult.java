package vn.massorg.governance.json;

import java.util.Objects;
import java.util.Optional;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The outcome of {@link GovernanceJson#readAndValidate(byte[],
 * vn.massorg.governance.validation.GovernanceValidator)}: the record when the document could be
 * read, and one report that holds either the format error (a {@code format.*} finding with the JSON
 * Pointer of the value at fault) or the validator's findings.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadResult {
  private final JsonDocument document;
  private final ValidationReport report;

  ReadResult(JsonDocument document, ValidationReport report) {
    this.document = document;
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * The record, when the document could be read.
   *
   * @return the record, or empty when the report holds a format error
   */
  public Optional<MeetingRecord> getRecord() {
    return getDocument().map(JsonDocument::getRecord);
  }

  /**
   * The document as read, with its format version and any unknown members a lenient read kept.
   *
   * @return the document, or empty when the report holds a format error
   */
  public Optional<JsonDocument> getDocument() {
    return Optional.ofNullable(document);
  }

  /**
   * The findings: a format error, or the rules' findings on the record.
   *
   * @return the report, not null
   */
  public ValidationReport getReport() {
    return report;
  }

  /**
   * Whether a record was read and has no error.
   *
   * @return true when the record is usable as it stands
   */
  public boolean isValid() {
    return document != null && report.isValid();
  }

  @Override
  public String toString() {
    return "ReadResult[" + (document == null ? "not read" : "read") + ", " + report + "]";
  }
}
