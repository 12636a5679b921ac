package vn.massorg.governance.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a record cannot exist: a required attribute missing or null, an end before its start,
 * a post holding outside its term, an identifier used twice in one record.
 *
 * <p>These are the invariants enforced at construction. Rules that a user wants reported, several
 * at once, are validation findings instead (see {@code vn.massorg.governance.validation}). The
 * message names the attribute or argument at fault, in Vietnamese ({@link #getMessage()}, the
 * library's primary language) and in English ({@link #getMessage(Locale)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The message in English. */
  private final String english;

  /**
   * Creates the exception for a null where an attribute's value was required: what the generated
   * builders throw ({@code throwForNullPointer} of {@link ModelStyle}), which pass the attribute's
   * name. Anything that is not a Java identifier is taken as a message of its own and kept as it is
   * in both languages.
   *
   * @param attribute the attribute's name, not null
   */
  public InvalidRecordException(String attribute) {
    this(
        isName(attribute) ? "'" + attribute + "' không được là null" : String.valueOf(attribute),
        isName(attribute) ? "'" + attribute + "' must not be null" : String.valueOf(attribute));
  }

  /**
   * Creates the exception for a value built with required attributes not set: what the generated
   * builders throw ({@code throwForInvalidImmutableState} of {@link ModelStyle}), which pass the
   * names of the attributes not set. The record's type is the one whose builder is calling.
   *
   * @param missingAttributes the names of the attributes not set, not null
   */
  public InvalidRecordException(String[] missingAttributes) {
    this(
        builder(), Arrays.toString(Objects.requireNonNull(missingAttributes, "missingAttributes")));
  }

  /**
   * Creates the exception.
   *
   * @param vi what is wrong and which attribute or argument is at fault, in Vietnamese, not null
   * @param en the same in English, not null
   */
  public InvalidRecordException(String vi, String en) {
    super(Objects.requireNonNull(vi, "vi"));
    this.english = Objects.requireNonNull(en, "en");
  }

  private InvalidRecordException(Class<?> builder, String attributes) {
    this(
        "Không tạo được " + builtType(builder) + ": thiếu các thuộc tính bắt buộc " + attributes,
        "Cannot build "
            + builtType(builder)
            + ", some of required attributes are not set "
            + attributes);
  }

  /**
   * The exception for a null element given to a collection attribute: what the encodings of the
   * model's List, Set and Map attributes throw (see {@link ModelStyle}).
   *
   * @param attribute the attribute's name, not null
   * @return the exception, not null
   */
  public static InvalidRecordException nullElement(String attribute) {
    return new InvalidRecordException(
        "'" + attribute + "' không được chứa phần tử null",
        "'" + attribute + "' must not contain null");
  }

  /**
   * The message in a language: English for an English locale, Vietnamese otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the message, not null
   */
  public String getMessage(Locale locale) {
    return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage())
        ? english
        : getMessage();
  }

  /** Whether the text is a Java identifier, as every attribute's name is. */
  private static boolean isName(String text) {
    if (text == null || text.isEmpty() || !Character.isJavaIdentifierStart(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (!Character.isJavaIdentifierPart(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The class that calls the constructor: a generated builder.
   *
   * <p>Found on the stack because nothing else tells it. Immutables (2.12) calls {@code
   * throwForInvalidImmutableState}'s exception with one argument only: the names of the attributes
   * not set, through the one {@code String[]} constructor it looks for, or else its own English
   * sentence through the {@code String} one, which names the type but is prose this library does
   * not parse (docs/design/errors.md). The style is one for every type ({@link ModelStyle}), so the
   * exception class cannot tell the type either. Passing the type explicitly would take a
   * hand-written {@code build()} per model type that catches and rethrows, or Immutables' {@code
   * buildOrThrow}, an extra method beside the {@code build()} that callers use. The walk runs only
   * when a build fails and stops at the first frame outside this class; an Immutables upgrade that
   * moved the call out of the builder fails {@code
   * ConstructionInvariantsTest.missingAttributesOfEveryType}.
   */
  private static Class<?> builder() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getDeclaringClass)
                    .filter(c -> c != InvalidRecordException.class)
                    .findFirst())
        .orElseThrow();
  }

  /**
   * The record type a generated builder builds: the abstract type that the immutable class around
   * the builder extends or implements, named as Immutables names it.
   */
  private static String builtType(Class<?> builder) {
    Class<?> immutable =
        builder.getEnclosingClass() == null ? builder : builder.getEnclosingClass();
    Class<?> superclass = immutable.getSuperclass();
    Class<?>[] interfaces = immutable.getInterfaces();
    return (superclass == Object.class && interfaces.length > 0 ? interfaces[0] : superclass)
        .getSimpleName();
  }
}
