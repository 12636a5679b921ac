package vn.massorg.governance.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule across attributes of one model type about which of them are recorded: at least one of two,
 * exactly one of two, or one exactly when another has a given code. An optional attribute is
 * recorded when it is present, a list when it has an element.
 *
 * <p>Vietnamese: <i>ràng buộc giữa các thuộc tính</i>. A comment is made by exactly one of a named
 * speaker and a speaker group ({@link Comment#SPEAKER}); an attendance gives entries, counts or
 * both ({@link Attendance#ENTRIES_OR_COUNTS}); a substitute, and only a substitute, names the
 * member they stand for ({@link AttendanceEntry#ON_BEHALF_OF}).
 *
 * <p>Each rule is declared once, as a public constant of the type it governs, with the message a
 * breach gives. The type's {@code @Value.Check} enforces it through the constant at construction
 * ({@link InvalidRecordException}); the exchange format's generator reads the same constant, with
 * the attribute and code names it holds, to write the rule into the JSON Schema. Declaring the rule
 * takes no reflection, and checking it allocates nothing unless it is broken: records are built by
 * the million when archives are read.
 *
 * <p>Rules are compared by identity: each is one constant of its type. This class is immutable and
 * thread-safe.
 */
public final class PresenceRule {
  /** What a rule requires of its attributes. */
  public enum Kind {
    /** At least one of the attributes is recorded (ít nhất một trong hai). */
    AT_LEAST_ONE,
    /** Exactly one of the attributes is recorded (đúng một trong hai). */
    EXACTLY_ONE,
    /**
     * The attribute is recorded exactly when the condition attribute has the condition's code (có
     * khi và chỉ khi): required then, not allowed otherwise.
     */
    PRESENT_EXACTLY_WHEN
  }

  /**
   * The exception for a broken {@link Kind#PRESENT_EXACTLY_WHEN} rule, built only when it is
   * broken, so that its message may name the record at no cost to the records that keep the rule.
   */
  @FunctionalInterface
  interface Breach {
    /**
     * The exception.
     *
     * @param subject what the check names the record by, as its type's check passes it
     * @param missing true if the attribute is missing where required, false if it is recorded where
     *     not allowed
     * @return the exception, not null
     */
    InvalidRecordException of(String subject, boolean missing);
  }

  private final Kind kind;
  private final List<String> attributes;
  private final String condition;
  private final Coded value;
  private final String vi;
  private final String en;
  private final Breach breach;

  private PresenceRule(
      Kind kind,
      List<String> attributes,
      String condition,
      Coded value,
      String vi,
      String en,
      Breach breach) {
    this.kind = kind;
    this.attributes = attributes;
    this.condition = condition;
    this.value = value;
    this.vi = vi;
    this.en = en;
    this.breach = breach;
  }

  /**
   * At least one of two attributes is recorded.
   *
   * @param first the first attribute's name, as its builder names it
   * @param second the second attribute's name
   * @param vi the message of a breach in Vietnamese
   * @param en the same in English
   * @return the rule
   */
  static PresenceRule atLeastOne(String first, String second, String vi, String en) {
    return choice(Kind.AT_LEAST_ONE, first, second, vi, en);
  }

  /**
   * Exactly one of two attributes is recorded.
   *
   * @param first the first attribute's name, as its builder names it
   * @param second the second attribute's name
   * @param vi the message of a breach (neither or both) in Vietnamese
   * @param en the same in English
   * @return the rule
   */
  static PresenceRule exactlyOne(String first, String second, String vi, String en) {
    return choice(Kind.EXACTLY_ONE, first, second, vi, en);
  }

  /**
   * An attribute is recorded exactly when another, a code of a closed list, has a given value.
   *
   * @param attribute the attribute's name, as its builder names it
   * @param condition the name of the attribute the rule depends on: one value, always recorded
   * @param value the condition attribute's value that requires the attribute
   * @param breach the exception of a breach
   * @return the rule
   */
  static PresenceRule presentExactlyWhen(
      String attribute, String condition, Coded value, Breach breach) {
    return new PresenceRule(
        Kind.PRESENT_EXACTLY_WHEN,
        List.of(attribute),
        Objects.requireNonNull(condition, "condition"),
        Objects.requireNonNull(value, "value"),
        null,
        null,
        Objects.requireNonNull(breach, "breach"));
  }

  private static PresenceRule choice(Kind kind, String first, String second, String vi, String en) {
    return new PresenceRule(
        kind,
        List.of(first, second),
        null,
        null,
        Objects.requireNonNull(vi, "vi"),
        Objects.requireNonNull(en, "en"),
        null);
  }

  /**
   * Enforces an {@link Kind#AT_LEAST_ONE} or {@link Kind#EXACTLY_ONE} rule.
   *
   * @param first whether the first attribute is recorded
   * @param second whether the second is
   * @throws InvalidRecordException with the rule's message if the rule is broken
   */
  void check(boolean first, boolean second) {
    boolean kept =
        switch (kind) {
          case AT_LEAST_ONE -> first || second;
          case EXACTLY_ONE -> first != second;
          case PRESENT_EXACTLY_WHEN -> throw wrongCheck();
        };
    if (!kept) {
      throw new InvalidRecordException(vi, en);
    }
  }

  /**
   * Enforces a {@link Kind#PRESENT_EXACTLY_WHEN} rule.
   *
   * @param present whether the attribute is recorded
   * @param actual the condition attribute's value
   * @param subject what the message names the record by
   * @throws InvalidRecordException with the rule's message if the rule is broken
   */
  void check(boolean present, Coded actual, String subject) {
    if (kind != Kind.PRESENT_EXACTLY_WHEN) {
      throw wrongCheck();
    }
    boolean required = value.equals(actual);
    if (present != required) {
      throw breach.of(subject, required);
    }
  }

  /** A type's check that calls the other form: a programming error in the model. */
  private IllegalStateException wrongCheck() {
    return new IllegalStateException(this + " is not checked that way");
  }

  /**
   * What the rule requires.
   *
   * @return the kind, not null
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * The attributes whose presence the rule is about, by the names their builder and the exchange
   * format give them: two for a choice, one for a conditional rule.
   *
   * @return the names, not null, not empty
   */
  public List<String> getAttributes() {
    return attributes;
  }

  /**
   * For a {@link Kind#PRESENT_EXACTLY_WHEN} rule, the attribute its condition is on.
   *
   * @return the attribute's name, empty for the other kinds
   */
  public Optional<String> getCondition() {
    return Optional.ofNullable(condition);
  }

  /**
   * For a {@link Kind#PRESENT_EXACTLY_WHEN} rule, the condition attribute's value that requires the
   * attribute.
   *
   * @return the value, empty for the other kinds
   */
  public Optional<Coded> getConditionValue() {
    return Optional.ofNullable(value);
  }

  /** The rule as declared: {@code exactlyOne(speakerId, speakerGroup)}. */
  @Override
  public String toString() {
    return switch (kind) {
      case AT_LEAST_ONE -> "atLeastOne(" + String.join(", ", attributes) + ")";
      case EXACTLY_ONE -> "exactlyOne(" + String.join(", ", attributes) + ")";
      case PRESENT_EXACTLY_WHEN ->
          "presentExactlyWhen("
              + attributes.get(0)
              + ", "
              + condition
              + " = "
              + value.getCode()
              + ")";
    };
  }
}
