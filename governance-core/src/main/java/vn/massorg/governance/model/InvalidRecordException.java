package vn.massorg.governance.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern NOT_SET =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set (\\[.*\\])");

  /** The message in English. */
  private final String english;

  /**
   * Creates the exception from the generated builders' message, which is English only: an attribute
   * name for a null, or Immutables' list of attributes not set. Both are turned into sentences in
   * both languages.
   *
   * @param message the builders' message, not null
   */
  public InvalidRecordException(String message) {
    this(vietnamese(message), english(message));
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

  private static String english(String message) {
    if (message != null && message.matches("[A-Za-z][A-Za-z0-9]*")) {
      return "'" + message + "' must not be null";
    }
    if (message != null && message.matches("[A-Za-z][A-Za-z0-9]* element")) {
      return "'"
          + message.substring(0, message.length() - " element".length())
          + "' must not contain null";
    }
    return String.valueOf(message);
  }

  private static String vietnamese(String message) {
    if (message != null && message.matches("[A-Za-z][A-Za-z0-9]*")) {
      return "'" + message + "' không được là null";
    }
    if (message != null && message.matches("[A-Za-z][A-Za-z0-9]* element")) {
      return "'"
          + message.substring(0, message.length() - " element".length())
          + "' không được chứa phần tử null";
    }
    Matcher m = message == null ? null : NOT_SET.matcher(message);
    if (m != null && m.matches()) {
      return "Không tạo được " + m.group(1) + ": thiếu các thuộc tính bắt buộc " + m.group(2);
    }
    return String.valueOf(message);
  }
}
