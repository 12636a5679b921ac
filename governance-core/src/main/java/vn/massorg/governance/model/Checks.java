package vn.massorg.governance.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Argument checks shared by the model's factories and invariants. */
final class Checks {
  /**
   * Identifiers: lowercase ASCII words joined by '-', '.', '_' or ':', at most 100 characters. The
   * form, for the schema and the tests that hold {@link #isId} to it; never run on input.
   */
  static final String ID_FORM = "[a-z0-9](?:[a-z0-9._:-]{0,98}[a-z0-9])?";

  /**
   * Not blank, for an optional text: unlike {@code @NotBlank}, a pattern lets the empty optional
   * (which Hibernate Validator extracts as null) through, so "not recorded" stays valid.
   */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /** The ASCII characters of identifiers, one lookup each rather than a chain of comparisons. */
  private static final byte[] ID_CHARS = new byte[128];

  private static final byte ID_END = 1;
  private static final byte ID_INNER = 2;

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ID_CHARS[c] = ID_END | ID_INNER;
    }
    for (char c = '0'; c <= '9'; c++) {
      ID_CHARS[c] = ID_END | ID_INNER;
    }
    for (char c : new char[] {'.', '_', ':', '-'}) {
      ID_CHARS[c] = ID_INNER;
    }
  }

  /**
   * The constants of each enumeration, shared: {@link Class#getEnumConstants()} copies its array on
   * every call, and codes are read for every holding, attendance entry and decision.
   */
  private static final ClassValue<Object[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          return type.getEnumConstants();
        }
      };

  private Checks() {}

  /** An enumeration's constants, not copied: callers must not change the array. */
  static Object[] constants(Class<?> type) {
    return CONSTANTS.get(type);
  }

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new InvalidRecordException(
          "'" + name + "' không được là null", "'" + name + "' must not be null");
    }
    return value;
  }

  static String id(String value, String name) {
    notNull(value, name);
    if (!isId(value)) {
      throw new InvalidRecordException(
          "'"
              + name
              + "' không phải là mã định danh: \""
              + shorten(value)
              + "\" (chỉ gồm chữ thường, chữ số và . _ : -, ví dụ "
              + "\"person.hoang-van-ke\")",
          "'"
              + name
              + "' is not an identifier: \""
              + shorten(value)
              + "\" (expected lowercase letters, digits and . _ : - , e.g. \"person.hoang-van-ke\")");
    }
    return value;
  }

  /** The form {@link #ID_FORM}, read without a regular expression: ids are read by the million. */
  static boolean isId(String value) {
    int n = value.length();
    if (n == 0 || n > 100 || !idEnd(value.charAt(0)) || !idEnd(value.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = value.charAt(i);
      if (c >= 128 || (ID_CHARS[c] & ID_INNER) == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean idEnd(char c) {
    return c < 128 && (ID_CHARS[c] & ID_END) != 0;
  }

  static void ids(Optional<String> value, String name) {
    value.ifPresent(v -> id(v, name));
  }

  static <T> void unique(List<T> items, Function<T, String> id, String where) {
    // Most lists of a record are short: compared pairwise, they need no table at all; a long one
    // gets a table sized for it, so it is never resized while it is filled.
    int n = items.size();
    if (n <= 8) {
      String[] keys = new String[n];
      for (int i = 0; i < n; i++) {
        String key = id.apply(items.get(i));
        for (int j = 0; j < i; j++) {
          if (keys[j].equals(key)) {
            throw usedTwice(key, where);
          }
        }
        keys[i] = key;
      }
      return;
    }
    // Open addressing, the table at most half full: a HashSet allocates a node per key, and a
    // record's people and attendance entries are checked on every read.
    String[] seen = new String[Integer.highestOneBit(n) << 2];
    int mask = seen.length - 1;
    for (int i = 0; i < n; i++) {
      String key = id.apply(items.get(i));
      int h = key.hashCode();
      int slot = (h ^ (h >>> 16)) & mask;
      for (String there = seen[slot]; there != null; there = seen[slot]) {
        if (there.equals(key)) {
          throw usedTwice(key, where);
        }
        slot = (slot + 1) & mask;
      }
      seen[slot] = key;
    }
  }

  private static InvalidRecordException usedTwice(String key, String where) {
    return new InvalidRecordException(
        "mã định danh \"" + key + "\" được dùng hai lần trong '" + where + "'",
        "identifier \"" + key + "\" is used twice in '" + where + "'");
  }

  static String shorten(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
