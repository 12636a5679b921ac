package vn.massorg.governance.format.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;
import vn.massorg.governance.format.generator.fixture.Ruled;
import vn.massorg.governance.model.MeetingRecord;

class SchemaGeneratorTest {
  private static final FormatModel MODEL = FormatModel.of(MeetingRecord.class);

  /** The least overlay the generator accepts: the root's keys and a description per object. */
  private static ObjectNode overlay() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    ObjectNode root = o.putObject("root");
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "urn:test");
    root.put("title", "t");
    root.put("description", "d");
    ObjectNode envelope = root.putObject("properties");
    envelope.putObject("format").put("const", "f");
    envelope.putObject("formatVersion").put("const", "1.0");
    o.putObject("values");
    ObjectNode objects = o.putObject("objects");
    for (ObjectType type : MODEL.objects()) {
      if (type.type() != MODEL.root()) {
        objects.putObject(type.name()).put("description", type.name());
      }
    }
    return o;
  }

  @Test
  void membersRequiredAndFormsComeFromTheModel() {
    ObjectNode schema = new SchemaGenerator(MODEL, overlay()).schema();
    JsonNode person = schema.path("$defs").path("person");
    assertThat(person.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(person.path("properties").path("id").path("$ref").asText()).isEqualTo("#/$defs/id");
    assertThat(person.path("properties").path("familyName").path("$ref").asText())
        .isEqualTo("#/$defs/string");
    List<String> required = new ArrayList<>();
    person.path("required").forEach(n -> required.add(n.asText()));
    assertThat(required).containsSubsequence("id", "familyName", "givenName");
    assertThat(required).doesNotContain("middleName");
    JsonNode kind = schema.path("$defs").path("postHolding").path("properties").path("kind");
    assertThat(kind.path("enum").toString()).isEqualTo("[\"regular\",\"acting\",\"substitute\"]");
    List<String> rootRequired = new ArrayList<>();
    schema.path("required").forEach(n -> rootRequired.add(n.asText()));
    assertThat(rootRequired).startsWith("format", "formatVersion", "organisation");
  }

  @Test
  void aStatusHistoryIsTheEnumOfItsLegalHistories() {
    JsonNode history =
        new SchemaGenerator(MODEL, overlay())
            .schema()
            .path("$defs")
            .path("report")
            .path("properties")
            .path("statusHistory")
            .path("enum");
    List<String> all = new ArrayList<>();
    history.forEach(h -> all.add(h.toString()));
    assertThat(all)
        .hasSize(24)
        .startsWith("[\"draft\"]")
        .contains("[\"draft\",\"presented\",\"commented\",\"concluded\",\"adopted\"]")
        .doesNotContain("[\"adopted\",\"draft\"]", "[\"presented\",\"draft\"]");
  }

  @Test
  void aStaleOverlayStopsTheGeneration() {
    ObjectNode stale = overlay();
    ((ObjectNode) stale.path("objects").path("person"))
        .putObject("properties")
        .putObject("noSuchMember")
        .put("description", "gone");
    assertThatThrownBy(() -> new SchemaGenerator(MODEL, stale).schema())
        .hasMessageContaining("$defs/person")
        .hasMessageContaining("noSuchMember");
    ObjectNode extra = overlay();
    ((ObjectNode) extra.path("objects")).putObject("motion").put("description", "gone");
    assertThatThrownBy(() -> new SchemaGenerator(MODEL, extra).schema())
        .hasMessageContaining("motion");
    ObjectNode undescribed = overlay();
    ((ObjectNode) undescribed.path("objects")).remove("vote" + "Count");
    assertThatThrownBy(() -> new SchemaGenerator(MODEL, undescribed).schema())
        .hasMessageContaining("voteCount");
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void rulesAcrossMembersComeFromTheModel() {
    ObjectNode schema = new SchemaGenerator(MODEL, overlay()).schema();
    JsonNode defs = schema.path("$defs");
    assertThat(defs.path("comment").path("oneOf").toString())
        .isEqualTo(
            json(
                "[{'required':['speakerId'],'properties':{'speakerId':true}},"
                    + "{'required':['speakerGroup'],'properties':{'speakerGroup':true}}]"));
    assertThat(defs.path("attendance").path("anyOf").toString())
        .isEqualTo(
            json(
                    "[{'required':['entries'],'properties':{'entries':{'type':'array','minItems':1}}},"
                        + "{'$comment':'")
                + SchemaGenerator.STRICT_REQUIRED
                + json("','required':['counts'],'properties':{'counts':true}}]"));
    JsonNode entry = defs.path("attendanceEntry");
    assertThat(entry.path("if").toString())
        .isEqualTo(json("{'properties':{'status':{'const':'substitute'}}}"));
    assertThat(entry.path("then").toString())
        .isEqualTo(json("{'required':['onBehalfOfId'],'properties':{'onBehalfOfId':true}}"));
    assertThat(entry.path("else").toString())
        .isEqualTo(
            json("{'not':{'required':['onBehalfOfId'],'properties':{'onBehalfOfId':true}}}"));
    // The footnote on ajv's strictRequired is said once, where it is first needed.
    assertThat(schema.toString().split("strictRequired", -1)).hasSize(2);
    // And the rules come after the object's own keywords.
    List<String> keys = new ArrayList<>();
    entry.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).endsWith("description", "if", "then", "else");
  }

  @Test
  void severalRulesOfATypeAreAnAllOfInDeclarationOrder() {
    FormatModel model = FormatModel.of(Ruled.class);
    JsonNode schema = new SchemaGenerator(model, overlay()).rules(model.objects().get(0));
    assertThat(schema.size()).isEqualTo(1);
    JsonNode all = schema.path("allOf");
    assertThat(all.size()).isEqualTo(3);
    assertThat(all.get(0).has("oneOf")).isTrue();
    assertThat(all.get(1).has("anyOf")).isTrue();
    assertThat(all.get(2).path("if").path("properties").path("status").path("const").asText())
        .isEqualTo("substitute");
  }

  @Test
  void aRuleAcrossMembersInTheOverlayStopsTheGeneration() {
    for (String keyword : List.of("oneOf", "anyOf", "if", "allOf")) {
      ObjectNode ruled = overlay();
      ((ObjectNode) ruled.path("objects").path("comment")).putArray(keyword);
      assertThatThrownBy(() -> new SchemaGenerator(MODEL, ruled).schema())
          .as(keyword)
          .hasMessageContaining("$defs/comment")
          .hasMessageContaining(keyword)
          .hasMessageContaining("PresenceRule of Comment");
    }
  }
}
