package vn.massorg.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes a JSON tree in canonical form: members sorted by name (UTF-16 code units, as RFC 8785
 * sorts them), no whitespace, strings escaped as RFC 8785 escapes them (only {@code "}, a backslash
 * and control characters; {@code \b \f \n \r \t} short, others as lowercase six-character escapes),
 * UTF-8. The format's numbers are all ints, written in plain decimal, which is what RFC 8785 gives
 * for them too. Written by hand rather than by a generator so that no generator setting or
 * version can change the bytes.
 */
final class Canonical {
  private Canonical() {}

  static void write(JsonNode node, ByteArrayOutputStream out) {
    StringBuilder text = new StringBuilder(2048);
    append(node, text);
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
  }

  private static void append(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT:
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          names.add(it.next());
        }
        names.sort(null);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(names.get(i), out);
          out.append(':');
          append(node.get(names.get(i)), out);
        }
        out.append('}');
        break;
      case ARRAY:
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          append(node.get(i), out);
        }
        out.append(']');
        break;
      case STRING:
        string(node.textValue(), out);
        break;
      case BOOLEAN:
        out.append(node.booleanValue() ? "true" : "false");
        break;
      case NUMBER:
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
          throw new IllegalStateException("the format has only integers");
        }
        out.append(node.longValue());
        break;
      default:
        throw new IllegalStateException("the format has no " + node.getNodeType());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
