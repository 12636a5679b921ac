/**
 * The governance records of Vietnamese mass organisations: the model, the charter that
 * parameterises its rules, and the validator.
 *
 * <pre>{@code
 * MeetingRecord record = MeetingRecord.builder()...build();
 * ValidationReport report = GovernanceValidator.standard().validate(record);
 * report.findings().forEach(f -> System.out.println(f.line(Locale.forLanguageTag("vi"))));
 * }</pre>
 */
module vn.massorg.governance.core {
  requires static org.immutables.value;
  // Compile time only: the encodings of the model's List, Set, Map and Optional attributes
  // (their *Enabled annotations on ModelStyle); their code is copied into the generated classes.
  requires static vn.massorg.governance.encoding;
  requires static org.immutables.encode;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports vn.massorg.governance.model;
  exports vn.massorg.governance.charter;
  exports vn.massorg.governance.validation;

  opens vn.massorg.governance.model to
      org.hibernate.validator;
  opens vn.massorg.governance.validation.rules to
      org.hibernate.validator;

  // The validation API finds the rule engine as a service, so that it does not depend on the
  // engine's package, which depends on it (docs/design/packages.md).
  uses vn.massorg.governance.validation.RuleEngine;

  provides vn.massorg.governance.validation.RuleEngine with
      vn.massorg.governance.validation.rules.StandardRuleEngine;
  provides jakarta.validation.ConstraintValidator with
      vn.massorg.governance.validation.rules.ConformsToCharterValidator;
}
