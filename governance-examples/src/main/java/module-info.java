/**
 * The seed meeting recreated with the library's public API, and the command line that shows it and
 * validates records read from JSON files.
 *
 * <pre>{@code
 * MeetingRecord record = HaiPhongStandingCommitteeQ3_2020.record();
 * ValidationReport report = GovernanceValidator.standard().validate(record);
 * }</pre>
 *
 * <p>Run as {@code java -jar governance-examples/target/governance-examples.jar --help}.
 */
module vn.massorg.governance.examples {
  requires transitive vn.massorg.governance.core;
  requires vn.massorg.governance.json;
  // The streaming generator for the envelope of `validate --format json` and for indenting.
  requires com.fasterxml.jackson.core;
  requires java.logging;

  exports vn.massorg.governance.examples;
  exports vn.massorg.governance.cli;
}
