package vn.massorg.governance.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library's value types (the model and the charter).
 *
 * <p>Accessors are {@code getX()}/{@code isX()} because a host application's Hibernate Validator
 * only sees constraints on JavaBeans getters; builders keep the bare names
 * ({@code .title(...)}), which are also the names in the JSON form and in finding paths.
 * A null or a missing attribute fails with {@link InvalidRecordException}, which names it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jakarta = true,
    depluralize = true,
    // Only where English plurals are irregular: "agenda", "context" and the like keep their
    // names (addAgenda, addContext), which is what a reader of the domain expects.
    depluralizeDictionary = {"person:people"},
    throwForNullPointer = InvalidRecordException.class,
    throwForInvalidImmutableState = InvalidRecordException.class,
    optionalAcceptNullable = false,
    headerComments = false,
    // Only @Override: org.immutables.value.Generated on generated classes makes javac warn in
    // every module that compiles against the model without Immutables on its class path.
    allowedClasspathAnnotations = {Override.class},
    // Hash codes computed on first use, not at construction: most records are read, checked
    // and written without ever being hashed.
    defaults = @Value.Immutable(copy = true, lazyhash = true))
public @interface ModelStyle {}
