package vn.massorg.governance.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The record follows the rules of the law, the Party regulations and the organisation's charter:
 * the record-level rules of {@code vn.massorg.governance.validation}.
 *
 * <p>The constraint names no validator here, so that the model does not depend on the validation
 * engine: governance-core registers it with Jakarta Validation's service loader ({@code
 * META-INF/services/jakarta.validation.ConstraintValidator}). A host application's plain validator
 * therefore checks it and reports the rules' errors, against the model charter or the host's own
 * charter given as Hibernate Validator's constraint validator payload. The library's own validator
 * does not use this constraint: it runs the same rules directly, and reports warnings and "not
 * checked" outcomes as well, against the charter it is given.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConformsToCharter {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{vn.massorg.governance.record}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
