package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import vn.massorg.governance.model.BilingualText;

/**
 * Turns the parser's complaints into the library's own errors: a code, the pointer and location the
 * parser had reached, and a message of our bundle. Jackson's message is never read, let alone shown
 * (it names Jackson's feature classes, is in English only, and may change with any version): the
 * code comes from the exception's type, and the message from what is in the input where the parser
 * stopped, looked at here. How each is decided is in docs/design/errors.md.
 */
final class Errors {
  /** The quoted part of an unknown word: as much as a one-line message shows. */
  private static final int TOKEN_SHOWN = 60;

  /** Where a unit of the input stands: what the parser expected there. */
  private enum Place {
    /** A value (the document, a member's value, an element). */
    VALUE,
    /** A member's name, or the end of an object. */
    NAME,
    /** After a value or a name: a comma, a colon or the end of an array or object. */
    AFTER
  }

  private Errors() {}

  /** An error at the start of the input (encoding, BOM, empty input). */
  static GovernanceJsonException atStart(String key, String... args) {
    return new GovernanceJsonException("format.syntax", "", 1, 1, Messages.of(key, args));
  }

  /**
   * The library's error for a parser's exception.
   *
   * @param e what the parser threw
   * @param parser the parser, at the place it stopped, or null
   * @param input the input being read
   */
  static GovernanceJsonException translate(
      JsonProcessingException e, JsonParser parser, Input input) {
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
    if (e instanceof StreamConstraintsException) {
      return new GovernanceJsonException("format.limit", pointer, line, column, limit(e));
    }
    if (e instanceof MismatchedInputException && parser != null) {
      // The only mismatch a tree can meet: a member twice in one object of an unknown member's
      // value (DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY), found once its second
      // value is read, where the parser's current name is still the member's.
      String name = parser.getParsingContext().getCurrentName();
      return new GovernanceJsonException(
          "format.duplicate-key",
          pointer,
          line,
          column,
          Messages.of("format.duplicate-key", Messages.quote(name == null ? "" : name)));
    }
    return new GovernanceJsonException(
        "format.syntax", pointer, line, column, syntax(e, parser, input, reported));
  }

