package vn.massorg.governance.format.generator;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.massorg.governance.format.generator.FormatModel.Attribute;
import vn.massorg.governance.format.generator.FormatModel.Cardinality;
import vn.massorg.governance.format.generator.FormatModel.Kind;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.validation.Rule;

/**
 * Writes governance-core's {@code FieldRules}: the library's own check of the model's Jakarta
 * constraints, without a Jakarta engine. The walk follows the model's cascades ({@code @Valid} on
 * an accessor or a type argument, as Hibernate Validator does) into the types that have a
 * constraint somewhere below them, in declaration order, so findings come in the order the record's
 * members do; each constraint becomes one call of {@code FieldRuleSupport}, which holds the
 * constraint's semantics. The rule a constraint reports is named by its message key ({@code
 * {vn.massorg.governance.field.blank}} is {@link Rule#FIELD_BLANK}).
 *
 * <p>The file is committed in governance-core, which compiles before this generator can read it;
 * {@code FieldRulesGenerationTest} regenerates it and compares. A constraint this class does not
 * know stops the generation, naming the accessor.
 */
final class FieldRulesGenerator {
  static final String PACKAGE = "vn.massorg.governance.validation.rules";
  private static final String NOT_BLANK = "(?s).*\\S.*";
  private static final String MESSAGE_PREFIX = "{vn.massorg.governance.";

  private final FormatModel model;
  private final Map<Class<?>, ObjectType> types = new LinkedHashMap<>();
  private final Map<Class<?>, Boolean> checked = new HashMap<>();
  private final Map<String, String> patterns = new LinkedHashMap<>();
  private final JavaSource source = new JavaSource(PACKAGE);

  FieldRulesGenerator(FormatModel model) {
    this.model = model;
    for (ObjectType t : model.objects()) {
      types.put(t.type(), t);
    }
    ObjectType text = FormatModel.of(BilingualText.class).object(BilingualText.class).orElseThrow();
    types.put(BilingualText.class, text);
  }

