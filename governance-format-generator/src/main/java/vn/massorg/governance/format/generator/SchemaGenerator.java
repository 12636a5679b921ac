package vn.massorg.governance.format.generator;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.massorg.governance.format.generator.FormatModel.Attribute;
import vn.massorg.governance.format.generator.FormatModel.Cardinality;
import vn.massorg.governance.format.generator.FormatModel.Kind;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;
import vn.massorg.governance.model.CodeListValue;
import vn.massorg.governance.model.Coded;
import vn.massorg.governance.model.PresenceRule;

/**
 * Writes the JSON Schema of the format: every object's {@code properties}, their order, {@code
 * required} and {@code additionalProperties: false} from the model; each member's form from its
 * kind (an identifier, a string, an int, a code of a closed list with its {@code enum}, a code of
 * an open list with the codes the library knows, a value with a string form, a nested object, a
 * list); a list of statuses whose type says which move may follow which ({@code canMoveTo}) as the
 * {@code enum} of its legal histories; a type's rules across its members (its {@link PresenceRule}
 * constants) as {@code anyOf}, {@code oneOf} or {@code if}/{@code then}/{@code else}, after the
 * overlay's keywords, an {@code allOf} of them where a type has several.
 *
 * <p>What the model cannot say comes from the overlay (governance-json's {@code
 * src/main/schema/meeting-record.overlay.json}), written by hand and only there: the root's title
 * and description, the envelope members, the value forms' patterns (the schema's spelling of each
 * {@code parse}) and the descriptions. An overlay entry for an object or member the model lacks, an
 * object without a description, or a rule across members in the overlay (whose place is the model's
 * {@code PresenceRule}) stops the generation: the overlay cannot go stale unnoticed.
 *
 * <p>A member is an identifier when it is named {@code id} or ends in {@code Id}: the model's
 * naming rule, which its checks ({@code Checks.id}) follow.
 */
