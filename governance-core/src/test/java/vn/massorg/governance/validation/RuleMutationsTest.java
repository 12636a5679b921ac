package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static vn.massorg.governance.validation.RuleAssert.STANDARD;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.generators.Generate;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.testing.Records;
import vn.massorg.governance.testing.RuleMutations;

/**
 * Rule mutation: each rule, broken on purpose in a valid record, is reported, and only it. A rule
 * that cannot fire, or that fires for the wrong break, fails here.
 */
class RuleMutationsTest {

  static void assertBreaksOnly(Rule rule, MeetingRecord valid) {
    ValidationReport base = STANDARD.validate(valid);
    ValidationReport after = STANDARD.validate(RuleMutations.breakRecord(rule, valid));
    List<Finding> added = RuleAssert.added(base, after);
    Set<String> allowed = new HashSet<>();
    allowed.add(rule.getCode());
    RuleMutations.implied(rule).forEach(r -> allowed.add(r.getCode()));
    assertThat(added)
        .as("new findings after breaking %s:%n%s", rule, after)
        .allSatisfy(f -> assertThat(allowed).contains(f.getCode()))
        .anySatisfy(
            f -> {
              assertThat(f.getCode()).isEqualTo(rule.getCode());
              assertThat(f.getSeverity()).isEqualTo(RuleMutations.severity(rule));
            });
    added.forEach(RuleAssert::assertBilingual);
  }

  static void assertArchiveBreaksOnly(Rule rule, MeetingRecord valid) {
    assertThat(STANDARD.validateAll(List.of(valid)).getFindings()).isEmpty();
    ValidationReport after = STANDARD.validateAll(RuleMutations.breakArchive(rule, valid));
    assertThat(after.getFindings())
        .as("findings after breaking %s:%n%s", rule, after)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.getCode()).isEqualTo(rule.getCode());
              assertThat(f.getSeverity()).isEqualTo(RuleMutations.severity(rule));
              RuleAssert.assertBilingual(f);
            });
  }

  @Test
  @DisplayName(
      "every Rule constant, the field constraints and archive rules included, has a mutation")
  void everyRuleHasAMutation() {
    assertThat(RuleMutations.registered()).containsExactlyInAnyOrder(Rule.values());
    assertThat(RuleMutations.archiveRules()).allMatch(r -> r.getCode().startsWith("archive."));
    assertThat(RuleMutations.recordRules()).noneMatch(r -> r.getCode().startsWith("archive."));
  }

  @ParameterizedTest(name = "{0} breaks alone in the hand-built complete record")
  @EnumSource(Rule.class)
  void breaksAloneInCompleteRecord(Rule rule) {
    if (RuleMutations.archiveRules().contains(rule)) {
      assertArchiveBreaksOnly(rule, Records.complete());
    } else {
      assertBreaksOnly(rule, Records.complete());
    }
  }

  @Test
  @DisplayName("property: a record rule broken in a generated complete record is reported, alone")
  void recordRulesOverGeneratedRecords() {
    List<Rule> rules = new ArrayList<>(RuleMutations.recordRules());
    rules.sort(null);
    qt().withExamples(Generators.examples())
        .forAll(Generators.completeRecords(), Generate.pick(rules))
        .checkAssert((record, rule) -> assertBreaksOnly(rule, record));
  }

  @Test
  @DisplayName(
      "property: an archive rule broken from a generated complete record is reported, alone")
  void archiveRulesOverGeneratedRecords() {
    List<Rule> rules = new ArrayList<>(RuleMutations.archiveRules());
    rules.sort(null);
    qt().withExamples(Math.max(100, Generators.examples() / 4))
        .forAll(Generators.completeRecords(), Generate.pick(rules))
        .checkAssert((record, rule) -> assertArchiveBreaksOnly(rule, record));
  }

  @Test
  @DisplayName("the property draws every record rule (no rule is left to the luck of the draw)")
  void everyRuleDrawn() {
    List<Rule> rules = new ArrayList<>(RuleMutations.recordRules());
    rules.sort(null);
    Set<Rule> drawn =
        vn.massorg.governance.testing.GeneratorsTestAccess.sample(Generate.pick(rules), 2000)
            .stream()
            .collect(Collectors.toSet());
    assertThat(drawn).isEqualTo(RuleMutations.recordRules());
  }
}
