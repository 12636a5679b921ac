package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.massorg.governance.model.MeetingRecord;

/**
 * Assertions of the rule tests: what a change to a valid record adds to its report, compared
 * finding by finding, and that every finding speaks both languages.
 */
final class RuleAssert {
  static final GovernanceValidator STANDARD = GovernanceValidator.standard();
  static final Locale VI = Locale.forLanguageTag("vi");

  private RuleAssert() {}

  /**
   * The findings of the changed record that the original does not have (same code, severity, path).
   */
  static List<Finding> added(
      GovernanceValidator validator, MeetingRecord base, MeetingRecord changed) {
    return added(validator.validate(base), validator.validate(changed));
  }

  static List<Finding> added(ValidationReport base, ValidationReport changed) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : changed.getFindings()) {
      boolean known =
          base.getFindings().stream()
              .anyMatch(
                  b ->
                      b.getCode().equals(f.getCode())
                          && b.getSeverity() == f.getSeverity()
                          && b.getPath().equals(f.getPath()));
      if (!known) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Asserts that the change adds exactly one finding, of the rule, severity and path, with a
   * message in both languages, and returns it.
   */
  static Finding onlyNew(
      MeetingRecord base, MeetingRecord changed, Rule rule, Severity severity, String path) {
    return onlyNew(STANDARD, base, changed, rule, severity, path);
  }

  static Finding onlyNew(
      GovernanceValidator validator,
      MeetingRecord base,
      MeetingRecord changed,
      Rule rule,
      Severity severity,
      String path) {
    List<Finding> added = added(validator, base, changed);
    assertThat(added).as("new findings of %s", rule).hasSize(1);
    Finding f = added.get(0);
    assertThat(f.getCode()).isEqualTo(rule.getCode());
    assertThat(f.getSeverity()).isEqualTo(severity);
    assertThat(f.getPath()).isEqualTo(path);
    assertBilingual(f);
    return f;
  }

  /** Asserts that the message is there in Vietnamese and English, and that they differ. */
  static void assertBilingual(Finding f) {
    String vi = f.getMessage().in(VI);
    String en = f.getMessage().in(Locale.ENGLISH);
    assertThat(vi).as("Vietnamese message of %s", f.getCode()).isNotBlank();
    assertThat(en).as("English message of %s", f.getCode()).isNotBlank().isNotEqualTo(vi);
    assertThat(f.getMessage().getEn()).isPresent();
    assertThat(vi + en).as("no placeholder left in %s", f).doesNotContainPattern("\\{[a-zA-Z]+\\}");
    assertThat(f.getSource().getCitation().getVi()).isNotBlank();
    Rule rule = Rule.fromCode(f.getCode());
    // The one rule of two sources: a congress's quorum is the law's, other quorums the charter's.
    if (rule == Rule.MEETING_QUORUM) {
      assertThat(f.getSource().getLayer()).isIn(RuleLayer.CHARTER, RuleLayer.LAW);
    } else {
      assertThat(f.getSource().getLayer()).isEqualTo(rule.getLayer());
    }
  }

  /** The citation in English, for assertions that a rule names its source. */
  static String citation(Finding f) {
    return f.getSource().getCitation().in(Locale.ENGLISH);
  }
}