final class SchemaGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The keywords of rules across members: the model declares those, never the overlay. */
  private static final Set<String> RULE_KEYWORDS =
      Set.of(
          "allOf",
          "anyOf",
          "oneOf",
          "not",
          "if",
          "then",
          "else",
          "dependentRequired",
          "dependentSchemas");

  /**
   * Why a member a rule requires is named in {@code properties} as {@code true}; said once, on the
   * first such subschema of the schema, as a footnote is.
   */
  static final String STRICT_REQUIRED =
      "A required member is also named in properties, with no constraint of its own (true),"
          + " wherever required stands in a subschema: ajv's strict mode (strictRequired) refuses a"
          + " required member its subschema does not define.";

  private final FormatModel model;
  private final ObjectNode overlay;

  /** Whether {@link #STRICT_REQUIRED} is written yet, in the schema being written. */
  private boolean explained;

  SchemaGenerator(FormatModel model, ObjectNode overlay) {
    this.model = model;
    this.overlay = overlay;
  }

  /** The schema, as a tree. */
  ObjectNode schema() {
    explained = false;
    ObjectNode rootOverlay = object(overlay, "root", "the overlay");
    ObjectNode schema = NODES.objectNode();
    for (String key : List.of("$schema", "$id", "title", "description")) {
      schema.set(key, required(rootOverlay, key, "the overlay's root"));
    }
    ObjectType rootType = model.object(model.root()).orElseThrow();
    ObjectNode envelope = object(rootOverlay, "properties", "the overlay's root");
    List<String> envelopeNames = new ArrayList<>();
    for (String name : List.of("format", "formatVersion")) {
      required(envelope, name, "the overlay's root properties");
      envelopeNames.add(name);
    }
    ObjectNode rootExtra = NODES.objectNode();
    rootExtra.set("properties", envelope);
    fill(schema, rootType, rootExtra, envelopeNames, "the root");
    ObjectNode defs = schema.putObject("$defs");
    ObjectNode values = object(overlay, "values", "the overlay");
    values.properties().forEach(e -> defs.set(e.getKey(), e.getValue()));
    ObjectNode objects = object(overlay, "objects", "the overlay");
    Set<String> known = new TreeSet<>();
    for (ObjectType type : model.objects()) {
      if (type.type() == model.root()) {
        continue;
      }
      known.add(type.name());
      ObjectNode def = defs.putObject(type.name());
      ObjectNode extra =
          objects.has(type.name()) ? object(objects, type.name(), "the overlay's objects") : null;
      if (extra == null || !extra.has("description")) {
        throw new IllegalStateException(
            "the overlay's objects have no description for " + type.name());
      }
      fill(def, type, extra, List.of(), "$defs/" + type.name());
    }
    for (Iterator<String> it = objects.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw new IllegalStateException("the overlay describes an object the model lacks: " + name);
      }
    }
    return schema;
  }

  /** The schema as text: two-space indentation, one member or element per line, a final newline. */
  String generate() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(schema()) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An object's keywords: type, additionalProperties, properties, required, then the overlay's
   * other keywords (description, rules across members) in the overlay's order.
   */
  private void fill(
      ObjectNode target, ObjectType type, ObjectNode extra, List<String> envelope, String where) {
    ObjectNode memberExtras =
        extra.has("properties") ? object(extra, "properties", where) : NODES.objectNode();
    target.put("type", "object");
    target.put("additionalProperties", false);
    ArrayNode required = NODES.arrayNode();
    ObjectNode properties = NODES.objectNode();
    for (String name : envelope) {
      required.add(name);
      properties.set(name, memberExtras.get(name));
    }
    Set<String> names = new TreeSet<>(envelope);
    for (Attribute a : type.attributes()) {
      names.add(a.name());
      if (a.required()) {
        required.add(a.name());
      }
      ObjectNode member = member(a, type);
      JsonNode more = memberExtras.get(a.name());
      if (more != null) {
        more.properties().forEach(e -> member.set(e.getKey(), e.getValue()));
        if (a.kind() == Kind.CODE && member.has("description")) {
          member.put("description", member.get("description").textValue() + knownCodes(a));
        }
      }
      properties.set(a.name(), member);
    }
    for (Iterator<String> it = memberExtras.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw new IllegalStateException(
            where + ": the overlay describes a member the model lacks: " + name);
      }
    }
    target.set("properties", properties);
    if (!required.isEmpty()) {
      target.set("required", required);
    }
    extra
        .properties()
        .forEach(
            e -> {
              if (RULE_KEYWORDS.contains(e.getKey())) {
                throw new IllegalStateException(
                    where
                        + ": the overlay holds a rule across members ("
                        + e.getKey()
                        + "); declare it as a PresenceRule of "
                        + type.type().getSimpleName());
              }
              if (!e.getKey().equals("properties")) {
                target.set(e.getKey(), e.getValue());
              }
            });
    target.setAll(rules(type));
  }

  /**
   * The keywords of a type's rules across members: one rule's own keywords, several rules an {@code
   * allOf} of theirs (two rules of one kind would otherwise write the same keyword twice).
   */
  ObjectNode rules(ObjectType type) {
    List<PresenceRule> rules = type.rules();
    if (rules.size() == 1) {
      return rule(rules.get(0), type);
    }
    ObjectNode keywords = NODES.objectNode();
    if (rules.size() > 1) {
      ArrayNode all = keywords.putArray("allOf");
      rules.forEach(r -> all.add(rule(r, type)));
    }
    return keywords;
  }

  /**
   * The keywords of one rule: {@code anyOf} or {@code oneOf} of each member's presence; a
   * conditional rule as {@code if} the condition member has the code, {@code then} the member's
   * presence, {@code else} {@code not} its presence.
   */
  private ObjectNode rule(PresenceRule rule, ObjectType type) {
    ObjectNode keywords = NODES.objectNode();
    switch (rule.getKind()) {
      case AT_LEAST_ONE, EXACTLY_ONE -> {
        ArrayNode branches =
            keywords.putArray(rule.getKind() == PresenceRule.Kind.AT_LEAST_ONE ? "anyOf" : "oneOf");
        rule.getAttributes().forEach(name -> branches.add(presence(name, type)));
      }
      case PRESENT_EXACTLY_WHEN -> {
        String member = rule.getAttributes().get(0);
        keywords
            .putObject("if")
            .putObject("properties")
            .putObject(rule.getCondition().orElseThrow())
            .put("const", rule.getConditionValue().orElseThrow().getCode());
        keywords.set("then", presence(member, type));
        keywords.putObject("else").set("not", presence(member, type));
      }
      default -> throw new IllegalStateException(type.name() + ": " + rule);
    }
    return keywords;
  }

  /**
   * The subschema that holds when a member is recorded: the member required, and for a list at
   * least one element (an empty list is "not recorded", as in the model).
   */
  private ObjectNode presence(String name, ObjectType type) {
    Attribute a = type.attribute(name).orElseThrow();
    ObjectNode subschema = NODES.objectNode();
    boolean list = a.cardinality() == Cardinality.LIST;
    if (!list && !explained) {
      subschema.put("$comment", STRICT_REQUIRED);
      explained = true;
    }
    subschema.putArray("required").add(name);
    ObjectNode properties = subschema.putObject("properties");
    if (list) {
      properties.putObject(name).put("type", "array").put("minItems", 1);
    } else {
      properties.put(name, true);
    }
    return subschema;
  }

  private ObjectNode member(Attribute a, ObjectType owner) {
    if (a.cardinality() == Cardinality.LIST) {
      Method moves = moves(a.valueType());
      if (moves != null) {
        ObjectNode member = NODES.objectNode();
        member.set("enum", histories(a.valueType(), moves));
        return member;
      }
      ObjectNode member = NODES.objectNode();
      member.put("type", "array");
      member.set("items", value(a, owner));
      if (a.required()) {
        member.put("minItems", 1);
      }
      return member;
    }
    return value(a, owner);
  }

  private ObjectNode value(Attribute a, ObjectType owner) {
    ObjectNode v = NODES.objectNode();
    switch (a.kind()) {
      case STRING -> v.put("$ref", identifier(a.name()) ? "#/$defs/id" : "#/$defs/string");
      case TEXT -> v.put("$ref", "#/$defs/bilingualText");
      case INTEGER -> v.put("$ref", "#/$defs/int");
      case BOOLEAN -> v.put("type", "boolean");
      case CODED -> {
        v.put("type", "string");
        ArrayNode codes = v.putArray("enum");
        for (Object constant : a.valueType().getEnumConstants()) {
          codes.add(((Coded) constant).getCode());
        }
      }
      case CODE -> v.put("$ref", "#/$defs/code");
      case PARSED ->
          v.put("$ref", "#/$defs/" + FormatModel.decapitalize(a.valueType().getSimpleName()));
      case OBJECT -> v.put("$ref", "#/$defs/" + model.object(a.valueType()).orElseThrow().name());
      default -> throw new IllegalStateException(owner.name() + "." + a.name() + ": " + a.kind());
    }
    return v;
  }

  private static boolean identifier(String name) {
    return name.equals("id") || name.endsWith("Id");
  }

  /** " An extensible code list: ..." with the codes the library knows, in the list's order. */
  private static String knownCodes(Attribute a) {
    try {
      List<?> known = (List<?>) a.valueType().getMethod("known").invoke(null);
      String codes =
          known.stream().map(c -> ((CodeListValue) c).getCode()).collect(Collectors.joining(", "));
      return " An extensible code list: the codes the library knows are "
          + codes
          + "; an organisation may use its own code of the same form.";
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          a.valueType().getName() + " has no static known() list of its codes", e);
    }
  }

  /** The enum's {@code canMoveTo(E)}, if it says which constant may follow which. */
  private static Method moves(Class<?> type) {
    if (!type.isEnum()) {
      return null;
    }
    try {
      Method m = type.getMethod("canMoveTo", type);
      return m.getReturnType() == boolean.class ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * Every non-empty sequence in which each constant may follow the one before it, shortest first,
   * then in the constants' order. The moves must go forward (no cycle), or the list is endless.
   */
  private static ArrayNode histories(Class<?> type, Method moves) {
    Object[] constants = type.getEnumConstants();
    List<List<Object>> all = new ArrayList<>();
    List<List<Object>> frontier = new ArrayList<>();
    for (Object c : constants) {
      frontier.add(List.of(c));
    }
    while (!frontier.isEmpty()) {
      all.addAll(frontier);
      List<List<Object>> next = new ArrayList<>();
      for (List<Object> history : frontier) {
        if (history.size() > constants.length) {
          throw new IllegalStateException(type.getName() + ".canMoveTo allows a cycle");
        }
        for (Object c : constants) {
          if (canMove(moves, history.get(history.size() - 1), c)) {
            List<Object> longer = new ArrayList<>(history);
            longer.add(c);
            next.add(longer);
          }
        }
      }
      frontier = next;
    }
    all.sort(
        Comparator.<List<Object>>comparingInt(List::size)
            .thenComparing(SchemaGenerator::ordinals, SchemaGenerator::compareOrdinals));
    ArrayNode out = NODES.arrayNode();
    for (List<Object> history : all) {
      ArrayNode codes = out.addArray();
      history.forEach(c -> codes.add(((Coded) c).getCode()));
    }
    return out;
  }

  private static boolean canMove(Method moves, Object from, Object to) {
    try {
      return (boolean) moves.invoke(from, to);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int[] ordinals(List<Object> history) {
    return history.stream().mapToInt(c -> ((Enum<?>) c).ordinal()).toArray();
  }

  private static int compareOrdinals(int[] a, int[] b) {
    return java.util.Arrays.compare(a, b);
  }

  private static ObjectNode object(ObjectNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (v == null || !v.isObject()) {
      throw new IllegalStateException(where + " has no object \"" + key + "\"");
    }
    return (ObjectNode) v;
  }

  private static JsonNode required(ObjectNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (v == null) {
      throw new IllegalStateException(where + " has no \"" + key + "\"");
    }
    return v;
  }
}
