package vn.massorg.governance.model;

import java.util.Locale;

/**
 * A closed enumeration of the model with a stable lowercase code (its JSON form) and a Vietnamese
 * and English label.
 */
public interface Coded {
  /**
   * The stable code.
   *
   * @return the code, not null
   */
  String getCode();

  /**
   * The label.
   *
   * @return the label in Vietnamese and English, not null
   */
  BilingualText getLabel();

  /**
   * The label in a language.
   *
   * @param locale the reader's locale, not null
   * @return the label, not null
   */
  default String label(Locale locale) {
    return getLabel().in(locale);
  }

  /**
   * The constant of an enumeration with a code.
   *
   * @param type the enumeration, not null
   * @param code the code, not null
   * @param <E> the enumeration
   * @return the constant, not null
   * @throws InvalidRecordException if no constant has the code; the message lists the codes
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    Checks.notNull(code, "code");
    Object[] constants = Checks.constants(type);
    for (Object constant : constants) {
      if (((Coded) constant).getCode().equals(code)) {
        return type.cast(constant);
      }
    }
    StringBuilder codes = new StringBuilder();
    for (Object constant : constants) {
      codes.append(codes.length() == 0 ? "" : ", ").append(((Coded) constant).getCode());
    }
    throw new InvalidRecordException(
        "\""
            + Checks.shorten(code)
            + "\" không phải là mã của "
            + type.getSimpleName()
            + " (một trong: "
            + codes
            + ")",
        "\""
            + Checks.shorten(code)
            + "\" is not a code of "
            + type.getSimpleName()
            + " (one of: "
            + codes
            + ")");
  }
}
