package vn.massorg.governance.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.rules.ArchiveRules;
import vn.massorg.governance.validation.rules.Messages;
import vn.massorg.governance.validation.rules.Pointer;

/**
 * The one entry point of validation: checks a record, or the records of an archive, against the
 * field constraints of the model, the record-level rules and the rules across records, with the
 * figures of a charter, and returns one {@link ValidationReport}.
 *
 * <pre>{@code
 * ValidationReport report = GovernanceValidator.standard().validate(record);
 * if (report.hasErrors()) {
 *   report.findings(Severity.ERROR).forEach(f -> System.err.println(f.line(Locale.forLanguageTag("vi"))));
 * }
 * }</pre>
 *
 * <p>The engine is Hibernate Validator, the same one a host application's Jakarta validator
 * runs, bootstrapped once with an interpolator that needs no Expression Language: the library
 * renders its messages itself, in Vietnamese and English, from plain {@code {name}} templates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GovernanceValidator {
  /** Built on first use, once per class loader: the expensive part of validation's start-up. */
  private static final class Engine {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new TemplateOnly())
        .buildValidatorFactory();
  }

  private static final class Standard {
    static final GovernanceValidator INSTANCE = new GovernanceValidator(Charter.modelCharter());
  }

  /** Leaves templates as they are: the library renders its own messages in both languages. */
  private static final class TemplateOnly implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }

  private final Charter charter;
  private final Validator validator;

  private GovernanceValidator(Charter charter) {
    this.charter = charter;
    this.validator = Engine.FACTORY.unwrap(HibernateValidatorFactory.class)
        .usingContext()
        .constraintValidatorPayload(charter)
        .getValidator();
  }

  /**
   * The validator with the model charter ({@link Charter#modelCharter()}), whose figures are
   * assumed.
   *
   * @return the validator, not null
   */
  public static GovernanceValidator standard() {
    return Standard.INSTANCE;
  }

  /**
   * A validator with an organisation's own charter.
   *
   * @param charter the charter, not null
   * @return the validator, not null
   */
  public static GovernanceValidator of(Charter charter) {
    Objects.requireNonNull(charter, "charter");
    return charter.equals(Charter.modelCharter()) ? standard() : new GovernanceValidator(charter);
  }

  /**
   * The charter the rules are checked against.
   *
   * @return the charter, not null
   */
  public Charter getCharter() {
    return charter;
  }

  /**
   * Validates one record: its field constraints and record-level rules.
   *
   * @param record the record, not null
   * @return the report, not null
   */
  public ValidationReport validate(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    Set<ConstraintViolation<MeetingRecord>> violations = validator.validate(record);
    if (violations.isEmpty()) {
      return ValidationReport.empty();
    }
    List<Finding> findings = new ArrayList<>(violations.size());
    for (ConstraintViolation<MeetingRecord> violation : violations) {
      findings.add(toFinding(violation));
    }
    return ValidationReport.of(findings);
  }

  /**
   * Validates the records of an archive: each record, then the rules across records (no
   * overlapping terms, meeting cadence, a report for every quarter, one meaning per identifier).
   * A record's findings are under {@code /i}, its position in the archive.
   *
   * @param records the records, not null, no null element
   * @return the report, not null
   */
  public ValidationReport validateAll(Iterable<MeetingRecord> records) {
    Objects.requireNonNull(records, "records");
    ArchiveValidation archive = startArchive();
    List<Finding> findings = new ArrayList<>();
    int i = 0;
    for (MeetingRecord record : records) {
      String prefix = "/" + i++;
      for (Finding finding : archive.add(record).getFindings()) {
        findings.add(finding.under(prefix));
      }
    }
    findings.addAll(archive.finish().getFindings());
    return ValidationReport.of(findings);
  }

  /**
   * Starts validating an archive that arrives as a stream: {@link ArchiveValidation#add} checks
   * each record as it passes and remembers only what the rules across records need, so memory
   * does not grow with the records' size.
   *
   * @return the archive's validation, not null; not thread-safe
   */
  public ArchiveValidation startArchive() {
    return new ArchiveValidation(this, new ArchiveRules(charter));
  }

  private static Finding toFinding(ConstraintViolation<MeetingRecord> violation) {
    HibernateConstraintViolation<?> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    Finding dynamic = hibernate.getDynamicPayload(Finding.class);
    if (dynamic != null) {
      return dynamic;
    }
    // Field constraints name their message as {vn.massorg.governance.<code>}: the code is the key.
    String template = violation.getMessageTemplate();
    String key = template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1) : "";
    String code = key.startsWith(Rule.MESSAGE_PREFIX) ? key.substring(Rule.MESSAGE_PREFIX.length())
        : violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    Map<String, String> args = arguments(violation.getConstraintDescriptor(),
        violation.getInvalidValue());
    // A host's validator renders the annotation's template, which cannot show the value; the
    // library's finding prefers the form of the message that does.
    String rendered = Messages.has(key + ".value") ? key + ".value"
        : Messages.has(key) ? key : Rule.MESSAGE_PREFIX + "field";
    return Finding.of(code, Severity.ERROR, Pointer.of(violation.getPropertyPath()),
        Messages.render(rendered, args), RuleSource.of(RuleLayer.FIELD, RuleLayer.FIELD.getLabel()),
        args);
  }

  private static Map<String, String> arguments(ConstraintDescriptor<?> descriptor,
      Object invalid) {
    Map<String, String> args = new LinkedHashMap<>();
    for (Map.Entry<String, Object> attribute : descriptor.getAttributes().entrySet()) {
      String name = attribute.getKey();
      if (name.equals("min") || name.equals("max") || name.equals("value")
          || name.equals("regexp")) {
        args.put(name, String.valueOf(attribute.getValue()));
      }
    }
    String shown = String.valueOf(invalid);
    args.put("invalid", shown.length() <= 60 ? shown : shown.substring(0, 57) + "...");
    return args;
  }
}
