/**
 * The rule engine behind {@link vn.massorg.governance.validation.GovernanceValidator}: the model's
 * field constraints checked directly ({@code FieldRules}), the record-level rules, the rules across
 * records, the message templates, and the Jakarta constraint validator that runs the record rules
 * for a host application's Hibernate Validator. Not exported: its classes may change.
 *
 * <p>Depends on: the model, the charter, the validation API (its findings, rules and {@link
 * vn.massorg.governance.validation.RuleEngine}, which {@code StandardRuleEngine} provides);
 * Hibernate Validator only in {@code ConformsToCharterValidator}, which host applications'
 * validators load. Must not depend on: Jackson or any JSON library.
 */
package vn.massorg.governance.validation.rules;
