package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of bad input gets its own message, naming the limit or the character at fault, rather
 * than a generic one: the parser's text is translated case by case.
 */
class ErrorMessagesTest {
  private static final String HEAD = HostileCorpus.HEAD;
  private static final String VALID = GovernanceJson.strict().write(Samples.everyAttribute());

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of(
            "truncated",
            false,
            HEAD + "\"organisation\":",
            "format.syntax",
            "The JSON text ends in the middle"),
        Arguments.of(
            "a raw control character",
            false,
            VALID.replace("Hall A", "Hall\u0001A"),
            "format.syntax",
            "The control character U+0001 in a string must be escaped"),
        Arguments.of(
            "an invalid escape",
            false,
            VALID.replace("Hall A", "Hall\\xA"),
            "format.syntax",
            "Invalid escape sequence"),
        Arguments.of(
            "NaN",
            false,
            VALID.replace("\"ordinal\":7", "\"ordinal\":NaN"),
            "format.syntax",
            "Not a JSON token: 'NaN'"),
        Arguments.of(
            "a leading zero",
            false,
            VALID.replace("\"ordinal\":7", "\"ordinal\":007"),
            "format.syntax",
            "Not a JSON number"),
        Arguments.of(
            "single quotes",
            false,
            VALID.replace("\"term\"", "'term'"),
            "format.syntax",
            "Not a JSON token: U+0027"),
        Arguments.of(
            "a missing colon",
            false,
            HEAD + "\"organisation\" {}}",
            "format.syntax",
            "Unexpected character U+007B"),
        Arguments.of(
            "deep nesting",
            true,
            HEAD + "\"x\":" + "[".repeat(70),
            "format.limit",
            "Nested too deeply (at most 64 levels)"),
        Arguments.of(
            "a long number",
            true,
            HEAD + "\"x\":" + "1".repeat(40) + "}",
            "format.limit",
            "Number too long (at most 32 digits)"),
        Arguments.of(
            "a long name",
            true,
            HEAD + "\"" + "k".repeat(300) + "\":1}",
            "format.limit",
            "Member name too long (at most 200 characters)"),
        Arguments.of(
            "a duplicate key",
            false,
            VALID.replace(
                "\"formatVersion\":\"1.0\"", "\"formatVersion\":\"1.0\",\"formatVersion\":\"1.0\""),
            "format.duplicate-key",
            "formatVersion"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void eachKindOfBadInputHasItsOwnMessage(
      String name, boolean lenient, String input, String code, String message) {
    GovernanceJson json = lenient ? GovernanceJson.lenient() : GovernanceJson.strict();
    GovernanceJsonException e =
        catchThrowableOfType(
            GovernanceJsonException.class, () -> json.read(input.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).as(name).isNotNull();
    assertThat(e.getCode()).as(name).isEqualTo(code);
    assertThat(e.getMessage(Locale.ENGLISH)).as(name).contains(message);
    assertThat(e.getLine()).as(name).isPositive();
    assertThat(e.getColumn()).as(name).isPositive();
  }

  static Stream<Arguments> hugeInputs() {
    return Stream.of(
        Arguments.of(
            "a long string",
            HostileCorpus.repeat(HEAD + "\"x\":\"", "a", 1_100_000, "\"}"),
            "String too long (at most 1000000 characters)"),
        Arguments.of(
            "many tokens",
            HostileCorpus.repeat(HEAD + "\"x\":[0", ",0", 600_000, "]}"),
            "Too many values in the document (at most 500000)"),
        Arguments.of(
            "a large document",
            HostileCorpus.repeat(HEAD + "\"x\":1", " ", 9_000_000, "}"),
            "Document too large (at most 8388608 bytes)"),
        Arguments.of(
            "invalid UTF-8",
            HostileCorpus.bytes(HEAD + "\"x\":", new byte[] {'"', (byte) 0xFF, '"', '}'}),
            "The text is not valid UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hugeInputs")
  void limitsAndEncodingsNameWhatWasExceeded(String name, InputStream input, String message)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    input.transferTo(bytes);
    GovernanceJsonException e =
        catchThrowableOfType(
            GovernanceJsonException.class,
            () -> GovernanceJson.lenient().read(bytes.toByteArray()));
    assertThat(e).as(name).isNotNull();
    assertThat(e.getMessage(Locale.ENGLISH)).as(name).contains(message);
    // The same input as a stream ends in the same error.
    GovernanceJsonException streamed =
        catchThrowableOfType(
            GovernanceJsonException.class,
            () ->
                GovernanceJson.lenient()
                    .read(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    assertThat(streamed).as(name + " as a stream").isNotNull();
    assertThat(streamed.getCode()).isEqualTo(e.getCode());
  }
}
