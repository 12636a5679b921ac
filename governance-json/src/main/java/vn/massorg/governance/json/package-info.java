/**
 * The JSON exchange format of the governance records: {@link
 * vn.massorg.governance.json.GovernanceJson}, the one facade that reads (strict or lenient),
 * validates, writes, canonicalises and digests meeting records and streams JSON Lines archives;
 * {@link vn.massorg.governance.json.GovernanceJsonException}, its one error type; and {@link
 * vn.massorg.governance.json.GovernanceModule}, the Jackson module of the whole model. The JSON
 * Schema of the format is the resource {@code meeting-record.schema.json} of this package.
 *
 * <p>The format is described, with its reasons, in {@code docs/design/json-format.md}.
 *
 * <p>Depends on: the model and the validation API of governance-core, Jackson (core and databind).
 * Must not depend on: the validation engine's internals ({@code
 * vn.massorg.governance.validation.rules}), any command line or application code.
 */
package vn.massorg.governance.json;
