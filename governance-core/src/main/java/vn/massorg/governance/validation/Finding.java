package vn.massorg.governance.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
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
  private final Location location;

  /**
   * The message, or null until a finding made from a renderer is first asked for it. Racy by
   * design: a renderer may run twice on two threads, and both get equal, immutable texts.
   */
  private BilingualText message;

  private final Supplier<BilingualText> renderer;
  private final RuleSource source;
  private final Map<String, String> arguments;

  /**
   * Where the fault is: the record's position in an archive (-1 for a finding about one record
   * alone), the reference tokens of the pointer within the record and the pointer written from
   * them, and the place in the JSON text (from 1; -1 when not read from text). The tokens are what
   * is kept; the pointer is derived from them once, here, so that neither form is ever parsed back
   * from the other.
   */
  private record Location(
      long record, List<String> segments, String pointer, long line, long column) {
    static final Location WHOLE_RECORD = new Location(-1, List.of(), "", -1, -1);

    /** A location within one record, from a JSON Pointer given as text. */
    static Location of(String path) {
      List<String> segments = segments(Objects.requireNonNull(path, "path"), path);
      return segments.isEmpty()
          ? WHOLE_RECORD
          : new Location(-1, segments, pointer(segments), -1, -1);
    }

    Location under(String prefix) {
      List<String> outer = segments(Objects.requireNonNull(prefix, "prefix"), prefix + pointer);
      if (outer.isEmpty()) {
        return this;
      }
      List<String> all = new ArrayList<>(outer.size() + segments.size());
      all.addAll(outer);
      all.addAll(segments);
      return new Location(record, List.copyOf(all), pointer(outer) + pointer, line, column);
    }

    Location inRecord(long index) {
      return new Location(index, segments, pointer, line, column);
    }

    Location at(long atLine, long atColumn) {
      return new Location(record, segments, pointer, atLine, atColumn);
    }

    /**
     * The reference tokens of a JSON Pointer (RFC 6901), unescaped ({@code ~1} is {@code /}, {@code
     * ~0} is {@code ~}).
     *
     * @param text the pointer
     * @param shown the pointer as the message of a refusal shows it
     * @throws IllegalArgumentException if the text is neither "" nor starts with {@code /}, or has
     *     a {@code ~} that is not {@code ~0} or {@code ~1}: no pointer, and one that could not be
     *     written back from its tokens as it was given
     */
    private static List<String> segments(String text, String shown) {
      if (text.isEmpty()) {
        return List.of();
      }
      if (text.charAt(0) != '/') {
        throw notAPointer(shown);
      }
      List<String> segments = new ArrayList<>();
      StringBuilder token = new StringBuilder();
      for (int i = 1; i <= text.length(); i++) {
        char c = i < text.length() ? text.charAt(i) : '/';
        if (c == '/') {
          segments.add(token.toString());
          token.setLength(0);
        } else if (c != '~') {
          token.append(c);
        } else if (i + 1 < text.length() && text.charAt(i + 1) == '0') {
          token.append('~');
          i++;
        } else if (i + 1 < text.length() && text.charAt(i + 1) == '1') {
          token.append('/');
          i++;
        } else {
          throw notAPointer(shown);
        }
      }
      return List.copyOf(segments);
    }

    private static IllegalArgumentException notAPointer(String shown) {
      return new IllegalArgumentException("'path' is not a JSON Pointer: \"" + shown + "\"");
    }

    /** The JSON Pointer of reference tokens, each escaped. */
    private static String pointer(List<String> segments) {
      StringBuilder out = new StringBuilder();
      for (String segment : segments) {
        out.append('/');
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
          out.append(segment);
        } else {
          out.append(segment.replace("~", "~0").replace("/", "~1"));
        }
      }
      return out.toString();
    }
  }

  private Finding(
      String code,
      Severity severity,
      Location location,
      BilingualText message,
      Supplier<BilingualText> renderer,
      RuleSource source,
      Map<String, String> arguments) {
    this.code = code;
    this.severity = severity;
    this.location = location;
    this.message = message;
    this.renderer = renderer;
    this.source = source;
    this.arguments = arguments;
  }

  /** The one copy of a finding: the same finding at another location. */
  private Finding relocated(Location other) {
    return new Finding(code, severity, other, message, renderer, source, arguments);
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
   * @throws IllegalArgumentException if the path is not a JSON Pointer (RFC 6901: "" or starting
   *     with {@code /}, every {@code ~} written {@code ~0} or {@code ~1})
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
        Location.of(path),
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
   * @throws IllegalArgumentException if the path is not a JSON Pointer (RFC 6901: "" or starting
   *     with {@code /}, every {@code ~} written {@code ~0} or {@code ~1})
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
        Location.of(path),
        null,
        Objects.requireNonNull(message, "message"),
        Objects.requireNonNull(source, "source"),
        copy(arguments));
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
   * The same finding at a path below a prefix.
   *
   * @param prefix a JSON Pointer, not null
   * @return the finding, not null
   * @throws IllegalArgumentException if the prefix is not a JSON Pointer
   */
  public Finding under(String prefix) {
    return relocated(location.under(prefix));
  }

  /**
   * The same finding about a record of an archive: its path is then under {@code /index} ({@link
   * #getPath()}), and {@link #getRecord()} gives the index without parsing the path.
   *
   * <pre>{@code
   * Finding f = finding.inRecord(3); // f.getPath() is "/3/meeting/date"
   * f.getRecord();                    // OptionalLong[3]
   * f.getPathInRecord();              // "/meeting/date"
   * }</pre>
   *
   * @param index the record's position in the archive, from 0
   * @return the finding, not null
   * @throws IllegalArgumentException if the index is negative
   * @throws IllegalStateException if the finding is already about a record of an archive
   */
  public Finding inRecord(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("'index' is negative: " + index);
    }
    if (location.record() >= 0) {
      throw new IllegalStateException("the finding is already about record " + location.record());
    }
    return relocated(location.inRecord(index));
  }

  /**
   * The same finding with no record of an archive: its path within the record alone.
   *
   * @return the finding, not null; this one if it names no record
   */
  public Finding withinRecord() {
    return location.record() < 0 ? this : relocated(location.inRecord(-1));
  }

  /**
   * The same finding with the place in the JSON text where it was found, as a reader counts it.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the finding, not null
   * @throws IllegalArgumentException if the line or column is below 1
   */
  public Finding at(long line, long column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "a line and a column count from 1: " + line + ":" + column);
    }
    return relocated(location.at(line, column));
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
   * The JSON Pointer of the value at fault; "" for the whole record. For a finding about a record
   * of an archive ({@link #inRecord}) it starts with the record's position: {@code
   * /3/meeting/date}.
   *
   * @return the path, not null
   */
  public String getPath() {
    return location.record() < 0
        ? location.pointer()
        : "/" + location.record() + location.pointer();
  }

  /**
   * The position of the record the finding is about, in an archive.
   *
   * @return the index from 0, or empty for a finding about one record alone or about no record
   */
  public OptionalLong getRecord() {
    return location.record() < 0 ? OptionalLong.empty() : OptionalLong.of(location.record());
  }

  /**
   * The JSON Pointer of the value at fault within its record: {@link #getPath()} without the
   * record's position.
   *
   * @return the path, "" for the whole record, not null
   */
  public String getPathInRecord() {
    return location.pointer();
  }

  /**
   * The reference tokens of {@link #getPathInRecord()}, unescaped ({@code ~1} is {@code /}, {@code
   * ~0} is {@code ~}), so that no consumer parses the pointer: {@code ["meeting", "agenda", "0"]}.
   *
   * @return the tokens, empty for the whole record, not null
   */
  public List<String> getPathSegments() {
    return location.segments();
  }

  /**
   * The line of the JSON text where the fault was found, for a finding of the reader.
   *
   * @return the line from 1, or empty when the finding was not read from text
   */
  public OptionalLong getLine() {
    return location.line() < 0 ? OptionalLong.empty() : OptionalLong.of(location.line());
  }

  /**
   * The column of the JSON text where the fault was found, as the parser counts (UTF-16 units for
   * text, bytes for bytes), for a finding of the reader.
   *
   * @return the column from 1, or empty when the finding was not read from text
   */
  public OptionalLong getColumn() {
    return location.column() < 0 ? OptionalLong.empty() : OptionalLong.of(location.column());
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
        + oneLine(getPath().isEmpty() ? "/" : getPath())
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

  /**
   * Equal by what the finding's JSON form says ({@code GovernanceJson.writeFinding}): code,
   * severity, full path, message, source and arguments, so that a finding read back from a report
   * equals the one written. The record and the line and column are in that form already, as the
   * path's first token and as arguments.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Finding that
        && code.equals(that.code)
        && severity == that.severity
        && getPath().equals(that.getPath())
        && getMessage().equals(that.getMessage())
        && source.equals(that.source)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, getPath(), getMessage(), source, arguments);
  }

  @Override
  public String toString() {
    return line(Locale.ENGLISH);
  }
}
