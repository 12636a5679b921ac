package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.format.generator.FormatModel;
import vn.massorg.governance.format.generator.FormatModel.Attribute;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;
import vn.massorg.governance.model.MeetingRecord;

/**
 * The shipped schema has, for every object type of the format as the generator reads it off the
 * model, exactly the model's members in the model's order and exactly its required ones. A model
 * attribute the schema lacks (or one the schema keeps after the model dropped it) fails here by
 * name, so that the generated reader and the hand-kept schema cannot disagree on a document's
 * shape.
 */
class SchemaShapeTest {
  private static final FormatModel FORMAT = FormatModel.of(MeetingRecord.class);

  @Test
  @DisplayName("each object in the schema has the model's members and required members")
  void theSchemasObjectsAreTheModels() throws IOException {
    JsonNode schema;
    try (InputStream in = GovernanceJson.class.getResourceAsStream(SchemaTest.RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    for (ObjectType type : FORMAT.objects()) {
      boolean root = type.type() == FORMAT.root();
      JsonNode object = root ? schema : schema.path("$defs").path(type.name());
      String where = root ? "the schema's root" : "$defs/" + type.name();
      assertThat(object.isObject()).as(where + " exists").isTrue();
      List<String> members = new ArrayList<>(root ? List.of("format", "formatVersion") : List.of());
      List<String> required = new ArrayList<>(members);
      for (Attribute a : type.attributes()) {
        members.add(a.name());
        if (a.required()) {
          required.add(a.name());
        }
      }
      assertThat(names(object.path("properties"))).as(where + ": properties").isEqualTo(members);
      List<String> schemaRequired = new ArrayList<>();
      object.path("required").forEach(n -> schemaRequired.add(n.textValue()));
      assertThat(schemaRequired).as(where + ": required").isEqualTo(required);
      assertThat(object.path("additionalProperties").asBoolean(true))
          .as(where + ": additionalProperties")
          .isFalse();
    }
  }

  private static List<String> names(JsonNode properties) {
    List<String> out = new ArrayList<>();
    properties.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
