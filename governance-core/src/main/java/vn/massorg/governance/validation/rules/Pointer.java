package vn.massorg.governance.validation.rules;

/** JSON Pointers (RFC 6901) into a record, from names and indexes. */
public final class Pointer {
  private Pointer() {}

  /**
   * A pointer from segments: names and indexes.
   *
   * @param segments the segments
   * @return the pointer, "" for none
   */
  public static String of(Object... segments) {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/').append(escape(String.valueOf(segment)));
    }
    return out.toString();
  }

  static String escape(String segment) {
    return segment.indexOf('~') < 0 && segment.indexOf('/') < 0
        ? segment
        : segment.replace("~", "~0").replace("/", "~1");
  }
}
