package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.charter.ImmutableCharter;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.testing.GeneratorsTestAccess;
import vn.massorg.governance.testing.Records;
import vn.massorg.governance.testing.RuleMutations;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.Severity;

/**
 * A host application's own default Jakarta validator (Hibernate Validator with Expressly, as Spring
 * would build it) sees the same field errors as the library, and the record rules' errors, at the
 * same places; warnings and "not checked" outcomes are not violations.
 */
class HostValidatorTest {
  private static ValidatorFactory factory;
  private static Validator host;
  private static final GovernanceValidator LIBRARY = GovernanceValidator.standard();

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    host = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  /** A Jakarta property path as a JSON Pointer: people[0].familyName is /people/0/familyName. */
  static String pointer(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        out.append('/').append(node.getIndex());
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        out.append('/').append(name);
      }
    }
    return out.toString();
  }

  static Set<String> hostErrors(MeetingRecord r) {
    Set<ConstraintViolation<MeetingRecord>> violations = host.validate(r);
    for (ConstraintViolation<MeetingRecord> v : violations) {
      assertThat(v.getMessage())
          .as("interpolated message of %s", v.getPropertyPath())
          .isNotBlank()
          .doesNotContain("{");
    }
    return violations.stream()
        .map(v -> pointer(v.getPropertyPath()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> libraryErrors(MeetingRecord r) {
    return LIBRARY.validate(r).findings(Severity.ERROR).stream()
        .map(Finding::getPath)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  @DisplayName("a valid record and the seed-like record have no violation for the host")
  void validRecords() {
    assertThat(host.validate(Records.complete())).isEmpty();
    assertThat(host.validate(Records.seedLike())).isEmpty();
    for (MeetingRecord r : GeneratorsTestAccess.sample(Generators.validRecords(), 100)) {
      assertThat(host.validate(r)).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "every broken field of the constraint table: the host reports what the library reports")
  void fieldErrors() {
    for (Map.Entry<String, MeetingRecord> e : ConstraintCoverageTest.brokenRecords().entrySet()) {
      Set<String> library = libraryErrors(e.getValue());
      assertThat(library).as(e.getKey()).isNotEmpty();
      assertThat(hostErrors(e.getValue())).as(e.getKey()).isEqualTo(library);
    }
  }

  @Test
  @DisplayName("every record rule's error reaches the host at its path; warnings do not")
  void ruleErrors() {
    for (Rule rule : RuleMutations.recordRules()) {
      MeetingRecord broken = RuleMutations.breakRecord(rule, Records.complete());
      Set<String> host = hostErrors(broken);
      assertThat(host).as(rule.toString()).isEqualTo(libraryErrors(broken));
      if (RuleMutations.severity(rule) != Severity.ERROR) {
        assertThat(host).as(rule.toString()).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("a host passes its own charter as the validator payload and sees its rules' errors")
  void hostCharter() {
    MeetingRecord record = Records.complete();
    java.util.Map<BodyKind, Threshold> everyone = new java.util.HashMap<>();
    Charter.modelCharter()
        .getQuorum()
        .keySet()
        .forEach(kind -> everyone.put(kind, Threshold.atLeast(1, 1)));
    Charter strict = ImmutableCharter.copyOf(Charter.modelCharter()).withQuorum(everyone);
    Set<String> library =
        GovernanceValidator.of(strict).validate(record).findings(Severity.ERROR).stream()
            .filter(f -> f.getCode().equals(Rule.MEETING_QUORUM.getCode()))
            .map(Finding::getPath)
            .collect(Collectors.toCollection(TreeSet::new));
    // The complete record has absentees: only a charter that wants everyone makes it inquorate.
    assertThat(library).containsExactly("/meeting/attendance");
    assertThat(hostErrors(record)).isEmpty();
    Validator withCharter =
        factory
            .unwrap(org.hibernate.validator.HibernateValidatorFactory.class)
            .usingContext()
            .constraintValidatorPayload(strict)
            .getValidator();
    assertThat(withCharter.validate(record))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getPropertyPath().toString()).isEqualTo("meeting.attendance");
              assertThat(v.getMessageTemplate())
                  .isEqualTo("{vn.massorg.governance.meeting.quorum}");
            });
  }

  @Test
  @DisplayName("the host sees a rule error with a Jakarta property path and the library's message")
  void ruleViolationShape() {
    MeetingRecord broken =
        Edits.meeting(Records.complete(), m -> m.withRecorderId("person.khong-co"));
    assertThat(host.validate(broken))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getPropertyPath().toString()).isEqualTo("meeting.recorderId");
              assertThat(v.getMessageTemplate())
                  .isEqualTo("{vn.massorg.governance.reference.person}");
              assertThat(v.getMessage()).contains("person.khong-co");
              assertThat(v.getConstraintDescriptor().getAnnotation())
                  .isInstanceOf(ConformsToCharter.class);
            });
    MeetingRecord nested =
        RuleMutations.breakRecord(Rule.REPORT_PRESENTED_STATUS, Records.complete());
    assertThat(host.validate(nested))
        .singleElement()
        .satisfies(
            v -> assertThat(v.getPropertyPath().toString()).isEqualTo("reports[0].statusHistory"));
  }
}
