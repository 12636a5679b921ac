package vn.massorg.governance.validation;

import java.util.List;
import java.util.Objects;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.MeetingRecord;

/**
 * The validation of an archive that arrives one record at a time, from {@link
 * GovernanceValidator#startArchive()}.
 *
 * <pre>{@code
 * ArchiveValidation archive = GovernanceValidator.standard().startArchive();
 * for (MeetingRecord record : records) {
 *   ValidationReport own = archive.add(record);   // the record's own findings
 * }
 * ValidationReport across = archive.finish();     // the rules across records, paths under /i
 * }</pre>
 *
 * <p>It keeps per record only a summary (its organisation, term, body, date and reports' periods),
 * so memory grows with the number of terms, bodies and years, not with the records' size; and a
 * 64-bit fingerprint of each meeting and of each body's meeting day, which find a meeting recorded
 * twice at 16 to 32 bytes a meeting. This class is not thread-safe: feed it from one thread.
 */
public final class ArchiveValidation {
  private final Charter charter;
  private final RuleEngine.Archive rules;
  private boolean finished;

  ArchiveValidation(Charter charter) {
    this.charter = charter;
    this.rules = Engines.STANDARD.startArchive(charter);
  }

  /**
   * Validates the next record, checks it against the records before it, and remembers what the
   * rules across records need.
   *
   * @param record the record, not null
   * @return the record's own findings, and what it contradicts or repeats of an earlier record
   *     ({@code archive.conflict}, {@code archive.duplicate-meeting}, {@code
   *     archive.same-day-meeting}, naming the earlier record in the argument {@code first}), with
   *     paths within the record, not null
   * @throws IllegalStateException after {@link #finish()}
   */
  public ValidationReport add(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    if (finished) {
      throw new IllegalStateException("the archive's validation is finished");
    }
    // The same check as GovernanceValidator.validate with this archive's charter.
    return add(record, ValidationReport.of(Engines.STANDARD.check(record, charter)));
  }

  /**
   * Adds a record whose own validation was done elsewhere, with this archive's validator, for
   * instance on another thread: only the rules across records run here, in the order records are
   * added. Reading an archive with several threads validates each record where it is read and adds
   * them here in input order; the result is that of {@link #add(MeetingRecord)}.
   *
   * <pre>{@code
   * ValidationReport own = validator.validate(record);   // on any thread
   * ValidationReport all = archive.add(record, own);      // in order, on one thread
   * }</pre>
   *
   * @param record the next record, not null
   * @param own the record's own report, from {@code validate(record)} of the validator that started
   *     this archive (the same charter), not null
   * @return the record's own findings, then what it contradicts or repeats of an earlier record,
   *     not null
   * @throws IllegalStateException after {@link #finish()}
   */
  public ValidationReport add(MeetingRecord record, ValidationReport own) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(own, "own");
    if (finished) {
      throw new IllegalStateException("the archive's validation is finished");
    }
    List<Finding> across = rules.add(record);
    return across.isEmpty() ? own : own.and(ValidationReport.of(across));
  }

  /**
   * Checks the rules across the records added.
   *
   * @return the findings across records, with paths under {@code /i}, the record's position
   */
  public ValidationReport finish() {
    finished = true;
    return ValidationReport.of(rules.finish());
  }

  /**
   * How many records were added.
   *
   * @return the count
   */
  public long count() {
    return rules.count();
  }
}
