package vn.massorg.governance.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What validation found in a record or an archive: every finding, in a stable order (by path, then
 * code). A report with no error is valid; warnings and "not checked" outcomes do not make it
 * invalid.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {
  /**
   * Findings equal in all three keep the order the rules found them in (the sort is stable and the
   * rules run in a fixed order): comparing their messages would render them, and messages are
   * rendered only when read.
   */
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::getPath)
          .thenComparing(Finding::getCode)
          .thenComparing(Finding::getSeverity);

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * A report of findings.
   *
   * @param findings the findings, not null, no null element
   * @return the report, not null
   */
  public static ValidationReport of(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    if (findings.isEmpty()) {
      return EMPTY;
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    return new ValidationReport(List.copyOf(sorted));
  }

  /**
   * A report with no finding.
   *
   * @return the report, not null
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Every finding, by path then code.
   *
   * @return the findings, not null
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * The findings of a severity.
   *
   * @param severity the severity, not null
   * @return the findings, not null
   */
  public List<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream()
        .filter(f -> f.getSeverity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether any finding is an error.
   *
   * @return true when the record breaks a rule
   */
  public boolean hasErrors() {
    for (Finding finding : findings) {
      if (finding.getSeverity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the record has no error.
   *
   * @return true when no finding is an error
   */
  public boolean isValid() {
    return !hasErrors();
  }

  /**
   * This report and another in one.
   *
   * @param other the other report, not null
   * @return the combined report, not null
   */
  public ValidationReport and(ValidationReport other) {
    Objects.requireNonNull(other, "other");
    if (other.findings.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return of(all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport
        && ((ValidationReport) other).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return findings.isEmpty()
        ? "OK"
        : findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
