package vn.massorg.governance.json;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Bad and hostile JSON, made by the test as it is read (no giant files in git): each case is an
 * input stream, a reader mode and the error code it must end in. Used by {@code HostileInputTest}
 * and, under {@code -Xmx64m}, by {@code HostileInputCheck}; public (in the test-jar) so that the
 * command line's tests feed the same corpus through {@code validate}.
 */
public final class HostileCorpus {
  /** One kind of bad input. */
  public static final class Case {
    final String name;
    final GovernanceJson json;
    final Supplier<InputStream> input;
    final String code;

    Case(String name, GovernanceJson json, Supplier<InputStream> input, String code) {
      this.name = name;
      this.json = json;
      this.input = input;
      this.code = code;
    }

    /**
     * What the case is, in a few words.
     *
     * @return the name, not null
     */
    public String name() {
      return name;
    }

    /**
     * The input, made afresh as it is read; huge cases are never held in memory.
     *
     * @return a new stream, not null
     */
    public InputStream open() {
      return input.get();
    }

    /**
     * Whether the case is meant for the lenient reader (a strict reader refuses it earlier, at its
     * unknown member).
     *
     * @return true for the lenient reader
     */
    public boolean isLenient() {
      return json.isLenient();
    }

    /**
     * The code of the {@link GovernanceJsonException} the case must end in, with its reader.
     *
     * @return a {@code format.*} code, not null
     */
    public String code() {
      return code;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private HostileCorpus() {}

  static final String HEAD =
      "{\"format\":\"vn.massorg.governance/meeting-record\"," + "\"formatVersion\":\"1.0\",";

  /**
   * Every case, in a fixed order.
   *
   * @return the cases, not null
   */
  public static List<Case> cases() {
    GovernanceJson strict = GovernanceJson.strict();
    GovernanceJson lenient = GovernanceJson.lenient();
    String valid = strict.write(Samples.everyAttribute());
    List<Case> cases = new ArrayList<>();
    // sizes and depths
    cases.add(
        new Case(
            "100,000 nested arrays at the top",
            strict,
            () -> repeat("", "[", 100_000, ""),
            "format.type"));
    cases.add(
        new Case(
            "100,000 nested arrays in an unknown member",
            lenient,
            () -> repeat(HEAD + "\"x\":", "[", 100_000, ""),
            "format.limit"));
    cases.add(
        new Case(
            "100,000 nested objects in an unknown member",
            lenient,
            () -> repeat(HEAD + "\"x\":", "{\"a\":", 100_000, ""),
            "format.limit"));
    cases.add(
        new Case(
            "65 nested arrays in an unknown member",
            lenient,
            () -> repeat(HEAD + "\"x\":", "[", 65, ""),
            "format.limit"));
    cases.add(
        new Case(
            "a 100 MB string in a name",
            strict,
            () ->
                repeat(
                    HEAD + "\"people\":[{\"id\":\"p\",\"givenName\":\"", "ă", 50_000_000, "\"}]}"),
            "format.limit"));
    cases.add(
        new Case(
            "a 100 MB string in an unknown member",
            lenient,
            () -> repeat(HEAD + "\"x\":\"", "a", 100_000_000, "\"}"),
            "format.limit"));
    cases.add(
        new Case(
            "a million-digit number",
            strict,
            () -> repeat(HEAD + "\"term\":{\"id\":\"t\",\"ordinal\":", "9", 1_000_000, "}}"),
            "format.limit"));
    cases.add(
        new Case(
            "a million-digit number in an unknown member",
            lenient,
            () -> repeat(HEAD + "\"x\":1.", "0", 1_000_000, "}"),
            "format.limit"));
    cases.add(
        new Case(
            "a 300-character member name",
            lenient,
            () -> repeat(HEAD + "\"", "k", 300, "\":1}"),
            "format.limit"));
    cases.add(
        new Case(
            "a huge array in a known list",
            strict,
            () -> repeat(HEAD + "\"people\":[0", ",0", 5_000_000, "]}"),
            "format.type"));
    cases.add(
        new Case(
            "a huge array in an unknown member",
            lenient,
            () -> repeat(HEAD + "\"x\":[0", ",0", 3_000_000, "]}"),
            "format.limit"));
    cases.add(
        new Case(
            "a million keys in an unknown member", lenient, () -> keys(1_000_000), "format.limit"));
    cases.add(
        new Case(
            "a million keys in a known object",
            strict,
            () -> keys(1_000_000),
            "format.unknown-field"));
    // A code of the form a-a-a-...: the code's regular expression recursed once per repetition
    // and overflowed the stack; the model now refuses it for its length, then scans its form.
    cases.add(
        new Case(
            "a 10,001-character code of the form a-a-a-...",
            strict,
            () ->
                text(
                    valid.replaceFirst(
                        "\"level\":\"[a-z-]+\"", "\"level\":\"" + "a-".repeat(5_000) + "a\"")),
            "format.value"));
    cases.add(
        new Case(
            "20 MB of whitespace",
            strict,
            () -> repeat("", " ", 20_000_000, valid),
            "format.limit"));
    // encodings
    cases.add(
        new Case(
            "invalid UTF-8 byte",
            strict,
            () ->
                bytes(HEAD + "\"organisation\":{\"id\":", new byte[] {'"', (byte) 0xFF, '"', '}'}),
            "format.syntax"));
    cases.add(
        new Case(
            "overlong UTF-8 for '/'",
            strict,
            () ->
                bytes(
                    HEAD + "\"organisation\":{\"id\":",
                    new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}),
            "format.syntax"));
    cases.add(
        new Case(
            "overlong 3-byte UTF-8 NUL",
            strict,
            () -> bytes(HEAD, new byte[] {'"', (byte) 0xE0, (byte) 0x80, (byte) 0x80, '"'}),
            "format.syntax"));
    cases.add(
        new Case(
            "UTF-8-encoded surrogate (CESU-8)",
            strict,
            () -> bytes(HEAD, new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}),
            "format.syntax"));
    cases.add(
        new Case(
            "a truncated UTF-8 sequence",
            strict,
            () ->
                bytes(HEAD + "\"organisation\":{\"id\":", new byte[] {'"', (byte) 0xE1, '"', '}'}),
            "format.syntax"));
    cases.add(
        new Case(
            "UTF-16LE with BOM",
            strict,
            () -> encoded("\uFEFF" + valid, StandardCharsets.UTF_16LE),
            "format.syntax"));
    cases.add(
        new Case(
            "UTF-16BE without BOM",
            strict,
            () -> encoded(valid, StandardCharsets.UTF_16BE),
            "format.syntax"));
    cases.add(
        new Case(
            "UTF-32", strict, () -> encoded(valid, Charset.forName("UTF-32")), "format.syntax"));
    cases.add(
        new Case(
            "UTF-8 BOM",
            strict,
            () ->
                bytes(
                    "",
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    valid.getBytes(StandardCharsets.UTF_8)),
            "format.syntax"));
    cases.add(
        new Case(
            "a raw NUL byte in a string",
            strict,
            () -> text(valid.replace("Hall A", "Hall\u0000A")),
            "format.syntax"));
    cases.add(
        new Case("a raw NUL byte first", strict, () -> text("\u0000" + valid), "format.syntax"));
    cases.add(
        new Case(
            "an escaped lone surrogate",
            strict,
            () -> text(valid.replace("Hall A", "Hall\\ud800A")),
            "format.value"));
    cases.add(
        new Case(
            "an escaped lone surrogate in an unknown member",
            lenient,
            () -> text(HEAD + "\"x\":{\"note\":[\"a\\udc00b\"]}}"),
            "format.value"));
    // Jackson's name decoder refuses it before the reader sees the name.
    cases.add(
        new Case(
            "an escaped lone surrogate in an unknown member's name",
            lenient,
            () -> text(HEAD + "\"x\\ud800\":1}"),
            "format.syntax"));
    cases.add(
        new Case(
            "a raw line break in a string",
            strict,
            () -> text(valid.replace("Hall A", "Hall\nA")),
            "format.syntax"));
    cases.add(
        new Case(
            "an invalid escape",
            strict,
            () -> text(valid.replace("Hall A", "Hall\\xA")),
            "format.syntax"));
    // tokens that are not JSON
    cases.add(
        new Case(
            "NaN",
            strict,
            () -> text(valid.replace("\"ordinal\":7", "\"ordinal\":NaN")),
            "format.syntax"));
    cases.add(
        new Case(
            "Infinity",
            strict,
            () -> text(valid.replace("\"ordinal\":7", "\"ordinal\":-Infinity")),
            "format.syntax"));
    cases.add(
        new Case(
            "leading zeros",
            strict,
            () -> text(valid.replace("\"ordinal\":7", "\"ordinal\":007")),
            "format.syntax"));
    cases.add(new Case("a block comment", strict, () -> text("/* x */" + valid), "format.syntax"));
    cases.add(
        new Case(
            "a line comment",
            strict,
            () -> text(valid.replace(",\"term\"", ",// x\n\"term\"")),
            "format.syntax"));
    cases.add(
        new Case(
            "single quotes",
            strict,
            () -> text(valid.replace("\"term\"", "'term'")),
            "format.syntax"));
    cases.add(
        new Case(
            "an unquoted name",
            strict,
            () -> text(valid.replace("\"term\"", "term")),
            "format.syntax"));
    cases.add(
        new Case(
            "a trailing comma", strict, () -> text(valid.replace("}]}", "},]}")), "format.syntax"));
    cases.add(new Case("trailing garbage", strict, () -> text(valid + "garbage"), "format.syntax"));
    cases.add(new Case("a second document", strict, () -> text(valid + valid), "format.syntax"));
    cases.add(
        new Case(
            "truncated in the middle",
            strict,
            () -> text(valid.substring(0, valid.length() / 2)),
            "format.syntax"));
    cases.add(new Case("empty input", strict, () -> text(""), "format.syntax"));
    // shapes
    cases.add(new Case("a top-level array", strict, () -> text("[" + valid + "]"), "format.type"));
    cases.add(new Case("a top-level string", strict, () -> text("\"meeting\""), "format.type"));
    cases.add(new Case("a top-level number", strict, () -> text("42"), "format.type"));
    cases.add(new Case("a top-level null", strict, () -> text("null"), "format.null"));
    cases.add(
        new Case(
            "duplicate keys in the envelope",
            strict,
            () ->
                text(
                    valid.replace(
                        "\"formatVersion\":\"1.0\"",
                        "\"formatVersion\":\"1.0\",\"formatVersion\":\"1.0\"")),
            "format.duplicate-key"));
    cases.add(
        new Case(
            "duplicate keys in an unknown member",
            lenient,
            () -> text(HEAD + "\"x\":{\"a\":1,\"a\":2}}"),
            "format.duplicate-key"));
    cases.add(
        new Case(
            "a polymorphic gadget array",
            strict,
            () -> text("[\"java.lang.Runtime\",{\"exec\":\"rm -rf /\"}]"),
            "format.type"));
    cases.add(
        new Case(
            "a polymorphic gadget array as a member",
            strict,
            () ->
                text(
                    HEAD
                        + "\"organisation\":[\"com.sun.rowset.JdbcRowSetImpl\","
                        + "{\"dataSourceName\":\"ldap://x\",\"autoCommit\":true}]}"),
            "format.type"));
    cases.add(
        new Case(
            "an @class member",
            strict,
            () -> text(HEAD + "\"organisation\":{\"@class\":\"java.lang.ProcessBuilder\"}}"),
            "format.unknown-field"));
    cases.add(
        new Case(
            "an @type member in a text",
            strict,
            () ->
                text(
                    valid.replace(
                        "{\"vi\":\"Ban Chấp hành\"",
                        "{\"@type\":\"java.net.URL\",\"vi\":\"Ban Chấp hành\"")),
            "format.unknown-field"));
    cases.add(
        new Case(
            "an unknown format version",
            lenient,
            () -> text(valid.replace("\"1.0\"", "\"9.0\"")),
            "format.version"));
    return Collections.unmodifiableList(cases);
  }

  static InputStream text(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static InputStream encoded(String s, Charset charset) {
    return new java.io.ByteArrayInputStream(s.getBytes(charset));
  }

  static InputStream bytes(String head, byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    out.write(h, 0, h.length);
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return new java.io.ByteArrayInputStream(out.toByteArray());
  }

  /** head, then unit n times, then tail, made as it is read. */
  static InputStream repeat(String head, String unit, long n, String tail) {
    return new SequenceInputStream(
        new SequenceInputStream(
            text(head), new ArchiveTest.Repeating(unit.getBytes(StandardCharsets.UTF_8), n)),
        text(tail));
  }

  /** A document whose organisation holds a million distinct keys. */
  static InputStream keys(int n) {
    return new InputStream() {
      private final byte[] head = (HEAD + "\"organisation\":{").getBytes(StandardCharsets.UTF_8);
      private int i = -1;
      private byte[] current = head;
      private int position;

      @Override
      public int read() {
        while (position == current.length) {
          i++;
          if (i > n) {
            return -1;
          }
          current = (i == n ? "\"k\":0}}" : "\"k" + i + "\":0,").getBytes(StandardCharsets.UTF_8);
          position = 0;
        }
        return current[position++] & 0xff;
      }
    };
  }
}
