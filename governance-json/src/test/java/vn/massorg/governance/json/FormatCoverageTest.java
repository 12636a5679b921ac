package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.format.generator.FormatModel;
import vn.massorg.governance.format.generator.FormatModel.Attribute;
import vn.massorg.governance.format.generator.FormatModel.Kind;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.testing.GeneratorsTestAccess;

/**
 * Every attribute of the format, as the generator reads it off the model, is exercised: set in
 * {@link Samples#everyAttribute()} (which the schema corpus, the hostile-input and the
 * thread-safety tests write and read), and set in some record the property generators draw. A new
 * model attribute that the reader and writer pick up by themselves but no test data carries fails
 * here, named ("Person.nickname"), instead of going untested.
 */
class FormatCoverageTest {
  private static final FormatModel FORMAT = FormatModel.of(MeetingRecord.class);

  @Test
  @DisplayName("Samples.everyAttribute() sets every attribute of the format")
  void everyAttributeSampleSetsEveryAttribute() {
    assertThat(missing(List.of(Samples.everyAttribute())))
        .as("attributes never set in Samples.everyAttribute()")
        .isEmpty();
  }

  @Test
  @DisplayName("the generators set every attribute of the format in some record")
  void generatorsSetEveryAttribute() {
    List<MeetingRecord> drawn = GeneratorsTestAccess.sample(Generators.completeRecords(), 300);
    assertThat(missing(drawn)).as("attributes no generated record sets").isEmpty();
  }

  @Test
  @DisplayName("the walk sees an attribute that is not set: this test can fail")
  void theWalkReportsAnUnsetAttribute() {
    assertThat(missing(List.of(Samples.haiPhong()))).contains("Meeting.recorderId");
  }

  /** The attributes ("Type.name") that none of the records sets. */
  private static Set<String> missing(List<MeetingRecord> records) {
    Set<String> all = new TreeSet<>();
    for (ObjectType type : FORMAT.objects()) {
      for (Attribute a : type.attributes()) {
        all.add(type.type().getSimpleName() + "." + a.name());
      }
    }
    Set<String> seen = new TreeSet<>();
    for (MeetingRecord r : records) {
      walk(r, FORMAT.object(MeetingRecord.class).orElseThrow(), seen);
    }
    all.removeAll(seen);
    return all;
  }

  private static void walk(Object value, ObjectType type, Set<String> seen) {
    for (Attribute a : type.attributes()) {
      Object v;
      try {
        v = a.getter().invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
      List<?> values =
          v instanceof Optional<?> o
              ? o.stream().toList()
              : v instanceof OptionalInt i
                  ? (i.isPresent() ? List.of(i.getAsInt()) : List.of())
                  : v instanceof Collection<?> c ? List.copyOf(c) : List.of(v);
      if (!values.isEmpty()) {
        seen.add(type.type().getSimpleName() + "." + a.name());
      }
      if (a.kind() == Kind.OBJECT) {
        ObjectType inner = FORMAT.object(a.valueType()).orElseThrow();
        for (Object element : values) {
          walk(element, inner, seen);
        }
      }
    }
  }
}
