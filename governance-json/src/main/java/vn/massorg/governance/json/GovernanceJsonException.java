package vn.massorg.governance.json;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.RuleLayer;
import vn.massorg.governance.validation.RuleSource;
import vn.massorg.governance.validation.Severity;

/**
 * A document that is not a well-formed meeting record of the exchange format: bad JSON, a member
 * the format does not have, a wrong type, a missing member, a value out of its form, a limit
 * exceeded, or an invariant of the model broken.
 *
 * <p>Vietnamese: <i>lỗi định dạng</i>. It carries a stable code ({@code format.syntax}, {@code
 * format.unknown-field}, {@code format.duplicate-key}, {@code format.type}, {@code format.null},
 * {@code format.missing}, {@code format.value}, {@code format.version}, {@code format.limit},
 * {@code format.invariant}), the JSON Pointer of the value at fault, its line and column, and a
 * one-line message in Vietnamese and English that never shows the library's internal class names.
 * {@link #toFinding()} gives the same error as a validation {@link Finding}, so that parse errors
 * and rule findings share one report shape.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GovernanceJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The source of every format finding: the exchange format, with its version. */
  static final RuleSource SOURCE =
      RuleSource.of(
          RuleLayer.FORMAT,
          BilingualText.of(
              "Định dạng trao đổi hồ sơ hội nghị, phiên bản " + GovernanceJson.FORMAT_VERSION,
              "Meeting record exchange format, version " + GovernanceJson.FORMAT_VERSION));

  /** The stable error code. */
  private final String code;

  /** The JSON Pointer of the value at fault. */
  private final String pointer;

  /** The line, from 1, or -1. */
  private final long line;

  /** The column, from 1, or -1. */
  private final long column;

  /** The message in Vietnamese (kept as strings: the exception stays serializable). */
  private final String vi;

  /** The message in English. */
  private final String en;

  GovernanceJsonException(String code, String pointer, long line, long column, BilingualText text) {
    super(null, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    Objects.requireNonNull(text, "text");
    this.vi = text.getVi();
    this.en = text.getEn().orElse(null);
  }

  /**
   * The stable error code.
   *
   * @return the code, one of {@code format.*}, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * The JSON Pointer (RFC 6901) of the value at fault; "" for the whole document.
   *
   * @return the pointer, not null
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * The line of the fault in the input, from 1 (in an archive: within the record's line).
   *
   * @return the line, or -1 when not known
   */
  public long getLine() {
    return line;
  }

  /**
   * The column of the fault in the input, from 1.
   *
   * @return the column, or -1 when not known
   */
  public long getColumn() {
    return column;
  }

  /**
   * The message in Vietnamese and English, without the location.
   *
   * @return the text, not null
   */
  public BilingualText getText() {
    return en == null ? BilingualText.of(vi) : BilingualText.of(vi, en);
  }

  /**
   * One line: the code, the location and the Vietnamese message.
   *
   * @return the message, not null
   */
  @Override
  public String getMessage() {
    return getMessage(Locale.forLanguageTag("vi"));
  }

  /**
   * One line in a language: the code, the location and the message.
   *
   * @param locale the reader's locale, not null; English gives the English text
   * @return the message, not null
   */
  public String getMessage(Locale locale) {
    boolean en = "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    String where =
        (pointer.isEmpty() ? "/" : pointer)
            + (line < 0
                ? ""
                : (en ? " (line " : " (dòng ")
                    + line
                    + (en ? ", column " : ", cột ")
                    + column
                    + ")");
    return code + " " + where + ": " + (en && this.en != null ? this.en : vi);
  }

  /**
   * The error as a validation finding of the format layer, with its pointer as the path and its
   * line and column as arguments.
   *
   * @return the finding, severity error, not null
   */
  public Finding toFinding() {
    Finding finding =
        Finding.of(
            code,
            Severity.ERROR,
            pointer,
            getText(),
            SOURCE,
            Map.of("line", Long.toString(line), "column", Long.toString(column)));
    return line > 0 && column > 0 ? finding.at(line, column) : finding;
  }

  /** The same error placed within a larger input (an archive line). */
  GovernanceJsonException atLine(long archiveLine) {
    return new GovernanceJsonException(code, pointer, archiveLine, column, getText());
  }
}
