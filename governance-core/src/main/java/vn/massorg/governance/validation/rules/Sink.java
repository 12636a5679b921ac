package vn.massorg.governance.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.RuleSource;
import vn.massorg.governance.validation.Severity;

/** Collects the findings of the rules, with their messages and sources. */
final class Sink {
  private final Charter charter;
  private final List<Finding> findings = new ArrayList<>();

  Sink(Charter charter) {
    this.charter = charter;
  }

  Charter charter() {
    return charter;
  }

  void add(Rule rule, Severity severity, String path, Object... arguments) {
    add(rule, severity, path, Sources.of(rule, charter), arguments);
  }

  void add(Rule rule, Severity severity, String path, RuleSource source, Object... arguments) {
    Map<String, String> args = arguments(arguments);
    String key = rule.messageKey(severity, Messages::has);
    findings.add(Finding.of(rule.getCode(), severity, path, Messages.render(key, args), source,
        args));
  }

  List<Finding> findings() {
    return findings;
  }

  private static Map<String, String> arguments(Object[] pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name, value pairs");
    }
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      args.put((String) pairs[i], String.valueOf(pairs[i + 1]));
    }
    return args;
  }
}
