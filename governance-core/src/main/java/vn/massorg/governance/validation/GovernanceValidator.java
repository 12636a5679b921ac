package vn.massorg.governance.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.MeetingRecord;

/**
 * The one entry point of validation: checks a record, or the records of an archive, against the
 * field constraints of the model, the record-level rules and the rules across records, with the
 * figures of a charter, and returns one {@link ValidationReport}.
 *
 * <pre>{@code
 * ValidationReport report = GovernanceValidator.standard().validate(record);
 * if (report.hasErrors()) {
 *   report.findings(Severity.ERROR).forEach(f -> System.err.println(f.line(Locale.forLanguageTag("vi"))));
 * }
 * }</pre>
 *
 * <p>The checks are the field constraints the model declares as Jakarta Validation annotations and
 * the record's rules ({@code @ConformsToCharter}). A host application's own Jakarta validator
 * (Hibernate Validator) enforces the same field constraints and the rules' errors from the same
 * annotations; this validator checks them directly, without a Jakarta engine's bootstrap and
 * generic walk, and reports warnings and "not checked" outcomes too. Messages are rendered without
 * Expression Language, in Vietnamese and English, when first read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GovernanceValidator {
  private static final class Standard {
    static final GovernanceValidator INSTANCE = new GovernanceValidator(Charter.modelCharter());
  }

  private final Charter charter;

  private GovernanceValidator(Charter charter) {
    this.charter = charter;
  }

  /**
   * The validator with the model charter ({@link Charter#modelCharter()}), whose figures are
   * assumed.
   *
   * @return the validator, not null
   */
  public static GovernanceValidator standard() {
    return Standard.INSTANCE;
  }

  /**
   * A validator with an organisation's own charter.
   *
   * @param charter the charter, not null
   * @return the validator, not null
   */
  public static GovernanceValidator of(Charter charter) {
    Objects.requireNonNull(charter, "charter");
    return charter.equals(Charter.modelCharter()) ? standard() : new GovernanceValidator(charter);
  }

  /**
   * The charter the rules are checked against.
   *
   * @return the charter, not null
   */
  public Charter getCharter() {
    return charter;
  }

  /**
   * Validates one record: its field constraints and record-level rules.
   *
   * @param record the record, not null
   * @return the report, not null
   */
  public ValidationReport validate(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    return ValidationReport.of(Engines.STANDARD.check(record, charter));
  }

  /**
   * Validates the records of an archive: each record, then the rules across records (no overlapping
   * terms, meeting cadence, a report for every quarter, one meaning per identifier). A record's
   * findings are under {@code /i}, its position in the archive.
   *
   * @param records the records, not null, no null element
   * @return the report, not null
   */
  public ValidationReport validateAll(Iterable<MeetingRecord> records) {
    Objects.requireNonNull(records, "records");
    ArchiveValidation archive = startArchive();
    List<Finding> findings = new ArrayList<>();
    long i = 0;
    for (MeetingRecord record : records) {
      for (Finding finding : archive.add(record).getFindings()) {
        findings.add(finding.inRecord(i));
      }
      i++;
    }
    findings.addAll(archive.finish().getFindings());
    return ValidationReport.of(findings);
  }

  /**
   * Starts validating an archive that arrives as a stream: {@link ArchiveValidation#add} checks
   * each record as it passes and remembers only what the rules across records need, so memory does
   * not grow with the records' size.
   *
   * @return the archive's validation, not null; not thread-safe
   */
  public ArchiveValidation startArchive() {
    return new ArchiveValidation(charter);
  }
}