  private static String pointer(JsonParser parser) {
    try {
      return parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static BilingualText limit(JsonProcessingException e) {
    // A limit found outside Limits' checks (the symbol table's guard) is the document's.
    Limits.Kind kind = e instanceof Limits.Exceeded exceeded ? exceeded.kind : Limits.Kind.DOCUMENT;
    return switch (kind) {
      case DEPTH -> Messages.of("format.limit.depth", Integer.toString(JsonSetup.MAX_DEPTH));
      case STRING -> Messages.of("format.limit.string", Integer.toString(JsonSetup.MAX_STRING));
      case NUMBER -> Messages.of("format.limit.number", Integer.toString(JsonSetup.MAX_NUMBER));
      case NAME -> Messages.of("format.limit.name", Integer.toString(JsonSetup.MAX_NAME));
      case TOKENS -> Messages.of("format.limit.tokens", Long.toString(JsonSetup.MAX_TOKENS));
      case DOCUMENT ->
          Messages.of("format.limit.document", Integer.toString(JsonSetup.MAX_DOCUMENT));
    };
  }

  /**
   * A syntax error's message. The parser reports the place of the unit at fault (or, for a control
   * character between tokens and for NaN and Infinity, the place just after it); what is there, and
   * what the parser expected there, says which message it is.
   */
  private static BilingualText syntax(
      JsonProcessingException e, JsonParser parser, Input input, JsonLocation reported) {
    if (e instanceof JsonEOFException) {
      return Messages.of("format.syntax.eof");
    }
    if (e instanceof InputCoercionException) {
      return Messages.of("format.syntax.number");
    }
    long at = offset(reported, parser, input);
    if (input == null || at < 0 || input.at(at) < 0 && input.at(at - 1) < 0) {
      return Messages.of("format.syntax.malformed");
    }
    if (input.isBytes() && (malformedUtf8(input, at) || malformedName(input, at))) {
      return Messages.of("format.syntax.utf8");
    }
    long start = charStart(input, at);
    if (escaped(input, start)) {
      return Messages.of("format.syntax.escape");
    }
    int before = input.at(start - 1);
    if (before >= 0 && before < 0x20 && !isWhitespace(before)) {
      // A control character between tokens, which the parser reports at the place after it.
      return Messages.of("format.syntax.malformed");
    }
    int c = codePoint(input, start);
    if (c >= 0 && c < 0x20 && !afterRootNumber(input, start, parser)) {
      // Inside a string: anywhere else it would be white space, or reported after it (above).
      return Messages.of("format.syntax.control", codePoint(c));
    }
    String word = nonNumeric(input, start, parser);
    if (word != null) {
      return Messages.of("format.syntax.token", "'" + word + "'");
    }
    if (input.at(start) < 0) {
      // The input ends where the parser stopped: after a comma, say, where it needed more.
      return Messages.of("format.syntax.eof");
    }
    if (afterHighSurrogateEscape(input, start)) {
      // A name whose escaped high surrogate is not followed by an escaped low one.
      return Messages.of("format.syntax.malformed");
    }
    Place place;
    long number = numberStart(input, start, parser);
    if (number >= 0) {
      if (!isNumber(input, number, start) || continuesNumber(input, number, start, c)) {
        return Messages.of("format.syntax.number");
      }
      if ((c == '}' || c == ']') && !inRoot(parser)) {
        return Messages.of("format.syntax.malformed");
      }
      // A whole number, and then a character that cannot follow it.
      place = Place.AFTER;
    } else {
      long previous = previousSignificant(input, start);
      int p = previous < 0 ? -1 : input.at(previous);
      if (p == '"' && isName(input, previous, parser)) {
        // A name, and no colon after it.
        return c == '/' || c == '\''
            ? Messages.of("format.syntax.token", codePoint(c))
            : Messages.of("format.syntax.char", codePoint(input.isBytes() ? input.at(at) : c));
      }
      boolean valueDue = (p == ',' || p == ':') && !inRoot(parser);
      if (valueDue && (c == ',' || c == '}' || c == ']' && inArray(parser))) {
        // Where a value must follow (",]", ":}", ",,"), the mark is the unexpected character.
        return Messages.of("format.syntax.char", codePoint(c));
      }
      if ((c == '}' || c == ']') && !(valueDue && c == ']')) {
        // Any other close is a close of the wrong kind, or of nothing at all.
        return Messages.of("format.syntax.malformed");
      }
      place = place(p, previous, parser);
    }
    return switch (place) {
      case VALUE -> {
        if (c == '/') {
          yield Messages.of("format.syntax.token", codePoint(c));
        }
        if (c == ',') {
          yield Messages.of("format.syntax.char", codePoint(c));
        }
        if (Character.isJavaIdentifierStart(c)) {
          yield Messages.of("format.syntax.token", "'" + word(input, start) + "'");
        }
        // No value starts with it: not a JSON number, nor any other value.
        yield Messages.of("format.syntax.number");
      }
      case AFTER ->
          // Only ASCII punctuation may follow a value: the parser names the byte there, not a
          // character that the byte may begin.
          c == '/' || c == '\''
              ? Messages.of("format.syntax.token", codePoint(c))
              : Messages.of("format.syntax.char", codePoint(input.isBytes() ? input.at(at) : c));
      case NAME ->
          c == '/' || c == '\''
              ? Messages.of("format.syntax.token", codePoint(c))
              : Messages.of("format.syntax.char", codePoint(c));
    };
  }

  /** The offset of the reported place, in the input's units; -1 if not known. */
  private static long offset(JsonLocation reported, JsonParser parser, Input input) {
    JsonLocation at = reported;
    if (at == null && parser != null) {
      at = parser.currentLocation();
    }
    if (at == null || input == null) {
      return -1;
    }
    return input.isBytes() ? at.getByteOffset() : at.getCharOffset();
  }

  /**
   * Whether a UTF-8 sequence that starts at most four bytes before the place is not well-formed
   * (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF): the parser reports such a
   * sequence at the place just after its wrong byte.
   */
  private static boolean malformedUtf8(Input input, long at) {
    long i = Math.max(0, at - 4);
    // From the start of the character the range begins in.
    for (int k = 0; k < 3 && i > 0 && isContinuation(input.at(i)) && input.at(i - 1) >= 0x80; k++) {
      i--;
    }
    while (i < at) {
      if (input.at(i) < 0) {
        return false;
      }
      int length = utf8Length(input, i);
      if (length < 0) {
        return true;
      }
      i += length;
    }
    return false;
  }

  /** The length of the well-formed UTF-8 sequence at an offset, or -1 if it is not well-formed. */
  private static int utf8Length(Input input, long i) {
    int b = input.at(i);
    if (b < 0x80) {
      return 1;
    }
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      low = b == 0xE0 ? 0xA0 : 0x80;
      high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      low = b == 0xF0 ? 0x90 : 0x80;
      high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    int second = input.at(i + 1);
    if (second < low || second > high) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      if (!isContinuation(input.at(i + k))) {
        return -1;
      }
    }
    return length;
  }

  private static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * The start of the character the place is in: the parser reports a character of several bytes at
   * its last byte, and one of two UTF-16 units at its second.
   */
  private static long charStart(Input input, long at) {
    if (input.isBytes()) {
      long i = at;
      for (int k = 0; k < 3 && isContinuation(input.at(i)) && input.at(i - 1) >= 0x80; k++) {
        i--;
      }
      return i;
    }
    return Character.isLowSurrogate((char) Math.max(0, input.at(at)))
            && Character.isHighSurrogate((char) Math.max(0, input.at(at - 1)))
        ? at - 1
        : at;
  }

  /** The code point that starts at an offset, or -1 if there is none at hand. */
  private static int codePoint(Input input, long start) {
    int u = input.at(start);
    if (u < 0) {
      return -1;
    }
    if (!input.isBytes()) {
      int next = input.at(start + 1);
      return Character.isHighSurrogate((char) u)
              && next >= 0
              && Character.isLowSurrogate((char) next)
          ? Character.toCodePoint((char) u, (char) next)
          : u;
    }
    int length = utf8Length(input, start);
    if (length <= 1) {
      return u;
    }
    int c = u & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      c = (c << 6) | (input.at(start + k) & 0x3F);
    }
    return c;
  }

