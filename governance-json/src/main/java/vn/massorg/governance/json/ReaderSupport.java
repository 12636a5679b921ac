package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Coded;
import vn.massorg.governance.model.InvalidRecordException;

/**
 * What the generated {@code ModelReader} reads with: the scalars, strictly (no string where an
 * integer belongs, no {@code 1.0} for an integer, no integer beyond the int range, no array for a
 * date), the bilingual text, the format's envelope, the bits that find duplicate and missing
 * members, the lenient keeping of members the format lacks, and every error with the JSON Pointer,
 * line and column of the value at fault. Hand-written; the per-type methods are generated from the
 * model (docs/design/format-generation.md).
 *
 * <p>Each method starts on the value's first token and ends on its last. One instance reads one
 * document; it is not thread-safe. In lenient mode ({@code unknowns} not null) members the format
 * does not have are kept, by the JSON Pointer of the object that holds them, instead of failing.
 */
abstract class ReaderSupport {
  final JsonParser p;
  private final Map<String, Map<String, JsonNode>> unknowns;
  private final boolean lenient;
  private String formatVersion;
  private int unknownCount;

  /**
   * The string value {@link #advance()} read for the current member, until {@link
   * #unscannedString()} takes it; null when the current value is not a string, or is taken.
   */
  private String pendingText;

  ReaderSupport(JsonParser parser, boolean lenient) {
    this.p = parser;
    this.lenient = lenient;
    this.unknowns = lenient ? new LinkedHashMap<>() : null;
  }

  /** The unknown members kept in lenient mode; empty in strict mode. */
  Map<String, Map<String, JsonNode>> unknowns() {
    return unknowns == null ? Map.of() : unknowns;
  }

  /** The format version the document named, once read. */
  String formatVersion() {
    return formatVersion;
  }

  final void checkFormat(String value) {
    if (!GovernanceJson.FORMAT.equals(value)) {
      throw error(
          "format.version",
          pointer(),
          Messages.of("format.format", Messages.quote(value), GovernanceJson.FORMAT));
    }
  }

  /** Checks the version the document names and keeps it, for {@link #formatVersion()}. */
  final void checkVersion(String value) {
    if (GovernanceJson.FORMAT_VERSION.equals(value)
        || (lenient && value.length() <= 6 && value.matches("1\\.(0|[1-9][0-9]{0,3})"))) {
      formatVersion = value;
      return;
    }
    throw error(
        "format.version",
        pointer(),
        Messages.of(
            "format.version",
            Messages.quote(value),
            lenient ? "1.x" : GovernanceJson.FORMAT_VERSION));
  }

  // ---------------------------------------------------------------- value forms

