package vn.massorg.governance.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list attribute that always has at least one element (không được rỗng): the type's check
 * enforces it at construction, and the exchange format therefore requires the member.
 *
 * <p>It is not a Jakarta constraint: a record with the list empty cannot be built, so a host
 * application's validator would never see one. It is the declaration the format's generator reads,
 * so that the reader, the writer and the schema require the member without a second list of names.
 *
 * <pre>{@code
 * @NonEmpty
 * public abstract List<ReportStatus> getStatusHistory();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NonEmpty {}