  /**
   * Whether the place is a character escape's: just after an odd run of backslashes, or the fourth
   * to first place of the hex digits after such a run and a {@code u}. A backslash outside a string
   * is itself the error, so a place after one is always in a string.
   */
  private static boolean escaped(Input input, long start) {
    if (oddBackslashesBefore(input, start)) {
      return true;
    }
    long i = start - 1;
    for (int digits = 0; digits <= 3; digits++, i--) {
      int u = input.at(i);
      if (u == 'u') {
        return oddBackslashesBefore(input, i);
      }
      if (Character.digit(u < 0 ? -1 : u, 16) < 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean oddBackslashesBefore(Input input, long at) {
    int run = 0;
    for (long i = at - 1; input.at(i) == '\\'; i--) {
      run++;
    }
    return run % 2 == 1;
  }

  /**
   * NaN, Infinity and their signed forms, which the parser reports at the place after them, as a
   * value: the word, or null if the place does not follow one.
   */
  private static String nonNumeric(Input input, long start, JsonParser parser) {
    for (String word : new String[] {"NaN", "Infinity"}) {
      long from = start - word.length();
      if (!matches(input, from, word)) {
        continue;
      }
      int sign = input.at(from - 1);
      if (sign == '-' || sign == '+') {
        from--;
      }
      long previous = previousSignificant(input, from);
      Place place = place(previous < 0 ? -1 : input.at(previous), previous, parser);
      if (place == Place.VALUE && !Character.isJavaIdentifierPart(codePoint(input, start))) {
        return (from < start - word.length() ? Character.toString(sign) : "") + word;
      }
    }
    return null;
  }

  private static boolean matches(Input input, long from, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (input.at(from + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the number that the place is in or just after starts: a run of a number's characters
   * right before the place, starting like a number, where a value was expected; -1 if none.
   */
  private static long numberStart(Input input, long start, JsonParser parser) {
    long from = start;
    while (isNumberChar(input.at(from - 1))) {
      from--;
    }
    int first = input.at(from);
    if (from == start || !(first == '-' || first == '+' || first >= '0' && first <= '9')) {
      return -1;
    }
    long previous = previousSignificant(input, from);
    return place(previous < 0 ? -1 : input.at(previous), previous, parser) == Place.VALUE
        ? from
        : -1;
  }

  /**
   * Whether a character would continue the whole number before it, had a digit followed: a second
   * digit after a leading zero, or a decimal point or an exponent that the number does not have
   * yet. The parser reports such a number at that character.
   */
  private static boolean continuesNumber(Input input, long from, long start, int c) {
    boolean point = false;
    boolean exponent = false;
    for (long i = from; i < start; i++) {
      int u = input.at(i);
      point |= u == '.';
      exponent |= u == 'e' || u == 'E';
    }
    return isDigit(c) || c == '.' && !point && !exponent || (c == 'e' || c == 'E') && !exponent;
  }

  /** Whether the place follows a whole number that is the document's top-level value. */
  private static boolean afterRootNumber(Input input, long start, JsonParser parser) {
    if (!inRoot(parser)) {
      return false;
    }
    long number = numberStart(input, start, parser);
    return number >= 0 && isNumber(input, number, start);
  }

  private static boolean isNumberChar(int u) {
    return u >= '0' && u <= '9' || u == '-' || u == '+' || u == '.' || u == 'e' || u == 'E';
  }

  /**
   * Whether the units from {@code from} to {@code to} are a JSON number (RFC 8259 section 6): the
   * parser took them as one and stopped at what follows.
   */
  private static boolean isNumber(Input input, long from, long to) {
    long i = from;
    if (input.at(i) == '-') {
      i++;
    }
    if (input.at(i) == '0') {
      i++;
    } else if (isDigit(input.at(i))) {
      while (i < to && isDigit(input.at(i))) {
        i++;
      }
    } else {
      return false;
    }
    if (i < to && input.at(i) == '.') {
      i = digits(input, i + 1, to);
      if (i < 0) {
        return false;
      }
    }
    if (i < to && (input.at(i) == 'e' || input.at(i) == 'E')) {
      i++;
      if (i < to && (input.at(i) == '+' || input.at(i) == '-')) {
        i++;
      }
      i = digits(input, i, to);
      if (i < 0) {
        return false;
      }
    }
    return i == to;
  }

  /** The offset after one or more digits from {@code i}, or -1 if there is none. */
  private static long digits(Input input, long i, long to) {
    long j = i;
    while (j < to && isDigit(input.at(j))) {
      j++;
    }
    return j > i ? j : -1;
  }

  private static boolean isDigit(int u) {
    return u >= '0' && u <= '9';
  }

  /**
   * The offset of the opening quote of the string whose closing quote is at {@code close}, or -1 if
   * it is not found within a name's length (values may be far longer; only names are asked for).
   */
  private static long openingQuote(Input input, long close) {
    long limit = Math.max(0, close - 6L * JsonSetup.MAX_NAME - 8);
    for (long i = close - 1; i >= limit; i--) {
      int u = input.at(i);
      if (u < 0) {
        return -1;
      }
      if (u == '"' && !oddBackslashesBefore(input, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the string that ends at {@code close} is a member's name: one after '{' or ','. */
  private static boolean isName(Input input, long close, JsonParser parser) {
    long open = openingQuote(input, close);
    if (open < 0 || parser == null || !parser.getParsingContext().inObject()) {
      return false;
    }
    long previous = previousSignificant(input, open);
    int p = previous < 0 ? -1 : input.at(previous);
    return p == '{' || p == ',';
  }

  /**
   * Whether the place follows a string of a name length that is not well-formed UTF-8: the parser
   * decodes a name once it has read it whole, and reports its fault after its closing quote.
   */
  private static boolean malformedName(Input input, long at) {
    long close = at - 1;
    if (input.at(close) != '"') {
      return false;
    }
    long open = openingQuote(input, close);
    if (open < 0) {
      return false;
    }
    for (long i = open + 1; i < close; ) {
      int length = utf8Length(input, i);
      if (length < 0) {
        return true;
      }
      i += length;
    }
    return false;
  }

  /**
   * The word that starts at an offset, as the message quotes it: its first {@link #TOKEN_SHOWN}
   * UTF-16 units, of the characters that may continue a Java identifier, as the parser reads one.
   */
  private static String word(Input input, long start) {
    StringBuilder word = new StringBuilder();
    long i = start;
    while (word.length() < TOKEN_SHOWN) {
      int c = codePoint(input, i);
      if (c < 0 || !Character.isJavaIdentifierPart(c)) {
        break;
      }
      word.appendCodePoint(c);
      i += input.isBytes() ? Math.max(1, utf8Length(input, i)) : Character.charCount(c);
    }
    return Messages.quote(word.substring(0, Math.min(word.length(), TOKEN_SHOWN)));
  }

  /** The offset of the last unit before an offset that is not white space; -1 at the start. */
  private static long previousSignificant(Input input, long at) {
    long i = at - 1;
    while (i >= 0 && isWhitespace(input.at(i))) {
      i--;
    }
    return i >= 0 && input.at(i) >= 0 ? i : -1;
  }

  private static boolean isWhitespace(int u) {
    return u == ' ' || u == '\t' || u == '\n' || u == '\r';
  }

  /** What the parser expected after the unit {@code p} (-1: the input's start). */
  private static Place place(int p, long previous, JsonParser parser) {
    if (p < 0 && previous < 0 || inRoot(parser)) {
      return Place.VALUE;
    }
    return switch (p) {
      case ':', '[' -> Place.VALUE;
      case '{' -> Place.NAME;
      case ',' -> inArray(parser) ? Place.VALUE : Place.NAME;
      default -> Place.AFTER;
    };
  }

  private static boolean inArray(JsonParser parser) {
    return parser != null && parser.getParsingContext().inArray();
  }

  /** Whether the place follows an escaped high surrogate ({@code \\uD800} to {@code \\uDBFF}). */
  private static boolean afterHighSurrogateEscape(Input input, long start) {
    long u = start - 5;
    if (input.at(u) != 'u' || !oddBackslashesBefore(input, u)) {
      return false;
    }
    int value = 0;
    for (int k = 1; k <= 4; k++) {
      int digit = Character.digit(Math.max(0, input.at(u + k)), 16);
      if (digit < 0) {
        return false;
      }
      value = value * 16 + digit;
    }
    return Character.isHighSurrogate((char) value);
  }

  /** Whether the parser is between values of the top level: what follows there is a value. */
  private static boolean inRoot(JsonParser parser) {
    return parser != null && parser.getParsingContext().inRoot();
  }

  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }
}
