package vn.massorg.governance.cli;

import java.io.PrintStream;
import vn.massorg.governance.json.GovernanceJsonException;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The outcome of {@code validate} for people, one line per finding as it comes: {@code SEVERITY
 * CODE /json/pointer: message}, or {@code OK} for a file with nothing to say.
 *
 * <p>Like grep, the lines start with the file's name when there are several files; the lines of an
 * archive always start with the file's name and the line of the record ({@code FILE:LINE:}), and a
 * document that cannot be parsed with its name, line and column ({@code FILE:LINE:COLUMN:}), as
 * compilers write them, so that an editor can jump there.
 */
final class TextResults implements ValidateCommand.Results {
  private final PrintStream out;
  private final Texts texts;
  private final boolean severalFiles;
  private String name;
  private boolean archive;
  private boolean said;
  private boolean unreadable;
  private long records;

  TextResults(PrintStream out, Texts texts, boolean severalFiles) {
    this.out = out;
    this.texts = texts;
    this.severalFiles = severalFiles;
  }

  @Override
  public void startFile(String name) {
    this.name = name;
    this.archive = name.endsWith(".jsonl");
    this.said = false;
    this.unreadable = false;
    this.records = 0;
  }

  @Override
  public void unreadable(String message) {
    // Already said on standard error, where a file that cannot be opened belongs.
    unreadable = true;
  }

  @Override
  public void parseError(long line, GovernanceJsonException error) {
    print(
        location(line > 0 ? line : error.getLine(), error.getColumn())
            + error.toFinding().line(texts.locale()));
  }

  @Override
  public void parseError(long line, ValidationReport report) {
    records++;
    for (Finding finding : report.getFindings()) {
      print(location(line, column(finding)) + finding.line(texts.locale()));
    }
  }

  @Override
  public void record(long line, ValidationReport report) {
    records++;
    for (Finding finding : report.getFindings()) {
      print(prefix(line) + finding.line(texts.locale()));
    }
  }

  @Override
  public void acrossRecords(ValidationReport report, ValidateCommand.LineIndex lines) {
    for (Finding finding : report.getFindings()) {
      long line = lines.lineOf(finding);
      if (line < 0) {
        print(name + ": " + finding.line(texts.locale()));
      } else {
        print(name + ":" + line + ": " + finding.withinRecord().line(texts.locale()));
      }
    }
  }

  @Override
  public void endFile() {
    if (said || unreadable) {
      return;
    }
    String prefix = severalFiles || archive ? name + ": " : "";
    out.println(
        OneLine.of(
            prefix + (archive && records == 0 ? texts.get("validate.empty-archive") : "OK")));
  }

  @Override
  public void finish(int status) {
    out.flush();
  }

  private String prefix(long line) {
    if (line > 0) {
      return name + ":" + line + ": ";
    }
    return severalFiles ? name + ": " : "";
  }

  private String location(long line, long column) {
    return name + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": ";
  }

  private static long column(Finding finding) {
    return finding.getColumn().orElse(-1);
  }

  private void print(String line) {
    said = true;
    out.println(OneLine.of(line));
  }
}
