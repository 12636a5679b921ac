package vn.massorg.governance.model;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Argument checks and text normalisation shared by the model's factories and invariants. */
final class Checks {
  /** Identifiers: lowercase ASCII words joined by '-', '.', '_' or ':', at most 100 characters. */
  static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9._:-]{0,98}[a-z0-9])?");

  /**
   * Not blank, for an optional text: unlike {@code @NotBlank}, a pattern lets the empty optional
   * (which Hibernate Validator extracts as null) through, so "not recorded" stays valid.
   */
  static final String NOT_BLANK = "(?s).*\\S.*";

  private Checks() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new InvalidRecordException("'" + name + "' must not be null");
    }
    return value;
  }

  static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  static boolean isNfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  static boolean isNfc(Optional<String> text) {
    return text.map(Checks::isNfc).orElse(true);
  }

  static String id(String value, String name) {
    notNull(value, name);
    if (!ID.matcher(value).matches()) {
      throw new InvalidRecordException("'" + name + "' is not an identifier: \"" + shorten(value)
          + "\" (expected lowercase letters, digits and . _ : - , e.g. \"person.hoang-van-ke\")");
    }
    return value;
  }

  static void ids(Optional<String> value, String name) {
    value.ifPresent(v -> id(v, name));
  }

  static <T> void unique(Iterable<T> items, Function<T, String> id, String where) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String key = id.apply(item);
      if (!seen.add(key)) {
        throw new InvalidRecordException("identifier \"" + key + "\" is used twice in " + where);
      }
    }
  }

  static String shorten(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