  /** A bilingual text: {@code {"vi": "...", "en": "..."}}. */
  final BilingualText text() throws IOException {
    object();
    String vi = null;
    String en = null;
    int members = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "vi" -> {
          members = once(members, 1);
          vi = unscannedString();
        }
        case "en" -> {
          members = once(members, 2);
          en = unscannedString();
        }
        default -> unknown(name);
      }
    }
    require(vi != null, "vi");
    try {
      return en == null ? BilingualText.of(vi) : BilingualText.of(vi, en);
    } catch (InvalidRecordException e) {
      // The model scans a text for NFC and lone surrogates in one pass; scanning it here too
      // was 3% of a read. The error names the member, as string() would; its line and column
      // are those of the end of the text's object, the value having been read.
      String member =
          hasLoneSurrogate(vi) ? "vi" : en != null && hasLoneSurrogate(en) ? "en" : null;
      if (member == null) {
        throw invariant(e);
      }
      throw error("format.value", pointer() + "/" + member, Messages.of("format.value.surrogate"));
    }
  }

  final <E extends Enum<E> & Coded> E coded(Class<E> type) throws IOException {
    String text = unscannedString();
    try {
      return Coded.fromCode(type, text);
    } catch (InvalidRecordException e) {
      throw valueError(text, e);
    }
  }

  /** A string read into a value by a model factory whose complaint becomes a value error here. */
  final <T> T value(Function<String, T> parse) throws IOException {
    String text = unscannedString();
    try {
      return parse.apply(text);
    } catch (InvalidRecordException e) {
      throw valueError(text, e);
    }
  }

  /**
   * The model's complaint about a code, date, period or threshold, as a value error. None of them
   * accepts a lone surrogate, so the string is scanned for one only here, after the model refused
   * it: a surrogate gets its own message rather than one that would echo it.
   */
  private GovernanceJsonException valueError(String text, InvalidRecordException e) {
    if (hasLoneSurrogate(text)) {
      return error("format.value", pointer(), Messages.of("format.value.surrogate"));
    }
    return error("format.value", pointer(), model("format.value", e));
  }

  // ---------------------------------------------------------------- scalars, strictly

  final String string() throws IOException {
    String s = unscannedString();
    if (hasLoneSurrogate(s)) {
      throw error("format.value", pointer(), Messages.of("format.value.surrogate"));
    }
    return s;
  }

  /** A string, not yet checked for lone surrogates: only for a value the model checks. */
  private String unscannedString() throws IOException {
    String s = pendingText;
    if (s != null) {
      pendingText = null;
    } else if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("type.string");
    } else {
      s = p.getText();
    }
    if (overLimit(s)) {
      throw tooLong(pointer());
    }
    return s;
  }

  /**
   * Whether a string is over the limit in code points, as the schema's {@code maxLength} counts
   * them; only a string longer in UTF-16 units than the limit can be, so only such a one is
   * counted.
   */
  private static boolean overLimit(String s) {
    return s.length() > JsonSetup.MAX_STRING
        && s.codePointCount(0, s.length()) > JsonSetup.MAX_STRING;
  }

  private GovernanceJsonException tooLong(String pointer) {
    return error(
        "format.limit",
        pointer,
        Messages.of("format.limit.string", Integer.toString(JsonSetup.MAX_STRING)));
  }

  final int integer() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("type.integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw error("format.value", pointer(), Messages.of("format.value.int-range"));
    }
    return p.getIntValue();
  }

  final boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("type.boolean");
  }

  final void object() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("type.object");
    }
  }

  /**
   * Starts a list: each caller then reads its elements with {@code while (element())}, calling the
   * element's reader directly (no reader or adder passed as a lambda, which every list would share
   * and the compiler could not inline).
   */
  final void array() {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("type.array");
    }
  }

  /** Moves to the next element of a list; false at its end. */
  final boolean element() throws IOException {
    pendingText = null;
    return p.nextToken() != JsonToken.END_ARRAY;
  }

  /**
   * Moves from a member's name to its value, as {@code nextToken} does, and when the value is a
   * string also reads it, for {@link #string()}: Jackson's {@code nextTextValue} does both in one
   * step, cheaper than the two calls, and most values are strings. A value of any other type is
   * left as the current token, exactly as after {@code nextToken}.
   */
  private void advance() throws IOException {
    pendingText = p.nextTextValue();
  }

  // ---------------------------------------------------------------- members the format lacks

  /**
   * A member the format does not have, found on its name: strict reading refuses it before its
   * value is read (a huge or broken value is not read at all); lenient reading keeps the value.
   */
  final void unknown(String name) throws IOException {
    pendingText = null;
    JsonPointer member = p.getParsingContext().pathAsPointer();
    if (!lenient) {
      throw error(
          "format.unknown-field",
          member.toString(),
          Messages.of("format.unknown-field", Messages.quote(name)));
    }
    if (++unknownCount > JsonSetup.MAX_UNKNOWN_MEMBERS) {
      throw error(
          "format.limit",
          member.toString(),
          Messages.of("format.limit.unknown", Integer.toString(JsonSetup.MAX_UNKNOWN_MEMBERS)));
    }
    JsonPointer holder = member.head();
    Map<String, JsonNode> kept =
        unknowns.computeIfAbsent(
            holder == null ? "" : holder.toString(), k -> new LinkedHashMap<>());
    if (kept.containsKey(name)) {
      throw error(
          "format.duplicate-key",
          member.toString(),
          Messages.of("format.duplicate-key", Messages.quote(name)));
    }
    p.nextToken();
    JsonNode value = JsonSetup.Mapper.TREE_READER.readTree(p);
    if (hasLoneSurrogate(name)) {
      throw error("format.value", member.toString(), Messages.of("format.value.surrogate"));
    }
    checkKept(value, member);
    kept.put(name, value);
  }

  /**
   * A kept member's value is held to the rules of the model's values, since it is written back with
   * the record ({@code write(JsonDocument)}): no null anywhere in it (the format has one spelling
   * of "not recorded", absence, in both modes), no lone surrogate (Jackson would write it as "?"),
   * no string over the limit in code points. The first fault is reported at its own pointer.
   */
  private void checkKept(JsonNode node, JsonPointer at) {
    if (node.isNull()) {
      throw error("format.null", at.toString(), Messages.of("format.null"));
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (hasLoneSurrogate(text)) {
        throw error("format.value", at.toString(), Messages.of("format.value.surrogate"));
      }
      if (overLimit(text)) {
        throw tooLong(at.toString());
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonPointer inner = at.appendProperty(field.getKey());
        if (hasLoneSurrogate(field.getKey())) {
          throw error("format.value", inner.toString(), Messages.of("format.value.surrogate"));
        }
        checkKept(field.getValue(), inner);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkKept(node.get(i), at.appendIndex(i));
      }
    }
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- members seen, and errors

  /**
   * Marks a member of the object being read as seen, a second time being a duplicate key, and moves
   * to its value. Known members are checked here with one bit each, cheaper than the parser's
   * per-object hash set; unknown members are checked where they are kept, and trees by the tree
   * reader. Every known member's case starts here, so no value is read before its name is known to
   * the format.
   */
  final int once(int members, int bit) throws IOException {
    seen((members & bit) != 0);
    return members | bit;
  }

  /** {@link #once(int, int)} for a type with more than 31 members. */
  final long once(long members, long bit) throws IOException {
    seen((members & bit) != 0);
    return members | bit;
  }

  /** Refuses a member seen before, else moves to its value. */
  private void seen(boolean before) throws IOException {
    if (before) {
      String name = p.getParsingContext().getCurrentName();
      throw error(
          "format.duplicate-key",
          pointer(),
          Messages.of("format.duplicate-key", Messages.quote(name)));
    }
    advance();
  }

  /** A required member is one whose bit {@link #once} has set: no second mask to keep. */
  final void require(int members, int bit, String name) {
    require((members & bit) != 0, name);
  }

  /** {@link #require(int, int, String)} for a type with more than 31 members. */
  final void require(long members, long bit, String name) {
    require((members & bit) != 0, name);
  }

  /** Called on the object's END_OBJECT, where the context already points at the object. */
  private void require(boolean present, String name) {
    if (!present) {
      String at = pointer();
      throw error("format.missing", at + "/" + name, Messages.of("format.missing", name));
    }
  }

  final GovernanceJsonException invariant(InvalidRecordException e) {
    return error("format.invariant", pointer(), model("format.invariant", e));
  }

  /** The model's message in each language, into the same language's sentence. */
  private static BilingualText model(String key, InvalidRecordException e) {
    return BilingualText.of(
        Messages.of(key, Messages.detail(e.getMessage())).getVi(),
        Messages.of(key, Messages.detail(e.getMessage(java.util.Locale.ENGLISH)))
            .getEn()
            .orElseThrow());
  }

  private GovernanceJsonException wrongType(String expected) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return error("format.null", pointer(), Messages.of("format.null"));
    }
    String found = found(t);
    return error(
        "format.type",
        pointer(),
        BilingualText.of(
            Messages.of("format.type", Messages.vi(expected), Messages.vi(found)).getVi(),
            Messages.of("format.type", Messages.en(expected), Messages.en(found)).getEn().get()));
  }

  private static String found(JsonToken t) {
    if (t == null) {
      return "type.end";
    }
    return switch (t) {
      case START_OBJECT -> "type.object";
      case START_ARRAY -> "type.array";
      case VALUE_STRING -> "type.string";
      case VALUE_NUMBER_INT -> "type.integer";
      case VALUE_NUMBER_FLOAT -> "type.number";
      case VALUE_TRUE, VALUE_FALSE -> "type.boolean";
      case VALUE_NULL -> "type.null";
      default -> "type.end";
    };
  }

  /** The pointer of the current value (or, on an END_OBJECT, of the object just closed). */
  private String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  private GovernanceJsonException error(String code, String pointer, BilingualText text) {
    JsonLocation at = p.currentTokenLocation();
    return new GovernanceJsonException(code, pointer, at.getLineNr(), at.getColumnNr(), text);
  }
}
