package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import vn.massorg.governance.model.MeetingRecord;

/** Test documents: a valid record's JSON, edited at a pointer, with a plain mapper. */
final class Docs {
  static final ObjectMapper PLAIN = new ObjectMapper();

  private Docs() {}

  static ObjectNode tree(MeetingRecord record) {
    return (ObjectNode) parse(GovernanceJson.strict().write(record));
  }

  static JsonNode parse(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(byte[] json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample with every attribute, edited. */
  static String edited(Consumer<ObjectNode> edit) {
    ObjectNode tree = tree(Samples.everyAttribute());
    edit.accept(tree);
    return tree.toString();
  }

  /** Sets a member: the pointer names the member, its head the object that holds it. */
  static String with(String pointer, JsonNode value) {
    return edited(
        t -> {
          JsonPointer p = JsonPointer.compile(pointer);
          ((ObjectNode) t.at(p.head())).set(p.last().getMatchingProperty(), value);
        });
  }

  static String with(String pointer, String rawJson) {
    return with(pointer, parse(rawJson));
  }

  static String without(String pointer) {
    return edited(
        t -> {
          JsonPointer p = JsonPointer.compile(pointer);
          JsonNode holder = t.at(p.head());
          if (holder instanceof ArrayNode array) {
            array.remove(p.last().getMatchingIndex());
          } else {
            ((ObjectNode) holder).remove(p.last().getMatchingProperty());
          }
        });
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
