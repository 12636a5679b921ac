/**
 * The command line ({@link vn.massorg.governance.cli.GovernanceCli}): shows the seed meeting as a
 * readable account in Vietnamese or English, or as JSON, and validates records read from JSON
 * documents and JSON Lines archives, printing one line per finding or a JSON report, with exit
 * status 0 (no errors), 1 (a record has errors) or 2 (unreadable input or a wrong command line).
 *
 * <p>Depends on: the examples, the public API of the model, the validation and the JSON module
 * ({@code vn.massorg.governance.json.GovernanceJson}). Must not depend on: the internals of
 * those modules ({@code vn.massorg.governance.validation.rules}, Jackson). Nothing depends on it.
 */
package vn.massorg.governance.cli;
