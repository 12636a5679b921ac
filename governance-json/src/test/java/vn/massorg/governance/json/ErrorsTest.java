package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages that {@link Errors} finds in the input where the parser stopped, one case for each
 * way of finding it (docs/design/errors.md), each the same whether the document is read as bytes, a
 * stream, a string or a reader. A Jackson upgrade that moved where it reports an error, or threw
 * another type, changes one of these.
 */
class ErrorsTest {
  private static final String HEAD = HostileCorpus.HEAD;

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of(HEAD + "\"x\":1,", "format.syntax", "The JSON text ends in the middle"),
        Arguments.of(HEAD + "\"x\":\"a\u0001\"}", "format.syntax", "control character U+0001"),
        Arguments.of(HEAD + "\"x\":\"a\tb\"}", "format.syntax", "control character U+0009"),
        Arguments.of(HEAD + "\"x\":1\u0001}", "format.syntax", "Malformed JSON"),
        Arguments.of(HEAD + "\"x\":\"\\u12g4\"}", "format.syntax", "Invalid escape sequence"),
        Arguments.of(HEAD + "\"x\":\"\\q\"}", "format.syntax", "Invalid escape sequence"),
        Arguments.of(HEAD + "\"x\":-Infinity}", "format.syntax", "Not a JSON token: '-Infinity'"),
        Arguments.of(HEAD + "\"x\":tru}", "format.syntax", "Not a JSON token: 'tru'"),
        Arguments.of(HEAD + "\"x\":/}", "format.syntax", "Not a JSON token: U+002F"),
        Arguments.of(HEAD + "\"x\":1/}", "format.syntax", "Not a JSON token: U+002F"),
        Arguments.of(HEAD + "\"x\":-}", "format.syntax", "Not a JSON number"),
        Arguments.of(HEAD + "\"x\":1.}", "format.syntax", "Not a JSON number"),
        Arguments.of(HEAD + "\"x\":01}", "format.syntax", "Not a JSON number"),
        Arguments.of(HEAD + "\"x\":*}", "format.syntax", "Not a JSON number"),
        Arguments.of(HEAD + "\"x\":1x}", "format.syntax", "Unexpected character U+0078"),
        Arguments.of(HEAD + "\"x\":0.1.2}", "format.syntax", "Unexpected character U+002E"),
        Arguments.of(HEAD + "\"x\":}", "format.syntax", "Unexpected character U+007D"),
        Arguments.of(HEAD + "\"x\":[1,]}", "format.syntax", "Unexpected character U+005D"),
        Arguments.of(HEAD + "\"x\" 1}", "format.syntax", "Unexpected character U+0031"),
        Arguments.of(HEAD + "\"x\"}", "format.syntax", "Unexpected character U+007D"),
        Arguments.of(HEAD + "\"x\":[1}", "format.syntax", "Malformed JSON"),
        Arguments.of(HEAD + "\"x\":{\"a\":1,\"a\":2}}", "format.duplicate-key", "\"a\""),
        Arguments.of(
            HEAD
                + "\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                + "[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
            "format.limit",
            "Nested too deeply (at most 64 levels)"),
        Arguments.of(HEAD + "\"x\":" + "1".repeat(33) + "}", "format.limit", "Number too long"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theMessageIsFoundInTheInputWhateverItIsReadFrom(String doc, String code, String message) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    GovernanceJson json = GovernanceJson.lenient();
    GovernanceJsonException fromBytes = rejected(() -> json.read(bytes));
    assertThat(fromBytes.getCode()).isEqualTo(code);
    assertThat(fromBytes.getMessage(Locale.ENGLISH)).contains(message);
    Rejections.assertClean(fromBytes);
    String text = fromBytes.getText().getEn().orElseThrow();
    assertThat(rejected(() -> json.read(new ByteArrayInputStream(bytes))).getText().getEn())
        .hasValue(text);
    assertThat(rejected(() -> json.read(doc)).getText().getEn()).hasValue(text);
    assertThat(rejected(() -> json.read(new StringReader(doc))).getText().getEn()).hasValue(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("utf8")
  void malformedUtf8IsSaidSoWhereverItIs(String where, byte[] bytes) {
    GovernanceJsonException e = rejected(() -> GovernanceJson.lenient().read(bytes));
    assertThat(e.getMessage(Locale.ENGLISH)).contains("The text is not valid UTF-8");
    assertThat(
            rejected(() -> GovernanceJson.lenient().read(new ByteArrayInputStream(bytes)))
                .getText())
        .isEqualTo(e.getText());
  }

  static Stream<Arguments> utf8() {
    return Stream.of(
        Arguments.of("in a value", bytes(HEAD + "\"x\":\"a", 0xC3, 0x28, '"', '}')),
        Arguments.of("in a name", bytes(HEAD + "\"x", 0xFF, 'y', '"', ':', '1', '}')),
        Arguments.of("a surrogate", bytes(HEAD + "\"x\":\"", 0xED, 0xA0, 0x80, '"', '}')),
        Arguments.of("where a value is due", bytes(HEAD + "\"x\":", 0x80, '}')));
  }

  private static byte[] bytes(String head, int... tail) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(h, h.length + tail.length);
    for (int i = 0; i < tail.length; i++) {
      out[h.length + i] = (byte) tail[i];
    }
    return out;
  }

  private static GovernanceJsonException rejected(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    GovernanceJsonException e = catchThrowableOfType(GovernanceJsonException.class, read);
    assertThat(e).isNotNull();
    return e;
  }
}
