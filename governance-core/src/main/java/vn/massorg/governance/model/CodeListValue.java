package vn.massorg.governance.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An entry of an extensible code list (body kinds, post kinds, activity areas, ...): a stable
 * lowercase code and, for the entries the library knows, a Vietnamese and English label.
 *
 * <p>An organisation may use codes the library does not know (a union's own body or activity area);
 * such an entry has no label, and a reader shows its code. Two entries are equal when they are of
 * the same list and have the same code.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class CodeListValue {
  /**
   * The longest code, in characters: what the JSON Schema's {@code maxLength} says, and what the
   * model refuses beyond.
   */
  public static final int MAX_CODE_LENGTH = 100;

  /**
   * The form of a code, for documentation and the tests that hold {@link #isCode} to it. It is
   * never run on input: Java's engine recurses once per repetition of the group, so a long code of
   * the form {@code a-a-a-...} overflows the stack.
   */
  static final String CODE_FORM = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*";

  private final String code;
  private final BilingualText label;

  CodeListValue(String code, BilingualText label) {
    this.code = code;
    this.label = label;
  }

  /**
   * The stable code, as written in the JSON form.
   *
   * @return the code, lowercase ASCII words joined by '-', not null
   */
  public final String getCode() {
    return code;
  }

  /**
   * The label, for the entries the library knows.
   *
   * @return the label, empty for an organisation's own code
   */
  public final Optional<BilingualText> getLabel() {
    return Optional.ofNullable(label);
  }

  /**
   * Whether the library knows this code.
   *
   * @return true for a built-in entry
   */
  public final boolean isKnown() {
    return label != null;
  }

  /**
   * The label in a language, or the code when the entry has no label.
   *
   * @param locale the reader's locale, not null
   * @return the label, not null
   */
  public final String label(Locale locale) {
    return label == null ? code : label.in(locale);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((CodeListValue) other).code.equals(code);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + code.hashCode();
  }

  @Override
  public final String toString() {
    return code;
  }

  /** The built-in entries of one list, in declaration order, and the lookup by code. */
  static final class Registry<T extends CodeListValue> {
    private final String listName;
    private final Map<String, T> byCode = new ConcurrentHashMap<>();
    private final List<T> known = new ArrayList<>();

    Registry(String listName) {
      this.listName = listName;
    }

    T add(T value) {
      byCode.put(value.getCode(), value);
      known.add(value);
      return value;
    }

    List<T> known() {
      return Collections.unmodifiableList(known);
    }

    T of(String code, java.util.function.Function<String, T> custom) {
      Checks.notNull(code, "code");
      T found = byCode.get(code);
      if (found != null) {
        return found;
      }
      if (code.length() > MAX_CODE_LENGTH) {
        throw new InvalidRecordException(
            "'code' dài quá "
                + MAX_CODE_LENGTH
                + " ký tự ("
                + code.length()
                + "): \""
                + Checks.shorten(code)
                + "\"",
            "'code' is longer than "
                + MAX_CODE_LENGTH
                + " characters ("
                + code.length()
                + "): \""
                + Checks.shorten(code)
                + "\"");
      }
      if (!isCode(code)) {
        throw new InvalidRecordException(
            "'code' không phải là mã "
                + listName
                + ": \""
                + Checks.shorten(code)
                + "\" (chỉ gồm các từ chữ thường nối bằng '-')",
            "'code' is not a "
                + listName
                + " code: \""
                + Checks.shorten(code)
                + "\" (expected lowercase words joined by '-')");
      }
      return custom.apply(code);
    }
  }

  /**
   * Whether a text has the form {@link #CODE_FORM}, read in one pass without a regular expression,
   * so that no input can make it recurse or backtrack.
   */
  static boolean isCode(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) < 'a' || text.charAt(0) > 'z' || text.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (text.charAt(i - 1) == '-') {
          return false;
        }
      } else if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
