/**
 * The command line ({@link vn.massorg.governance.cli.GovernanceCli}): shows the seed meeting as a
 * readable account in Vietnamese or English, or as JSON, and validates records read from JSON
 * documents and JSON Lines archives, printing one line per finding or a JSON report, with exit
 * status 0 (no errors), 1 (a record has errors) or 2 (unreadable input or a wrong command line).
 *
 * <p>Depends on: the examples, the public API of the model, the validation and the JSON module
 * ({@code vn.massorg.governance.json.GovernanceJson}, which writes every record, report and
 * finding), and Jackson's streaming API for the envelope of the JSON report and for indenting the
 * library's compact JSON. Must not depend on: the internals of those modules ({@code
 * vn.massorg.governance.validation.rules}), Jackson's data binding (the one JSON setup is the
 * library's). Nothing depends on it.
 */
package vn.massorg.governance.cli;
