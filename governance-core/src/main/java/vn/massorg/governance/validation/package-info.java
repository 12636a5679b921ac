/**
 * Validation of records against the field constraints of the model, the record-level rules and the
 * rules across records, parameterised by a {@link vn.massorg.governance.charter.Charter}. {@link
 * vn.massorg.governance.validation.GovernanceValidator} is the one entry point; every outcome is a
 * {@link vn.massorg.governance.validation.Finding} with a stable {@link
 * vn.massorg.governance.validation.Rule} code, a {@link vn.massorg.governance.validation.Severity}
 * (error, warning, not checked), a JSON Pointer, a message in Vietnamese and English and the rule's
 * source.
 *
 * <p>Depends on: the model and the charter. Must not depend on: the rule engine ({@code
 * validation.rules}, which depends on this package and is found through the service loader as a
 * {@link vn.massorg.governance.validation.RuleEngine}), a Jakarta Validation engine (the library
 * validates without one; only host applications run Hibernate Validator), Jackson or any JSON
 * library, the command line.
 */
package vn.massorg.governance.validation;
