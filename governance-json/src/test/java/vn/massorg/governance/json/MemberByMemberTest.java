package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every object of a record that sets every attribute, member by member: a required member left out
 * is {@code format.missing} at the pointer the member would have, and a member the format does not
 * have is {@code format.unknown-field} at its own pointer (strict) or kept under its object's
 * pointer (lenient). Which members are required is the schema's word, so the reader and the schema
 * are held to one list.
 */
class MemberByMemberTest {
  private static final GovernanceJson STRICT = GovernanceJson.strict();
  private static final GovernanceJson LENIENT = GovernanceJson.lenient();

  @Test
  void aRequiredMemberLeftOutIsMissingWhereItWouldBe() {
    List<String> members = new ArrayList<>();
    objectMembers(Docs.tree(Samples.everyAttribute()), "", members, new ArrayList<>());
    int required = 0;
    for (String member : members) {
      String json = Docs.without(member);
      String name = member.substring(member.lastIndexOf('/') + 1);
      List<Error> errors = SchemaTest.errors(json);
      // Unconditionally required: a member required only in some cases (a substitute's
      // onBehalfOfId, one of speaker and group) is a model invariant, format.invariant.
      boolean schemaRequires =
          errors.stream()
              .anyMatch(
                  e ->
                      "required".equals(e.getKeyword())
                          && name.equals(e.getProperty())
                          && !e.getEvaluationPath()
                              .toString()
                              .matches(".*(then|else|oneOf|anyOf|allOf).*"));
      if (!schemaRequires) {
        continue;
      }
      required++;
      Throwable thrown = catchThrowable(() -> STRICT.read(json));
      assertThat(thrown).as("without " + member).isInstanceOf(GovernanceJsonException.class);
      GovernanceJsonException e = (GovernanceJsonException) thrown;
      assertThat(e.getCode()).as("without " + member).isEqualTo("format.missing");
      assertThat(e.getPointer()).as("without " + member).isEqualTo(member);
      assertThat(e.getMessage()).as("without " + member).contains(name);
    }
    assertThat(required).as("required members of the full record").isGreaterThan(40);
  }

  @Test
  void everyListGivenAsAnObjectIsATypeErrorThatNamesBothTypes() {
    List<String> members = new ArrayList<>();
    ObjectNode tree = Docs.tree(Samples.everyAttribute());
    objectMembers(tree, "", members, new ArrayList<>());
    int lists = 0;
    for (String member : members) {
      if (!tree.at(member).isArray()) {
        continue;
      }
      lists++;
      GovernanceJsonException e =
          Rejections.rejected(Docs.with(member, "{}"), "format.type", member);
      assertThat(e.getMessage(java.util.Locale.ENGLISH))
          .as(member)
          .contains("expected an array, found an object");
    }
    assertThat(lists).as("lists of the full record").isGreaterThan(15);
  }

  @Test
  void anUnknownMemberInAnyObjectIsRefusedAtItsPointerOrKeptThere() {
    List<String> objects = new ArrayList<>();
    objectMembers(Docs.tree(Samples.everyAttribute()), "", new ArrayList<>(), objects);
    assertThat(objects).hasSizeGreaterThan(30);
    for (String object : objects) {
      String json =
          Docs.edited(
              t ->
                  ((ObjectNode) t.at(object.isEmpty() ? "" : object))
                      .set("zzUnknown", IntNode.valueOf(7)));
      Throwable thrown = catchThrowable(() -> STRICT.read(json));
      assertThat(thrown)
          .as("unknown member in " + object)
          .isInstanceOf(GovernanceJsonException.class);
      GovernanceJsonException e = (GovernanceJsonException) thrown;
      assertThat(e.getCode()).as("in " + object).isEqualTo("format.unknown-field");
      assertThat(e.getPointer()).as("in " + object).isEqualTo(object + "/zzUnknown");

      JsonDocument document = LENIENT.readDocument(json);
      assertThat(document.getUnknownMembers()).as("kept from " + object).containsOnlyKeys(object);
      assertThat(document.getUnknownMembers().get(object).get("zzUnknown").intValue()).isEqualTo(7);
      assertThat(document.getRecord()).isEqualTo(Samples.everyAttribute());
    }
  }

  /** The pointers of every object member, and of every object, of a tree. */
  private static void objectMembers(
      JsonNode node, String at, List<String> members, List<String> objects) {
    if (node.isObject()) {
      objects.add(at);
      node.fieldNames()
          .forEachRemaining(
              n -> {
                members.add(at + "/" + n);
                objectMembers(node.get(n), at + "/" + n, members, objects);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objectMembers(node.get(i), at + "/" + i, members, objects);
      }
    }
  }
}
