package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.massorg.governance.model.BilingualText;

/**
 * Turns the parser's complaints into the library's own errors: a code, the pointer and location the
 * parser had reached, and a message of our bundle. Jackson's own text is never shown, since it
 * names its feature classes and is in English only; only the offending character or token is taken
 * from it.
 */
final class Errors {
  // "(code 39)", and "((CTRL-CHAR, code 1))" for control characters.
  private static final Pattern CHAR = Pattern.compile("\\bcode (\\d+)");
  private static final Pattern TOKEN = Pattern.compile("token '([^']{0,60})");
  private static final Pattern NAME =
      Pattern.compile("(?:field|property|name) ['\"]([^'\"]{0,200})['\"]");

  private Errors() {}

  /** An error at the start of the input (encoding, BOM, empty input). */
  static GovernanceJsonException atStart(String key, String... args) {
    return new GovernanceJsonException("format.syntax", "", 1, 1, Messages.of(key, args));
  }

  static GovernanceJsonException translate(JsonProcessingException e, JsonParser parser) {
    String pointer = "";
    long line = -1;
    long column = -1;
    if (parser != null) {
      pointer = pointer(parser);
      JsonLocation at = parser.currentLocation();
      line = at.getLineNr();
      column = at.getColumnNr();
    }
    JsonLocation reported = e.getLocation();
    if (reported != null && reported.getLineNr() > 0) {
      line = reported.getLineNr();
      column = reported.getColumnNr();
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return new GovernanceJsonException("format.limit", pointer, line, column, limit(message));
    }
    String lower = message.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("duplicate")) {
      Matcher m = NAME.matcher(message);
      String name = m.find() ? m.group(1) : "";
      return new GovernanceJsonException(
          "format.duplicate-key",
          pointer,
          line,
          column,
          Messages.of("format.duplicate-key", Messages.quote(name)));
    }
    return new GovernanceJsonException("format.syntax", pointer, line, column, syntax(message));
  }

  private static String pointer(JsonParser parser) {
    try {
      return parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static BilingualText limit(String message) {
    String m = message.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("nesting depth")) {
      return Messages.of("format.limit.depth", Integer.toString(JsonSetup.MAX_DEPTH));
    }
    if (m.contains("string value length")) {
      return Messages.of("format.limit.string", Integer.toString(JsonSetup.MAX_STRING));
    }
    if (m.contains("number value length")) {
      return Messages.of("format.limit.number", Integer.toString(JsonSetup.MAX_NUMBER));
    }
    if (m.contains("name length")) {
      return Messages.of("format.limit.name", Integer.toString(JsonSetup.MAX_NAME));
    }
    if (m.contains("token count")) {
      return Messages.of("format.limit.tokens", Long.toString(JsonSetup.MAX_TOKENS));
    }
    return Messages.of("format.limit.document", Integer.toString(JsonSetup.MAX_DOCUMENT));
  }

  private static BilingualText syntax(String message) {
    String m = message.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("end-of-input") || m.contains("eof")) {
      return Messages.of("format.syntax.eof");
    }
    if (m.contains("utf-8") || m.contains("utf8")) {
      return Messages.of("format.syntax.utf8");
    }
    if (m.contains("illegal unquoted character") || m.contains("control character")) {
      Matcher c = CHAR.matcher(message);
      return Messages.of("format.syntax.control", c.find() ? codePoint(c.group(1)) : "");
    }
    if (m.contains("escape")) {
      return Messages.of("format.syntax.escape");
    }
    if (m.contains("non-standard token") || m.contains("unrecognized token")) {
      Matcher t = TOKEN.matcher(message);
      return Messages.of(
          "format.syntax.token", t.find() ? "'" + Messages.quote(t.group(1)) + "'" : "");
    }
    if (m.contains("numeric value") || m.contains("leading zero") || m.contains("number")) {
      return Messages.of("format.syntax.number");
    }
    if (m.contains("comment") || m.contains("single quote") || m.contains("(code 39)")) {
      Matcher c = CHAR.matcher(message);
      return Messages.of("format.syntax.token", c.find() ? codePoint(c.group(1)) : "");
    }
    Matcher c = CHAR.matcher(message);
    if (m.startsWith("unexpected character") && c.find()) {
      return Messages.of("format.syntax.char", codePoint(c.group(1)));
    }
    return Messages.of("format.syntax.malformed");
  }

  private static String codePoint(String decimal) {
    try {
      return String.format("U+%04X", Integer.parseInt(decimal));
    } catch (NumberFormatException e) {
      return "";
    }
  }
}
