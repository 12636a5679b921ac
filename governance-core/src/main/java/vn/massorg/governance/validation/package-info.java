/**
 * Validation of records against the field constraints of the model, the record-level rules and the
 * rules across records, parameterised by a {@link vn.massorg.governance.charter.Charter}. {@link
 * vn.massorg.governance.validation.GovernanceValidator} is the one entry point; every outcome is a
 * {@link vn.massorg.governance.validation.Finding} with a stable {@link
 * vn.massorg.governance.validation.Rule} code, a {@link vn.massorg.governance.validation.Severity}
 * (error, warning, not checked), a JSON Pointer, a message in Vietnamese and English and the rule's
 * source.
 *
 * <p>Depends on: the model, the charter and the rule engine ({@code validation.rules}). Must not
 * depend on: a Jakarta Validation engine (the library validates without one; only host applications
 * run Hibernate Validator), Jackson or any JSON library, the command line.
 */
package vn.massorg.governance.validation;
