package vn.massorg.governance.validation;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import vn.massorg.governance.model.BilingualText;

/**
 * One outcome of validation: a stable rule code, a severity, the JSON Pointer of the value at
 * fault, a message in Vietnamese and English, and the source of the rule.
 *
 * <p>The path is a JSON Pointer (RFC 6901) into the record's JSON form, which uses the model's
 * attribute names: {@code /meeting/agenda/0/presentations/0/presenterId}. The arguments are the
 * values the message was made from ({@code present}, {@code required}, ...), for machines.
 *
 * <pre>{@code
 * finding.line(Locale.forLanguageTag("vi"));
 * // "ERROR meeting.quorum /meeting/attendance: Chỉ 8 trong 15 ủy viên dự họp; ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {
  private final String code;
  private final Severity severity;
  private final String path;

  /**
   * The message, or null until a finding made from a renderer is first asked for it. Racy by
   * design: a renderer may run twice on two threads, and both get equal, immutable texts.
   */
  private BilingualText message;

  private final Supplier<BilingualText> renderer;
  private final RuleSource source;
  private final Map<String, String> arguments;

  private Finding(
      String code,
      Severity severity,
      String path,
      BilingualText message,
      Supplier<BilingualText> renderer,
      RuleSource source,
      Map<String, String> arguments) {
    this.code = code;
    this.severity = severity;
    this.path = path;
    this.message = message;
    this.renderer = renderer;
    this.source = source;
    this.arguments = arguments;
  }

  /**
   * A finding.
   *
   * @param code the rule code, not null
   * @param severity the severity, not null
   * @param path the JSON Pointer of the value at fault, "" for the whole record, not null
   * @param message the message, not null
   * @param source the rule's source, not null
   * @param arguments the values the message was made from, not null
   * @return the finding, not null
   * @throws IllegalArgumentException if the path is not a JSON Pointer
   */
  public static Finding of(
      String code,
      Severity severity,
      String path,
      BilingualText message,
      RuleSource source,
      Map<String, String> arguments) {
    return new Finding(
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(severity, "severity"),
        pointer(path),
        Objects.requireNonNull(message, "message"),
        null,
        Objects.requireNonNull(source, "source"),
        copy(arguments));
  }

  /**
   * A finding whose message is rendered when it is first needed ({@link #getMessage()}, {@link
   * #line}, equality): a report that is only counted or written as codes and paths never pays for
   * its messages.
   *
   * <pre>{@code
   * Finding.of("x.rule", Severity.WARNING, "/meeting", () -> BilingualText.of("...", "..."),
   *     source, Map.of());
   * }</pre>
   *
   * @param code the rule code, not null
   * @param severity the severity, not null
   * @param path the JSON Pointer of the value at fault, "" for the whole record, not null
   * @param message renders the message; not null, and must give equal texts each time, since it may
   *     run more than once when threads race for the first rendering
   * @param source the rule's source, not null
   * @param arguments the values the message was made from, not null
   * @return the finding, not null
   * @throws IllegalArgumentException if the path is not a JSON Pointer
   */
  public static Finding of(
      String code,
      Severity severity,
      String path,
      Supplier<BilingualText> message,
      RuleSource source,
      Map<String, String> arguments) {
    return new Finding(
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(severity, "severity"),
        pointer(path),
        null,
        Objects.requireNonNull(message, "message"),
        Objects.requireNonNull(source, "source"),
        copy(arguments));
  }

  private static String pointer(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("'path' is not a JSON Pointer: \"" + path + "\"");
    }
    return path;
  }

  private static Map<String, String> copy(Map<String, String> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> argument : arguments.entrySet()) {
      sorted.put(
          Objects.requireNonNull(argument.getKey(), "argument name"),
          Objects.requireNonNull(argument.getValue(), "argument value"));
    }
    return Collections.unmodifiableMap(sorted);
  }

  /**
   * The same finding at a path below a prefix: a record's findings within an archive.
   *
   * @param prefix a JSON Pointer, not null
   * @return the finding, not null
   */
  public Finding under(String prefix) {
    return new Finding(
        code,
        severity,
        pointer(Objects.requireNonNull(prefix, "prefix") + path),
        message,
        renderer,
        source,
        arguments);
  }

  /**
   * The stable rule code, e.g. {@code meeting.quorum}.
   *
   * @return the code, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * The severity.
   *
   * @return the severity, not null
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * The JSON Pointer of the value at fault; "" for the whole record.
   *
   * @return the path, not null
   */
  public String getPath() {
    return path;
  }

  /**
   * The message.
   *
   * @return the message in Vietnamese and English, not null
   */
  public BilingualText getMessage() {
    BilingualText rendered = message;
    if (rendered == null) {
      rendered = Objects.requireNonNull(renderer.get(), "rendered message");
      message = rendered;
    }
    return rendered;
  }

  /**
   * The rule's source.
   *
   * @return the source, not null
   */
  public RuleSource getSource() {
    return source;
  }

  /**
   * The values the message was made from.
   *
   * @return the arguments by name, not null
   */
  public Map<String, String> getArguments() {
    return arguments;
  }

  /**
   * The finding on one line: {@code SEVERITY CODE /path: message}, with any control character of
   * the path or message (a line break in a key from the input) written as {@code \\uXXXX}.
   *
   * @param locale the reader's locale, not null
   * @return the line, not null
   */
  public String line(Locale locale) {
    return severity.name()
        + " "
        + code
        + " "
        + oneLine(path.isEmpty() ? "/" : path)
        + ": "
        + oneLine(getMessage().in(locale));
  }

  /** A path or message can carry a key or value from the input with a line break in it. */
  private static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // ISO controls and the two Unicode line terminators: each would end a line in some reader.
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return code.equals(that.code)
        && severity == that.severity
        && path.equals(that.path)
        && getMessage().equals(that.getMessage())
        && source.equals(that.source)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, path, getMessage(), source, arguments);
  }

  @Override
  public String toString() {
    return line(Locale.ENGLISH);
  }
}
