package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of hostile input ends in the library's own exception, with its code, a location and a
 * clean one-line message: never a raw Jackson exception, a StackOverflowError or an
 * OutOfMemoryError. The corpus is made by {@link HostileCorpus} as it is read.
 */
class HostileInputTest {

  static List<HostileCorpus.Case> corpus() {
    return HostileCorpus.cases();
  }

  @Test
  void theCorpusHasAtLeastThirtyKinds() {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void endsInTheLibrarysExceptionWithALocation(HostileCorpus.Case c) throws Exception {
    Throwable thrown;
    try (InputStream in = c.input.get()) {
      thrown = catchThrowable(() -> c.json.read(in));
    }
    assertThat(thrown).as(c.name).isInstanceOf(GovernanceJsonException.class);
    GovernanceJsonException e = (GovernanceJsonException) thrown;
    assertThat(e.getCode()).as(e.getMessage(Locale.ENGLISH)).isEqualTo(c.code);
    Rejections.assertClean(e);
  }

  @Test
  void everyPrefixOfADocumentEndsInTheLibrarysException() {
    String valid = GovernanceJson.strict().write(Samples.everyAttribute());
    for (int end = 0; end < valid.length(); end += 3) {
      String prefix = valid.substring(0, end);
      Throwable thrown = catchThrowable(() -> GovernanceJson.strict().read(prefix));
      assertThat(thrown)
          .as("prefix of %d characters", end)
          .isInstanceOf(GovernanceJsonException.class);
      Rejections.assertClean((GovernanceJsonException) thrown);
    }
  }

  @Test
  void aValueOfAnotherTypeInEveryMemberIsATypeErrorAtThatMember() {
    com.fasterxml.jackson.databind.JsonNode tree = Docs.tree(Samples.everyAttribute());
    List<String> pointers = new java.util.ArrayList<>();
    collect(tree, "", pointers);
    assertThat(pointers).hasSizeGreaterThan(80);
    for (String pointer : pointers) {
      com.fasterxml.jackson.databind.JsonNode value = tree.at(pointer);
      String other =
          value.isTextual()
              ? "1"
              : value.isInt() ? "\"1\"" : value.isBoolean() ? "0" : value.isObject() ? "[]" : "{}";
      String doc = Docs.edited(t -> set(t, pointer, Docs.parse(other)));
      Throwable thrown = catchThrowable(() -> GovernanceJson.strict().read(doc));
      assertThat(thrown).as(pointer).isInstanceOf(GovernanceJsonException.class);
      GovernanceJsonException e = (GovernanceJsonException) thrown;
      assertThat(e.getCode())
          .as(pointer + ": " + e.getMessage(Locale.ENGLISH))
          .isEqualTo("format.type");
      assertThat(e.getPointer()).isEqualTo(pointer);
    }
  }

  private static void collect(
      com.fasterxml.jackson.databind.JsonNode node, String at, List<String> out) {
    if (!at.isEmpty()) {
      out.add(at);
    }
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(n -> collect(node.get(n), at + "/" + n, out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, out);
      }
    }
  }

  private static void set(
      com.fasterxml.jackson.databind.node.ObjectNode root,
      String pointer,
      com.fasterxml.jackson.databind.JsonNode value) {
    com.fasterxml.jackson.core.JsonPointer p =
        com.fasterxml.jackson.core.JsonPointer.compile(pointer);
    com.fasterxml.jackson.databind.JsonNode holder = root.at(p.head());
    if (holder.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) holder)
          .set(p.last().getMatchingIndex(), value);
    } else {
      ((com.fasterxml.jackson.databind.node.ObjectNode) holder)
          .set(p.last().getMatchingProperty(), value);
    }
  }
}
