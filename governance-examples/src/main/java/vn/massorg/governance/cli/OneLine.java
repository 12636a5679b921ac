package vn.massorg.governance.cli;

/**
 * Keeps what the command line prints about its input on one line: a line break or another control
 * character that comes from the input (a file name, a member name in a JSON Pointer, an argument)
 * is written as its {@code \}{@code uXXXX} escape, so that one problem is always one line, whatever
 * the input holds.
 */
final class OneLine {
  private OneLine() {}

  static String of(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      if (control && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        if (control) {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }
}
