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
 * engine: governance-core registers it with Jakarta Validation's service loader
 * ({@code META-INF/services/jakarta.validation.ConstraintValidator}). A host application's plain
 * validator therefore checks it with the default charter and reports the rules' errors; the
 * library's own validator reports warnings and "not checked" outcomes as well, against the
 * charter it is given.
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
