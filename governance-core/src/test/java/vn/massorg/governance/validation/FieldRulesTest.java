package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.ConformsToCharter;
import vn.massorg.governance.model.InvalidRecordException;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.testing.Records;

/**
 * The library's validator checks the model's field constraints without a Jakarta engine; here
 * Hibernate Validator, reading the annotations themselves, is the judge. For each field fault both
 * must report the same code at the same JSON Pointer with the same arguments, on the constraint
 * table's records (every annotation of the model, see ConstraintCoverageTest) and on generated
 * records whose texts and numbers are replaced by awkward values: blanks of every kind, control
 * characters, over-long and malformed texts, negative and zero numbers.
 */
class FieldRulesTest {
  private static final GovernanceValidator LIBRARY = GovernanceValidator.standard();
  private static ValidatorFactory factory;
  private static Validator engine;

  /** Texts on the edges of the constraints: what isBlank, \s and the patterns disagree on. */
  private static final List<String> AWKWARD_TEXTS =
      List.of(
          "",
          " ",
          "\t",
          "\n \r",
          "\u000B",
          "\f",
          "\u001C",
          "\u001F",
          "\u0085",
          "\u00A0",
          "\u2003",
          "\u2028",
          "\u3000",
          "\uFEFF",
          " x ",
          "Hội nghị",
          "x".repeat(40),
          "x".repeat(41),
          "Đ".repeat(70),
          "12/BC-LHH",
          "123456/BC-LHH-A-B-C-D",
          "1234567/BC",
          "12/bc-LHH",
          "12/BC-LHH-A-B-C-D-E",
          "12/ĐU");

  private static final int[] AWKWARD_NUMBERS = {-7, -1, 0, 1, 2};

  @BeforeAll
  static void start() {
    factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    engine = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  /** A field finding reduced to what both sides must agree on. */
  private static String key(String code, String path, Map<String, String> arguments) {
    return code + " " + path + " " + new TreeMap<>(arguments);
  }

  /** Hibernate Validator's verdict, read the way the library has always read a violation. */
  static List<String> engineFindings(MeetingRecord record) {
    List<String> out = new ArrayList<>();
    for (ConstraintViolation<MeetingRecord> v : engine.validate(record)) {
      if (v.getConstraintDescriptor().getAnnotation() instanceof ConformsToCharter) {
        continue;
      }
      String template = v.getMessageTemplate();
      String code =
          template.substring(1, template.length() - 1).substring(Rule.MESSAGE_PREFIX.length());
      Map<String, String> args = new TreeMap<>();
      v.getConstraintDescriptor()
          .getAttributes()
          .forEach(
              (name, value) -> {
                if (name.equals("min")
                    || name.equals("max")
                    || name.equals("value")
                    || name.equals("regexp")) {
                  args.put(name, String.valueOf(value));
                }
              });
      String shown = String.valueOf(v.getInvalidValue());
      args.put("invalid", shown.length() <= 60 ? shown : shown.substring(0, 57) + "...");
      out.add(key(code, pointer(v.getPropertyPath()), args));
    }
    out.sort(null);
    return out;
  }

  static List<String> libraryFindings(MeetingRecord record) {
    List<String> out = new ArrayList<>();
    for (Finding f : LIBRARY.validate(record).getFindings()) {
      if (f.getSource().getLayer() == RuleLayer.FIELD) {
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(f.getMessage().getVi()).isNotBlank().doesNotContain("{");
        assertThat(f.getMessage().getEn())
            .hasValueSatisfying(en -> assertThat(en).isNotBlank().doesNotContain("{"));
        out.add(key(f.getCode(), f.getPath(), f.getArguments()));
      }
    }
    out.sort(null);
    return out;
  }

  private static String pointer(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        out.append('/').append(node.getIndex());
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        out.append('/').append(node.getName());
      }
    }
    return out.toString();
  }

  @Test
  @DisplayName(
      "every constraint of the model: the library reports what Hibernate Validator reports")
  void constraintTable() {
    assertThat(engineFindings(Records.complete())).isEmpty();
    assertThat(libraryFindings(Records.complete())).isEmpty();
    for (Map.Entry<String, MeetingRecord> e :
        vn.massorg.governance.model.ConstraintCoverageAccess.brokenRecords().entrySet()) {
      List<String> expected = engineFindings(e.getValue());
      if (!e.getKey().contains("ConformsToCharter")) {
        assertThat(expected).as(e.getKey()).isNotEmpty();
      }
      assertThat(libraryFindings(e.getValue())).as(e.getKey()).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName(
      "property: on records with awkward texts and numbers, the same field findings as Hibernate Validator")
  void awkwardValues() {
    int[] faulty = {0};
    qt().withExamples(Math.max(200, Generators.examples() / 2))
        .forAll(Generators.validRecords(), longs().all())
        .checkAssert(
            (record, seed) -> {
              MeetingRecord awkward = (MeetingRecord) mutate(record, new Random(seed));
              List<String> expected = engineFindings(awkward);
              if (!expected.isEmpty()) {
                faulty[0]++;
              }
              assertThat(libraryFindings(awkward)).isEqualTo(expected);
            });
    // The property is only worth something if most mutated records have field faults.
    assertThat(faulty[0]).isGreaterThan(100);
  }

  /**
   * Replaces texts and numbers throughout a model value, through the generated {@code with*}
   * methods; a replacement that breaks an invariant of construction (an identifier, a count below
   * the entries) is skipped, as a builder would refuse it.
   */
  static Object mutate(Object value, Random random) {
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object element : list) {
        out.add(mutate(element, random));
      }
      return out;
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> mutate(v, random));
    }
    if (value == null
        || !value.getClass().getSimpleName().startsWith("Immutable")
        || !value.getClass().getPackageName().equals("vn.massorg.governance.model")) {
      return value;
    }
    Object current = value;
    for (Method with : value.getClass().getMethods()) {
      if (!with.getName().startsWith("with")
          || with.getParameterCount() != 1
          || Modifier.isStatic(with.getModifiers())) {
        continue;
      }
      Class<?> type = with.getParameterTypes()[0];
      String attribute = with.getName().substring(4);
      try {
        Object old = getter(current, attribute);
        Object replacement;
        if (type == String.class && old instanceof String) {
          replacement = random.nextInt(3) == 0 ? pick(AWKWARD_TEXTS, random) : old;
        } else if (type == String.class && old instanceof Optional) {
          replacement = random.nextInt(3) == 0 ? pick(AWKWARD_TEXTS, random) : null;
        } else if (type == int.class) {
          replacement =
              random.nextInt(3) == 0
                  ? AWKWARD_NUMBERS[random.nextInt(AWKWARD_NUMBERS.length)]
                  : null;
        } else if (type == Iterable.class
            || type == Optional.class
            || type.getName().startsWith("vn.massorg.governance.model")) {
          Object inner = mutate(old, random);
          replacement = inner == old || !type.isInstance(inner) ? null : inner;
        } else {
          replacement = null;
        }
        if (replacement != null) {
          current = with.invoke(current, replacement);
        }
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof InvalidRecordException)) {
          throw new AssertionError(with + ": " + e.getCause(), e.getCause());
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(with.toString(), e);
      }
    }
    return current;
  }

  private static Object getter(Object value, String attribute) throws ReflectiveOperationException {
    for (String prefix : new String[] {"get", "is"}) {
      try {
        return value.getClass().getMethod(prefix + attribute).invoke(value);
      } catch (NoSuchMethodException e) {
        // try the other prefix
      }
    }
    throw new NoSuchMethodException(attribute);
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
