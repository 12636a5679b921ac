package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.format.generator.FormatModel;
import vn.massorg.governance.format.generator.FormatModel.Attribute;
import vn.massorg.governance.format.generator.FormatModel.Cardinality;
import vn.massorg.governance.format.generator.FormatModel.Kind;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;
import vn.massorg.governance.model.Coded;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PresenceRule;

/**
 * Every rule across members that the model declares (each {@link PresenceRule} constant, as the
 * format's generator finds them) is enforced by its type's check and said by the shipped schema,
 * and both say what the rule's kind means. For each rule, the object of its type in {@link
 * Samples#everyAttribute()} is given every combination of its members recorded or not (a list also
 * empty, which is not recorded) and, for a conditional rule, every code of the condition; the
 * strict reader must read the document exactly when the rule holds, refusing it otherwise as the
 * model's invariant at that object ({@code format.invariant}), and the schema must accept it
 * exactly then.
 *
 * <p>So a rule that a type's check does not call, or calls with the wrong members, fails here on
 * the reader; a rule the generator does not write (or writes wrong) fails here on the schema, the
 * committed one being the generated one ({@link SchemaGenerationTest}).
 */
class PresenceRulesTest {
  private static final FormatModel MODEL = FormatModel.of(MeetingRecord.class);
  private static final GovernanceJson STRICT = GovernanceJson.strict();

  /** One way a member can be in the object: left out, recorded, or (a list) empty. */
  private record State(String member, boolean recorded, JsonNode value) {}

  @Test
  void everyDeclaredRuleIsCheckedByItsTypeAndSaidByTheSchema() {
    ObjectNode full = Docs.tree(Samples.everyAttribute());
    Map<String, List<Located>> instances = new LinkedHashMap<>();
    collect(MODEL.objects().get(0), full, "", instances);
    int rules = 0;
    int documents = 0;
    for (ObjectType type : MODEL.objects()) {
      for (PresenceRule rule : type.rules()) {
        rules++;
        List<Located> found = instances.getOrDefault(type.name(), List.of());
        assertThat(found).as("%s in Samples.everyAttribute()", type.name()).isNotEmpty();
        Located target = found.get(0);
        List<List<State>> choices = new ArrayList<>();
        for (String member : rule.getAttributes()) {
          choices.add(presence(type, member, found));
        }
        rule.getCondition().ifPresent(c -> choices.add(codes(type, c)));
        for (List<State> combination : combinations(choices)) {
          documents++;
          check(rule, target, full, combination);
        }
      }
    }
    // The three rules of the model, and 2 x 2, 3 x 2 and 2 x 7 combinations.
    assertThat(rules).isEqualTo(3);
    assertThat(documents).isEqualTo(4 + 6 + 14);
  }

  private static void check(
      PresenceRule rule, Located target, ObjectNode full, List<State> combination) {
    ObjectNode doc = full.deepCopy();
    ObjectNode object = (ObjectNode) doc.at(target.pointer());
    for (State s : combination) {
      if (s.value() == null) {
        object.remove(s.member());
      } else {
        object.set(s.member(), s.value());
      }
    }
    boolean holds = holds(rule, combination);
    String what = rule + " with " + object;
    Optional<GovernanceJsonException> refused = read(doc.toString());
    if (holds) {
      assertThat(refused).as("the reader reads %s", what).isEmpty();
    } else {
      assertThat(refused).as("the reader refuses %s", what).isPresent();
      assertThat(refused.get().getCode()).as(what).isEqualTo("format.invariant");
      assertThat(refused.get().getPointer()).as(what).isEqualTo(target.pointer());
    }
    assertThat(SchemaTest.SCHEMA.validate(doc).isEmpty())
        .as("the schema accepts %s", what)
        .isEqualTo(holds);
  }

  /** What the rule's kind means, worked out here rather than asked of the rule. */
  private static boolean holds(PresenceRule rule, List<State> combination) {
    return switch (rule.getKind()) {
      case AT_LEAST_ONE -> combination.get(0).recorded() || combination.get(1).recorded();
      case EXACTLY_ONE -> combination.get(0).recorded() != combination.get(1).recorded();
      case PRESENT_EXACTLY_WHEN ->
          combination.get(0).recorded()
              == combination
                  .get(1)
                  .value()
                  .asText()
                  .equals(rule.getConditionValue().orElseThrow().getCode());
    };
  }

  private static Optional<GovernanceJsonException> read(String json) {
    try {
      STRICT.read(json);
      return Optional.empty();
    } catch (GovernanceJsonException e) {
      return Optional.of(e);
    }
  }

  /**
   * A member left out, recorded (with a value some object of the type has), and empty if a list.
   */
  private static List<State> presence(ObjectType type, String member, List<Located> found) {
    Attribute a = type.attribute(member).orElseThrow();
    JsonNode value =
        found.stream()
            .map(l -> l.node().get(member))
            .filter(v -> v != null && !(v.isArray() && v.isEmpty()))
            .findFirst()
            .orElse(null);
    assertThat(value)
        .as("%s.%s recorded in Samples.everyAttribute()", type.name(), member)
        .isNotNull();
    List<State> states = new ArrayList<>();
    states.add(new State(member, false, null));
    states.add(new State(member, true, value));
    if (a.cardinality() == Cardinality.LIST) {
      states.add(new State(member, false, Docs.PLAIN.createArrayNode()));
    }
    return states;
  }

  /** Every code of the condition's closed list. */
  private static List<State> codes(ObjectType type, String member) {
    Attribute a = type.attribute(member).orElseThrow();
    assertThat(a.kind()).isEqualTo(Kind.CODED);
    List<State> states = new ArrayList<>();
    for (Object constant : a.valueType().getEnumConstants()) {
      states.add(
          new State(
              member, true, Docs.PLAIN.getNodeFactory().textNode(((Coded) constant).getCode())));
    }
    return states;
  }

  private static List<List<State>> combinations(List<List<State>> choices) {
    List<List<State>> out = new ArrayList<>();
    out.add(List.of());
    for (List<State> choice : choices) {
      List<List<State>> next = new ArrayList<>();
      for (List<State> prefix : out) {
        for (State s : choice) {
          List<State> longer = new ArrayList<>(prefix);
          longer.add(s);
          next.add(longer);
        }
      }
      out = next;
    }
    return out;
  }

  /** An object of the document, where it is. */
  private record Located(String pointer, ObjectNode node) {}

  /** Every object of the document under the given one, by its type's name, in document order. */
  private static void collect(
      ObjectType type, JsonNode node, String pointer, Map<String, List<Located>> out) {
    out.computeIfAbsent(type.name(), k -> new ArrayList<>())
        .add(new Located(pointer, (ObjectNode) node));
    for (Attribute a : type.attributes()) {
      JsonNode value = node.get(a.name());
      if (a.kind() != Kind.OBJECT || value == null) {
        continue;
      }
      ObjectType element = MODEL.object(a.valueType()).orElseThrow();
      String at = pointer + "/" + a.name();
      if (a.cardinality() == Cardinality.LIST) {
        ArrayNode list = (ArrayNode) value;
        for (int i = 0; i < list.size(); i++) {
          collect(element, list.get(i), at + "/" + i, out);
        }
      } else {
        collect(element, value, at, out);
      }
    }
  }
}
