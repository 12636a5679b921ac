package vn.massorg.governance.validation.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.ConformsToCharter;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.Severity;

/**
 * Checks {@link ConformsToCharter} on a {@link MeetingRecord} for a host application's Jakarta
 * validator (Hibernate Validator), found through the service loader.
 *
 * <p>The rules are those the library's own validator runs. The model charter applies, unless the
 * host passes its organisation's {@link Charter} as Hibernate Validator's constraint validator
 * payload. Only errors become violations: a Jakarta violation means "invalid", which warnings and
 * "not checked" outcomes do not.
 */
public final class ConformsToCharterValidator
    implements ConstraintValidator<ConformsToCharter, MeetingRecord> {

  @Override
  public boolean isValid(MeetingRecord record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    Charter charter = hibernate.getConstraintValidatorPayload(Charter.class);
    List<Finding> findings =
        RecordRules.check(record, charter != null ? charter : Charter.modelCharter());
    boolean valid = true;
    for (Finding finding : findings) {
      if (finding.getSeverity() != Severity.ERROR) {
        continue;
      }
      if (valid) {
        context.disableDefaultConstraintViolation();
        valid = false;
      }
      for (Map.Entry<String, String> argument : finding.getArguments().entrySet()) {
        hibernate.addMessageParameter(argument.getKey(), argument.getValue());
      }
      String key =
          Rule.fromCode(finding.getCode()).messageKey(finding.getSeverity(), Messages::has);
      addPath(
          hibernate.buildConstraintViolationWithTemplate("{" + key + "}"),
          finding.getPathSegments());
    }
    return valid;
  }

  /** Turns a JSON Pointer into Jakarta Validation nodes, so a host sees {@code meeting.chairId}. */
  private static void addPath(ConstraintViolationBuilder builder, List<String> segments) {
    if (segments.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    Object cursor = builder;
    Integer index = null;
    for (String segment : segments) {
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        index = Integer.valueOf(segment);
        continue;
      }
      ConstraintViolationBuilder.NodeBuilderCustomizableContext node = property(cursor, segment);
      cursor = index == null ? node : node.inIterable().atIndex(index);
      index = null;
    }
    if (index != null) {
      ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext leaf = bean(cursor);
      leaf.inIterable().atIndex(index).addConstraintViolation();
      return;
    }
    if (cursor instanceof ConstraintViolationBuilder.NodeBuilderCustomizableContext node) {
      node.addConstraintViolation();
    } else {
      ((ConstraintViolationBuilder.NodeBuilderDefinedContext) cursor).addConstraintViolation();
    }
  }

  private static ConstraintViolationBuilder.NodeBuilderCustomizableContext property(
      Object cursor, String name) {
    if (cursor instanceof ConstraintViolationBuilder builder) {
      return builder.addPropertyNode(name);
    }
    if (cursor instanceof ConstraintViolationBuilder.NodeBuilderCustomizableContext node) {
      return node.addPropertyNode(name);
    }
    return ((ConstraintViolationBuilder.NodeBuilderDefinedContext) cursor).addPropertyNode(name);
  }

  private static ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext bean(Object cursor) {
    if (cursor instanceof ConstraintViolationBuilder builder) {
      return builder.addBeanNode();
    }
    if (cursor instanceof ConstraintViolationBuilder.NodeBuilderCustomizableContext node) {
      return node.addBeanNode();
    }
    return ((ConstraintViolationBuilder.NodeBuilderDefinedContext) cursor).addBeanNode();
  }
}
