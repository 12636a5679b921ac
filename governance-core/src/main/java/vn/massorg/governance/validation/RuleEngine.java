package vn.massorg.governance.validation;

import java.util.List;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.MeetingRecord;

/**
 * The rules as {@link GovernanceValidator} runs them. The library's rule engine, in its internal
 * package {@code validation.rules}, implements it and is found through the service loader, so that
 * this package, whose types the engine reports with, does not depend on the engine in return
 * (docs/design/packages.md). Applications call {@link GovernanceValidator}; they neither implement
 * nor call this interface, and the validator ignores an implementation outside this library.
 */
public interface RuleEngine {
  /**
   * Checks a record's field constraints, then its record-level rules.
   *
   * @param record the record, not null
   * @param charter the charter, not null
   * @return the findings: those of the field constraints first, in the model's order, then those of
   *     the record-level rules; not null
   */
  List<Finding> check(MeetingRecord record, Charter charter);

  /**
   * Starts the rules across the records of an archive.
   *
   * @param charter the charter, not null
   * @return the archive's rules, not null; not thread-safe
   */
  Archive startArchive(Charter charter);

  /** The rules across the records of an archive, fed one record at a time. */
  interface Archive {
    /**
     * Remembers what the rules across records need of a record, and checks it against the records
     * before it.
     *
     * @param record the record, not null
     * @return what the record contradicts or repeats of earlier records, with paths within the
     *     record, not null
     */
    List<Finding> add(MeetingRecord record);

    /**
     * Checks the rules that need every record.
     *
     * @return the findings, with paths under {@code /i}, the record's position; not null
     */
    List<Finding> finish();

    /**
     * How many records were added.
     *
     * @return the count
     */
    long count();
  }
}