  String generate() {
    source.imports("java.util.List");
    source.imports("vn.massorg.governance.validation.Finding");
    source.imports("vn.massorg.governance.validation.Rule");
    List<Class<?>> todo = new ArrayList<>(List.of(model.root()));
    List<Class<?>> done = new ArrayList<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.remove(0);
      if (done.contains(type)) {
        continue;
      }
      done.add(type);
      method(types.get(type), todo);
    }
    if (!patterns.isEmpty()) {
      source.imports("java.util.regex.Pattern");
    }
    String root = model.root().getSimpleName();
    StringBuilder out = new StringBuilder();
    out.append(
        """

        /**
         * The model's field constraints, checked by the library's own validator without a Jakarta
         * engine: the constraints the annotations on the model declare for host applications'
         * validators, with the same semantics, codes, JSON Pointers and arguments, and a path built
         * only for a value at fault. Generated from the model's annotations by
         * governance-format-generator; do not edit: after a model change, rewrite it with
         * {@code mvn -B -ntp -pl governance-format-generator -am package -DskipTests -DwriteGenerated}
         * ({@code FieldRulesGenerationTest} fails until then). {@code FieldRulesTest} holds it to
         * Hibernate Validator's own verdicts.
         */
        public final class FieldRules extends FieldRuleSupport {
        """);
    int n = 0;
    for (Map.Entry<String, String> p : patterns.entrySet()) {
      out.append("  private static final Pattern ")
          .append(p.getValue())
          .append(" = Pattern.compile(")
          .append(literal(p.getKey()))
          .append(");\n");
      n++;
    }
    if (n > 0) {
      out.append('\n');
    }
    out.append(
        """
          private FieldRules(List<Finding> out) {
            super(out);
          }

          /**
           * Checks every field constraint of a record.
           *
           * @param record the record, not null
           * @param out where the findings go
           */
          public static void check(%s record, List<Finding> out) {
            new FieldRules(out).%s(record);
          }
        """
            .formatted(root, types.get(model.root()).name()));
    return source.file(out.toString());
  }

  private void method(ObjectType type, List<Class<?>> todo) {
    source.imports(type.type().getName());
    boolean leaf = isLeaf(type);
    if (leaf) {
      passes(type);
    }
    source.line("");
    source.line("  private void " + type.name() + "(" + type.type().getSimpleName() + " v) {");
    for (Attribute a : type.attributes()) {
      String where = where(type, a);
      List<Check> checks = checks(where, a);
      boolean cascade = cascadesToChecks(a);
      if (checks.isEmpty() && !cascade) {
        continue;
      }
      String get = "v." + a.getter().getName() + "()";
      String n = "\"" + a.name() + "\"";
      if (cascade) {
        source.imports(a.valueType().getName());
        if (!todo.contains(a.valueType())) {
          todo.add(a.valueType());
        }
        ObjectType inner = types.get(a.valueType());
        enter(where, a, inner, get, n, isLeaf(inner));
        continue;
      }
      switch (a.cardinality()) {
        case ONE -> {
          for (Check c : checks) {
            source.line("    " + c.call(n, get));
          }
        }
        case OPTIONAL -> {
          String local = a.name() + "Value";
          String javaType = a.kind() == Kind.INTEGER ? "int" : "String";
          source.line("    if (" + get + ".isPresent()) {");
          source.line("      " + javaType + " " + local + " = " + get + ".get();");
          for (Check c : checks) {
            source.line("      " + c.call(n, local));
          }
          source.line("    }");
        }
        default ->
            throw new IllegalStateException(where + ": a constraint on list elements of a scalar");
      }
    }
    source.line("  }");
  }

  /**
   * The walk into an inner value. Pre-checked (a leaf type, see {@link #passes}): its pre-check
   * first, and its path entered and its checks run only for a value that fails it, so that a valid
   * value (nearly every one) costs the tests alone. Otherwise its path is entered for every value.
   */
  private void enter(
      String where, Attribute a, ObjectType inner, String get, String n, boolean preChecked) {
    String passes = "!" + inner.name() + "Passes";
    switch (a.cardinality()) {
      case ONE ->
          walkInto(
              "    ",
              preChecked ? passes + "(" + get + ")" : null,
              List.of(n),
              inner.name() + "(" + get + ");");
      case OPTIONAL ->
          walkInto(
              "    ",
              get + ".isPresent()" + (preChecked ? " && " + passes + "(" + get + ".get())" : ""),
              List.of(n),
              inner.name() + "(" + get + ".get());");
      case LIST -> {
        String list = a.name() + "List";
        if (!preChecked) {
          source.line("    enter(" + n + ");");
        }
        source.line("    List<" + a.valueType().getSimpleName() + "> " + list + " = " + get + ";");
        source.line("    for (int i = 0; i < " + list + ".size(); i++) {");
        walkInto(
            "      ",
            preChecked ? passes + "(" + list + ".get(i))" : null,
            preChecked ? List.of(n, "i") : List.of("i"),
            inner.name() + "(" + list + ".get(i));");
        source.line("    }");
        if (!preChecked) {
          source.line("    leave();");
        }
      }
      default -> throw new IllegalStateException(where);
    }
  }

  /** The path segments entered, the call, and the segments left, under a condition if not null. */
  private void walkInto(String indent, String condition, List<String> segments, String call) {
    String inner = condition == null ? indent : indent + "  ";
    if (condition != null) {
      source.line(indent + "if (" + condition + ") {");
    }
    for (String segment : segments) {
      source.line(inner + "enter(" + segment + ");");
    }
    source.line(inner + call);
    for (int i = 0; i < segments.size(); i++) {
      source.line(inner + "leave();");
    }
    if (condition != null) {
      source.line(indent + "}");
    }
  }

  /**
   * A leaf type's pre-check: whether every check of its own members passes, with the same tests its
   * checks make ({@code FieldRuleSupport}'s {@code passes*}), so the two cannot disagree.
   */
  private void passes(ObjectType type) {
    List<String> terms = new ArrayList<>();
    for (Attribute a : type.attributes()) {
      List<Check> checks = checks(where(type, a), a);
      if (checks.isEmpty()) {
        continue;
      }
      String get = "v." + a.getter().getName() + "()";
      if (a.cardinality() == Cardinality.ONE) {
        for (Check c : checks) {
          terms.add(c.test(get));
        }
      } else {
        List<String> tests = new ArrayList<>();
        for (Check c : checks) {
          tests.add(c.test(get + ".get()"));
        }
        String all = tests.size() == 1 ? tests.get(0) : "(" + String.join(" && ", tests) + ")";
        terms.add("(" + get + ".isEmpty() || " + all + ")");
      }
    }
    String simple = type.type().getSimpleName();
    source.line("");
    source.line(
        "  /** Whether every check of a {@code " + simple + "} passes, with no path entered. */");
    source.line("  private static boolean " + type.name() + "Passes(" + simple + " v) {");
    source.line("    return " + String.join("\n        && ", terms) + ";");
    source.line("  }");
  }

  /**
   * Whether a type's checks are all on its own scalar members, none in a value below it: such a
   * type gets a pre-check. A type with cascades gets none, because a pre-check of it would walk the
   * values below twice whenever one of them fails, and all it does itself is enter and leave.
   */
  private boolean isLeaf(ObjectType type) {
    for (Attribute a : type.attributes()) {
      if (cascadesToChecks(a)) {
        return false;
      }
    }
    return true;
  }

  /** Whether an attribute is walked into: an object or text cascaded, with checks below it. */
  private boolean cascadesToChecks(Attribute a) {
    return cascades(a)
        && (a.kind() == Kind.OBJECT || a.kind() == Kind.TEXT)
        && hasChecks(a.valueType());
  }

  private static String where(ObjectType type, Attribute a) {
    return type.type().getSimpleName() + "." + a.getter().getName() + "()";
  }

  /**
   * One constraint as {@code FieldRuleSupport} checks it: the method that reports a value failing
   * it, {@code method(name, value, ARGUMENTS, rule)}, and the test of the same name, {@code
   * passesMethod(value, ARGUMENTS)}.
   */
  private record Check(String method, String arguments, String rule) {
    String call(String name, String value) {
      return method + "(" + name + ", " + value + arguments + ", " + rule + ");";
    }

    String test(String value) {
      return "passes"
          + Character.toUpperCase(method.charAt(0))
          + method.substring(1)
          + "("
          + value
          + arguments
          + ")";
    }
  }

  /** The checks of an attribute's constraints, in their order on the accessor. */
  private List<Check> checks(String where, Attribute a) {
    List<Annotation> constraints = constraints(a);
    if (!constraints.isEmpty() && (a.kind() == Kind.OBJECT || a.kind() == Kind.TEXT)) {
      throw new IllegalStateException(where + ": a constraint on an object is not supported");
    }
    List<Check> checks = new ArrayList<>();
    for (Annotation c : constraints) {
      String rule = "Rule." + rule(where, c);
      if (c instanceof NotBlank) {
        checks.add(new Check("notBlank", "", rule));
      } else if (c instanceof Pattern p && p.regexp().equals(NOT_BLANK) && p.flags().length == 0) {
        checks.add(new Check("notBlankPattern", "", rule));
      } else if (c instanceof Pattern p) {
        if (p.flags().length != 0) {
          throw new IllegalStateException(where + ": @Pattern flags are not supported");
        }
        String constant =
            patterns.computeIfAbsent(p.regexp(), r -> "PATTERN_" + (patterns.size() + 1));
        checks.add(new Check("pattern", ", " + constant, rule));
      } else if (c instanceof Size s) {
        checks.add(new Check("size", ", " + s.min() + ", " + s.max(), rule));
      } else if (c instanceof Positive) {
        checks.add(new Check("positive", "", rule));
      } else if (c instanceof PositiveOrZero) {
        checks.add(new Check("positiveOrZero", "", rule));
      } else {
        throw new IllegalStateException(
            where + ": no field check for @" + c.annotationType().getSimpleName());
      }
    }
    return checks;
  }

  /** The rule a constraint reports: the one whose code its message key names. */
  private static String rule(String where, Annotation c) {
    String message;
    try {
      message = (String) c.annotationType().getMethod("message").invoke(c);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(where + ": @" + c.annotationType().getSimpleName(), e);
    }
    if (!message.startsWith(MESSAGE_PREFIX) || !message.endsWith("}")) {
      throw new IllegalStateException(
          where + ": the message of a constraint must name a rule, {vn.massorg.governance.CODE}");
    }
    String code = message.substring(MESSAGE_PREFIX.length(), message.length() - 1);
    for (Rule r : Rule.values()) {
      if (r.getCode().equals(code)) {
        return r.name();
      }
    }
    throw new IllegalStateException(where + ": no rule has the code " + code);
  }

  /** The Jakarta constraints on an attribute's value, on its accessor or its type argument. */
  private static List<Annotation> constraints(Attribute a) {
    List<Annotation> out = new ArrayList<>();
    List<Annotation> all = new ArrayList<>();
    if (a.cardinality() == Cardinality.ONE) {
      all.addAll(List.of(a.getter().getAnnotations()));
    }
    all.addAll(List.of(a.value().getAnnotations()));
    for (Annotation c : all) {
      if (c.annotationType().isAnnotationPresent(Constraint.class) && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean cascades(Attribute a) {
    return a.value().isAnnotationPresent(Valid.class)
        || (a.cardinality() != Cardinality.LIST && a.getter().isAnnotationPresent(Valid.class));
  }

  /** Whether a type has a constraint somewhere at or below it, through its cascades. */
  private boolean hasChecks(Class<?> type) {
    Boolean known = checked.get(type);
    if (known != null) {
      return known;
    }
    checked.put(type, false);
    boolean any = false;
    for (Attribute a : types.get(type).attributes()) {
      if (!constraints(a).isEmpty() || cascadesToChecks(a)) {
        any = true;
      }
    }
    checked.put(type, any);
    return any;
  }

  /** A Java string literal, every character outside printable ASCII escaped. */
  static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
