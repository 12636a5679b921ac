package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.ImmutableMeeting;
import vn.massorg.governance.model.ImmutableMeetingRecord;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Generators;

/**
 * The canonical form the library writes, byte for byte, against the definition: the written
 * document read as a tree by plain Jackson, members sorted, RFC 8785 escapes, UTF-8. The oracle
 * here is the way the library made the canonical form before it wrote it straight into the hash
 * (model, token buffer, tree, sorted text, bytes), so any drift of the direct writer shows.
 */
class CanonicalOracleTest {
  private final GovernanceJson json = GovernanceJson.strict();

  @Test
  void generatedRecordsHaveTheCanonicalBytesOfTheDefinitionAndTheirDigest() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.validRecords())
        .checkAssert(this::assertCanonical);
  }

  @Test
  void aLoneSurrogateIsRefusedNotWrittenAsAQuestionMark() throws Exception {
    Canonical canonical = new Canonical(new java.io.ByteArrayOutputStream());
    canonical.writeStartObject();
    canonical.writeFieldName("vi");
    canonical.writeString("a\uD800b");
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(canonical::writeEndObject)
        .withMessageContaining("U+D800");
  }

  @Test
  void largeRecordsHaveTheCanonicalBytesOfTheDefinition() {
    qt().withExamples(20).forAll(Generators.largeRecords()).checkAssert(this::assertCanonical);
  }

  @Test
  void everyEscapeAndEveryUtf8LengthIsWrittenAsTheDefinitionSays() {
    StringBuilder text = new StringBuilder("Hội nghị");
    for (char c = 0; c < 0x20; c++) {
      text.append(c);
    }
    // quote, backslash, slash (not escaped), DEL, the ends of the 2- and 3-byte ranges, a
    // character outside the BMP (a surrogate pair, 4 bytes), and NFC text around them.
    text.append("\"\\/\u007f\u0080\u07ff\u0800\uffef\ud83d\ude00 ạ ở ữ");
    MeetingRecord base = Samples.everyAttribute();
    MeetingRecord record =
        ImmutableMeetingRecord.copyOf(base)
            .withMeeting(
                ImmutableMeeting.copyOf(base.getMeeting())
                    .withTitle(BilingualText.of(text.toString(), "end\u001f\u2028\u2029")));
    assertCanonical(record);
    String canonical = new String(json.canonicalBytes(record), StandardCharsets.UTF_8);
    assertThat(canonical)
        .contains(
            "\\u0000\\u0001",
            "\\u001f\\\"\\\\/\u007f",
            "\\b\\t\\n\\u000b\\f\\r",
            "\ud83d\ude00",
            "end\\u001f\u2028\u2029");
  }

  private void assertCanonical(MeetingRecord record) {
    byte[] expected = definition(Docs.tree(record));
    assertThat(json.canonicalBytes(record)).isEqualTo(expected);
    assertThat(json.digest(record))
        .isEqualTo("sha256:" + HexFormat.of().formatHex(sha256(expected)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** RFC 8785 for the values of this format, from a tree, as text first and then UTF-8. */
  static byte[] definition(JsonNode node) {
    StringBuilder out = new StringBuilder();
    append(node, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
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
          out.append(i > 0 ? "," : "");
          string(names.get(i), out);
          out.append(':');
          append(node.get(names.get(i)), out);
        }
        out.append('}');
        break;
      case ARRAY:
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          out.append(i > 0 ? "," : "");
          append(node.get(i), out);
        }
        out.append(']');
        break;
      case STRING:
        string(node.textValue(), out);
        break;
      case BOOLEAN:
        out.append(node.booleanValue());
        break;
      case NUMBER:
        assertThat(node.canConvertToExactIntegral()).isTrue();
        out.append(node.longValue());
        break;
      default:
        throw new AssertionError("the format has no " + node.getNodeType());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    out.append('"');
  }
}
