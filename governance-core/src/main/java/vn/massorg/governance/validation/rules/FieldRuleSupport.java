package vn.massorg.governance.validation.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.RuleLayer;
import vn.massorg.governance.validation.RuleSource;
import vn.massorg.governance.validation.Severity;

/**
 * What the generated {@link FieldRules} checks with: one method per kind of Jakarta constraint the
 * model uses, with Hibernate Validator's semantics, the path to the value being checked, and the
 * finding, shaped as the library has always reported a violation. Hand-written; the walk over the
 * model and the choice of checks per attribute are generated from the model's annotations
 * (docs/design/format-generation.md).
 */
abstract class FieldRuleSupport {
  private static final RuleSource SOURCE =
      RuleSource.of(RuleLayer.FIELD, RuleLayer.FIELD.getLabel());

  /** The regular expression of {@code Checks.NOT_BLANK}, which {@link #notBlankPattern} tests. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  private final List<Finding> out;

  /** The path to the value being checked: a name, or an index where the name is null. */
  private String[] names = new String[12];

  private int[] indexes = new int[12];
  private int depth;

  FieldRuleSupport(List<Finding> out) {
    this.out = out;
  }

  // --- the constraints ---------------------------------------------------------------------
  //
  // Each constraint has a test, passes*(value, ...), and a check of the same name that reports a
  // value failing that test. The generated pre-check of a type whose checks are all on its own
  // members is the conjunction of the tests; the checks run, with the path entered, only when it
  // fails. Both use the one test, so a value the pre-check lets through has no finding to lose.

  /** {@code @NotBlank}: Hibernate Validator's test is {@link String#isBlank()}. */
  static boolean passesNotBlank(String value) {
    return !value.isBlank();
  }

  final void notBlank(String name, String value, Rule rule) {
    if (!passesNotBlank(value)) {
      report(rule, name, value);
    }
  }

  /**
   * {@code @Pattern(regexp = Checks.NOT_BLANK)}, tested without the regular expression: whether
   * {@code (?s).*\S.*} matches, that is whether some character is not one of the six that {@code
   * \s} stands for without UNICODE_CHARACTER_CLASS. Wider than {@link String#isBlank()} knows,
   * narrower in places, which is why the two annotations are kept apart here.
   */
  static boolean passesNotBlankPattern(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  final void notBlankPattern(String name, String value, Rule rule) {
    if (!passesNotBlankPattern(value)) {
      report(rule, name, value, "regexp", NOT_BLANK);
    }
  }

  /** {@code @Positive}. */
  static boolean passesPositive(int value) {
    return value > 0;
  }

  final void positive(String name, int value, Rule rule) {
    if (!passesPositive(value)) {
      report(rule, name, value);
    }
  }

  /** {@code @PositiveOrZero}. */
  static boolean passesPositiveOrZero(int value) {
    return value >= 0;
  }

  final void positiveOrZero(String name, int value, Rule rule) {
    if (!passesPositiveOrZero(value)) {
      report(rule, name, value);
    }
  }

  /** {@code @Pattern}: the whole text must match. */
  static boolean passesPattern(String value, Pattern pattern) {
    return pattern.matcher(value).matches();
  }

  /** Reports the constraint's own regular expression, the text it was compiled from. */
  final void pattern(String name, String value, Pattern pattern, Rule rule) {
    if (!passesPattern(value, pattern)) {
      report(rule, name, value, "regexp", pattern.pattern());
    }
  }

  /** {@code @Size} on a string: its length in UTF-16 units, as Hibernate Validator counts. */
  static boolean passesSize(String value, int min, int max) {
    return value.length() >= min && value.length() <= max;
  }

  final void size(String name, String value, int min, int max, Rule rule) {
    if (!passesSize(value, min, max)) {
      report(rule, name, value, "min", Integer.toString(min), "max", Integer.toString(max));
    }
  }

  // --- paths and findings ------------------------------------------------------------------

  final void enter(String name) {
    push(name, -1);
  }

  final void enter(int index) {
    push(null, index);
  }

  private void push(String name, int index) {
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indexes = java.util.Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth++] = index;
  }

  final void leave() {
    depth--;
  }

  private String pointer(String leaf) {
    StringBuilder path = new StringBuilder(64);
    for (int i = 0; i < depth; i++) {
      if (names[i] != null) {
        path.append('/').append(names[i]);
      } else {
        path.append('/').append(indexes[i]);
      }
    }
    return path.append('/').append(leaf).toString();
  }

  /**
   * A field finding, shaped as the library has always reported a Jakarta violation: the
   * constraint's attributes that a message may show, and the invalid value, shortened.
   */
  private void report(Rule rule, String name, Object invalid, String... attributes) {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i < attributes.length; i += 2) {
      args.put(attributes[i], attributes[i + 1]);
    }
    String shown = String.valueOf(invalid);
    args.put("invalid", shown.length() <= 60 ? shown : shown.substring(0, 57) + "...");
    out.add(
        Finding.of(
            rule.getCode(),
            Severity.ERROR,
            pointer(name),
            () -> {
              // The message that shows the invalid value, where the rule has one; chosen on first
              // use.
              String key = rule.messageKey();
              return Messages.render(Messages.has(key + ".value") ? key + ".value" : key, args);
            },
            SOURCE,
            args));
  }
}
