package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.format.generator.FormatModel;
import vn.massorg.governance.format.generator.FormatModel.Attribute;
import vn.massorg.governance.format.generator.FormatModel.Kind;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.MeetingRecord;

/**
 * Every text attribute of the format (a string that is not an identifier, and both languages of a
 * bilingual text) is normalised to NFC on the way in. Each text of {@link
 * Samples#everyAttribute()}, which sets every attribute ({@code FormatCoverageTest}), is given a
 * decomposed ending ("e" and a combining acute accent) in its JSON form; the record read back must
 * hold the composed "é" in every one. A text attribute whose type's check forgets to normalise
 * fails here, named ("Person.nickname"), instead of keeping decomposed text silently.
 */
class NfcCoverageTest {
  private static final FormatModel FORMAT = FormatModel.of(MeetingRecord.class);
  private static final String DECOMPOSED = "e\u0301";
  private static final String COMPOSED = "\u00e9";

  @Test
  @DisplayName("every text attribute read with a decomposed ending holds it composed (NFC)")
  void everyTextAttributeIsNormalised() throws Exception {
    ObjectNode tree = Docs.tree(Samples.everyAttribute());
    Set<String> decomposed = new TreeSet<>();
    decompose(tree, FORMAT.object(MeetingRecord.class).orElseThrow(), decomposed);
    assertThat(decomposed).as("text attributes given a decomposed ending").isNotEmpty();
    MeetingRecord read = GovernanceJson.strict().read(Docs.PLAIN.writeValueAsString(tree));
    Set<String> composed = new TreeSet<>();
    Set<String> notNfc = new TreeSet<>();
    check(read, FORMAT.object(MeetingRecord.class).orElseThrow(), composed, notNfc);
    assertThat(notNfc).as("text attributes kept decomposed").isEmpty();
    assertThat(composed).isEqualTo(decomposed);
  }

  private static boolean isText(Attribute a) {
    return a.kind() == Kind.STRING && !a.name().equals("id") && !a.name().endsWith("Id");
  }

  private static void decompose(JsonNode node, ObjectType type, Set<String> seen) {
    ObjectNode object = (ObjectNode) node;
    for (Attribute a : type.attributes()) {
      JsonNode value = object.get(a.name());
      if (value == null) {
        continue;
      }
      String name = type.type().getSimpleName() + "." + a.name();
      List<JsonNode> values = value.isArray() ? list((ArrayNode) value) : List.of(value);
      if (isText(a) && !value.isArray()) {
        object.put(a.name(), value.textValue() + DECOMPOSED);
        seen.add(name);
      } else if (a.kind() == Kind.TEXT) {
        for (JsonNode text : values) {
          ObjectNode t = (ObjectNode) text;
          t.put("vi", t.get("vi").textValue() + DECOMPOSED);
          seen.add(name + ".vi");
          if (t.has("en")) {
            t.put("en", t.get("en").textValue() + DECOMPOSED);
            seen.add(name + ".en");
          }
        }
      } else if (a.kind() == Kind.OBJECT) {
        ObjectType inner = FORMAT.object(a.valueType()).orElseThrow();
        for (JsonNode v : values) {
          decompose(v, inner, seen);
        }
      }
    }
  }

  private static List<JsonNode> list(ArrayNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static void check(Object value, ObjectType type, Set<String> composed, Set<String> notNfc)
      throws IllegalAccessException, InvocationTargetException {
    for (Attribute a : type.attributes()) {
      Object v = a.getter().invoke(value);
      List<?> values =
          v instanceof Optional<?> o
              ? o.stream().toList()
              : v instanceof Collection<?> c ? List.copyOf(c) : List.of(v);
      String name = type.type().getSimpleName() + "." + a.name();
      for (Object element : values) {
        if (isText(a)) {
          note(name, (String) element, composed, notNfc);
        } else if (a.kind() == Kind.TEXT) {
          BilingualText t = (BilingualText) element;
          note(name + ".vi", t.getVi(), composed, notNfc);
          t.getEn().ifPresent(en -> note(name + ".en", en, composed, notNfc));
        } else if (a.kind() == Kind.OBJECT) {
          check(element, FORMAT.object(a.valueType()).orElseThrow(), composed, notNfc);
        }
      }
    }
  }

  private static void note(String name, String text, Set<String> composed, Set<String> notNfc) {
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC) || text.endsWith(DECOMPOSED)) {
      notNfc.add(name);
    } else if (text.endsWith(COMPOSED)) {
      composed.add(name);
    }
  }
}
