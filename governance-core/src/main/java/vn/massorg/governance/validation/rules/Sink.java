package vn.massorg.governance.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.CodeListValue;
import vn.massorg.governance.model.Coded;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.Threshold;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.RuleSource;
import vn.massorg.governance.validation.Severity;

/** Collects the findings of the rules, with their messages and sources. */
final class Sink {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Locale EN = Locale.ENGLISH;

  private final Charter charter;
  private final List<Finding> findings = new ArrayList<>();

  Sink(Charter charter) {
    this.charter = charter;
  }

  Charter charter() {
    return charter;
  }

  void add(Rule rule, Severity severity, String path, Object... arguments) {
    findings.add(finding(rule, severity, path, Sources.of(rule, charter), arguments));
  }

  void add(Rule rule, Severity severity, String path, RuleSource source, Object... arguments) {
    findings.add(finding(rule, severity, path, source, arguments));
  }

  /**
   * A finding of the rules across an archive's records: about one record, at a path within it, so
   * that its path is under {@code /record} and {@link Finding#getRecord()} names the record.
   */
  void addInRecord(long record, Rule rule, Severity severity, String path, Object... arguments) {
    findings.add(
        finding(rule, severity, path, Sources.of(rule, charter), arguments).inRecord(record));
  }

  private static Finding finding(
      Rule rule, Severity severity, String path, RuleSource source, Object... arguments) {
    String key = rule.messageKey(severity, Messages::has);
    // Labels in two languages cost more than the rule that found the fault: they are made when
    // someone reads the message, from the immutable values the rule passed.
    return Finding.of(
        rule.getCode(),
        severity,
        path,
        () ->
            BilingualText.of(
                Messages.fill(Messages.template(key, VI), arguments(arguments, VI)),
                Messages.fill(Messages.template(key, EN), arguments(arguments, EN))),
        source,
        arguments(arguments, null));
  }

  List<Finding> findings() {
    return findings;
  }

  /**
   * The arguments as text: for machines ({@code locale} null) a period, a threshold or a code is
   * its stable code form ("2020-Q3", ">=2/3"); for a message it is its label in the message's
   * language ("quý III năm 2020", "ít nhất 2/3"), and the argument {@code missing} names a fact by
   * a word of the bundle.
   */
  private static Map<String, String> arguments(Object[] pairs, Locale locale) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name, value pairs");
    }
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String name = (String) pairs[i];
      Object value = pairs[i + 1];
      if (locale != null) {
        args.put(name, label(name, value, locale));
      } else {
        args.put(
            name,
            value instanceof Term term
                ? term.getId()
                : value instanceof BilingualText text ? text.getVi() : String.valueOf(value));
      }
    }
    return args;
  }

  private static String label(String name, Object value, Locale locale) {
    if (value instanceof Term term) {
      return term.label(locale);
    }
    if (value instanceof BilingualText text) {
      return text.in(locale);
    }
    if (value instanceof ReportingPeriod period) {
      return period.label(locale);
    }
    if (value instanceof Threshold threshold) {
      return threshold.label(locale);
    }
    if (value instanceof Coded coded) {
      return coded.label(locale);
    }
    if (value instanceof CodeListValue code) {
      return code.label(locale);
    }
    if (name.equals("missing")) {
      return Messages.word(String.valueOf(value), locale);
    }
    return String.valueOf(value);
  }
}
