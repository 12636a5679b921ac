package vn.massorg.governance.model;

import java.lang.reflect.Constructor;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * What every value type of the model and the charter is: each text it stores, every {@code String}
 * of every attribute, is Unicode text in NFC.
 *
 * <p>Vietnamese input methods give either form: "Kể" is one character (NFC) or "K", "e", a
 * circumflex and a dot below (NFD). A record built from either holds NFC, so both compare, hash,
 * serialise and digest alike. Identifiers are normalised too, under the same rule, although their
 * form (lowercase ASCII) leaves nothing to normalise. A text with a lone surrogate is refused,
 * naming the attribute: it is not Unicode text and would turn into "?" when written.
 *
 * <p>The rule is applied once, here, for every type, after the type's own check of its invariants,
 * on every way a value is made: a builder's {@code build()}, each {@code with*} method and {@code
 * copyOf}. Which attributes hold text is not written by hand anywhere: the annotation processor of
 * governance-encodings (compile time only) reads each type's attributes and writes its normaliser,
 * so a new {@code String}, {@code Optional<String>}, list, set or map of strings is normalised with
 * no other edit (docs/design/values.md). Text that is already NFC, as nearly all is, costs one scan
 * of its characters and no allocation.
 *
 * <p>This class is immutable and thread-safe; it has no state of its own.
 *
 * @param <T> the value type itself, as in {@code Person extends ModelValue<Person>}
 */
public abstract class ModelValue<T extends ModelValue<T>> {
  /**
   * The normaliser of each generated class, found once: the one the processor wrote beside the
   * type. Looked up by name, so that this package does not depend on the charter's (whose type's
   * normaliser lives in the charter's package, as the type does).
   */
  private static final ClassValue<UnaryOperator<Object>> NORMALISERS =
      new ClassValue<>() {
        @Override
        protected UnaryOperator<Object> computeValue(Class<?> type) {
          return normaliserOf(type);
        }
      };

  /** For the model's and the charter's types only; it has no state. */
  protected ModelValue() {}

  /**
   * This value with its texts in NFC: itself, if they are (nearly always), or an equal value built
   * from their NFC forms. Run by the generated classes on every value they make; not for callers.
   *
   * @return the value, not null
   * @throws InvalidRecordException if a text has a lone surrogate
   */
  @Value.Check
  @SuppressWarnings("unchecked")
  protected final T normaliseText() {
    return (T) NORMALISERS.get(getClass()).apply(this);
  }

  /**
   * The normaliser written for a generated class's type: the class {@code <Type>Nfc} beside the
   * abstract type that extends this class directly.
   */
  @SuppressWarnings("unchecked")
  private static UnaryOperator<Object> normaliserOf(Class<?> generated) {
    Class<?> type = generated;
    while (type.getSuperclass() != ModelValue.class) {
      type = type.getSuperclass();
    }
    String name = type.getName() + "Nfc";
    try {
      Constructor<?> constructor =
          Class.forName(name, true, type.getClassLoader()).getDeclaredConstructor();
      constructor.setAccessible(true);
      return (UnaryOperator<Object>) constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "no normaliser "
              + name
              + " for "
              + type.getName()
              + ": it is written at compile time by governance-encodings' processor, which must"
              + " be on the annotation processor path",
          e);
    }
  }
}
