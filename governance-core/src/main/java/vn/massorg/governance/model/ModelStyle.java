package vn.massorg.governance.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import vn.massorg.governance.encoding.NullSafeIntegerMapEnabled;
import vn.massorg.governance.encoding.NullSafeListEnabled;
import vn.massorg.governance.encoding.NullSafeMapEnabled;
import vn.massorg.governance.encoding.NullSafeOptionalBooleanEnabled;
import vn.massorg.governance.encoding.NullSafeOptionalEnabled;
import vn.massorg.governance.encoding.NullSafeOptionalIntEnabled;
import vn.massorg.governance.encoding.NullSafeSetEnabled;

/**
 * The one Immutables style of the library's value types (the model and the charter).
 *
 * <p>Accessors are {@code getX()}/{@code isX()} because a host application's Hibernate Validator
 * only sees constraints on JavaBeans getters; builders keep the bare names ({@code .title(...)}),
 * which are also the names in the JSON form and in finding paths.
 *
 * <p>A missing required attribute, or a null given to any method of a builder, to a {@code with*}
 * method or to {@code copyOf}, fails with {@link InvalidRecordException}, which names the attribute
 * ("'agenda' must not be null", "'agenda' must not contain null"), never with a bare
 * NullPointerException. For scalar attributes and collection elements that is Immutables' own check
 * ({@code throwForNullPointer}). For the arguments that Immutables would dereference unchecked, the
 * {@code Optional}, {@code Iterable}, array, {@code Map} and {@code Map.Entry} ones, the List, Set,
 * Map and Optional attributes are generated from the encodings of governance-encodings (a
 * compile-time-only module), enabled by the annotations below. A null {@code Optional} is an error
 * too, not "not recorded": that is {@code Optional.empty()}. What the encodings change besides, and
 * what they cost, is in docs/design/values.md.
 *
 * <p>Every type with this style also extends {@link ModelValue}, which keeps each text it stores in
 * Unicode NFC; governance-encodings' processor refuses a type that does not.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@NullSafeListEnabled
@NullSafeSetEnabled
// The Integer and Boolean ones before the generic ones, which match too: the first enabled wins,
// and keeps Immutables' int and boolean initializers (Immutables warns "immutables:incompat" on
// each type where both match; those types suppress that warning).
@NullSafeIntegerMapEnabled
@NullSafeMapEnabled
@NullSafeOptionalIntEnabled
@NullSafeOptionalBooleanEnabled
@NullSafeOptionalEnabled
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
    // Immutables passes a null attribute's name, and the names of the required attributes not
    // set as a String[] (it looks for that constructor): the messages are made from the names,
    // never from Immutables' own English text.
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
