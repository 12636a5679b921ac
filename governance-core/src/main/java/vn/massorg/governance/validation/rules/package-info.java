/**
 * The rule engine behind {@link vn.massorg.governance.validation.GovernanceValidator}: the
 * record-level rules, the rules across records, the Jakarta constraint validator that runs them
 * for any Hibernate Validator, and the message templates. Not exported: its classes may change.
 *
 * <p>Depends on: the model, the charter, the validation API, Hibernate Validator.
 * Must not depend on: Jackson or any JSON library.
 */
package vn.massorg.governance.validation.rules;
