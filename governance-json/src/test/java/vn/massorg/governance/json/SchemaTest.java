package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.massorg.governance.model.MeetingRecord;

/**
 * The shipped JSON Schema agrees with the reader: it accepts the records the library writes and
 * rejects the structurally invalid documents the reader rejects, so that a non-Java application can
 * check records with the schema alone.
 */
class SchemaTest {
  static final String RESOURCE = "/vn/massorg/governance/json/meeting-record.schema.json";
  static final Schema SCHEMA = load();

  static Schema load() {
    try (InputStream in = GovernanceJson.class.getResourceAsStream(RESOURCE)) {
      JsonNode node = Docs.PLAIN.readTree(in);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Error> errors(String json) {
    return SCHEMA.validate(Docs.parse(json));
  }

  static void assertAccepted(MeetingRecord record) {
    assertThat(errors(GovernanceJson.strict().write(record))).as("schema errors").isEmpty();
  }

  @Test
  void theSchemaIsDraft202012AndItselfValid() throws IOException {
    JsonNode node;
    try (InputStream in = GovernanceJson.class.getResourceAsStream(RESOURCE)) {
      node = Docs.PLAIN.readTree(in);
    }
    assertThat(node.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                com.networknt.schema.SchemaLocation.of(
                    "https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(node)).isEmpty();
  }

  @Test
  void theSchemaAcceptsTheHandBuiltRecords() {
    assertAccepted(Samples.haiPhong());
    assertAccepted(Samples.everyAttribute());
  }

  @Test
  void theSchemaAcceptsTheCanonicalForm() {
    assertThat(
            SCHEMA.validate(
                Docs.parse(GovernanceJson.strict().canonicalBytes(Samples.everyAttribute()))))
        .isEmpty();
  }

  static Stream<Arguments> structurallyInvalid() {
    return Stream.of(
        Arguments.of("unknown member at the top", Docs.with("/extra", "1")),
        Arguments.of(
            "unknown member deep", Docs.with("/meeting/agenda/0/decisions/0/votes/x", "1")),
        Arguments.of("unknown member of a text", Docs.with("/organisation/name/fr", "\"x\"")),
        Arguments.of("class-name type id", Docs.with("/meeting/@class", "\"java.lang.Runtime\"")),
        Arguments.of("string for int", Docs.with("/term/bodies/0/seats", "\"fifteen\"")),
        Arguments.of("number for text", Docs.with("/meeting/title", "123")),
        Arguments.of("number for string", Docs.with("/people/0/givenName", "123")),
        Arguments.of("fraction for int", Docs.with("/meeting/attendance/counts/present", "12.5")),
        Arguments.of("int beyond range", Docs.with("/term/ordinal", "2147483648")),
        Arguments.of("string for boolean", Docs.with("/reports/0/resultsComplete", "\"true\"")),
        Arguments.of("object for list", Docs.with("/people", "{}")),
        Arguments.of("null required", Docs.with("/meeting/title", "null")),
        Arguments.of("null optional", Docs.with("/meeting/venue", "null")),
        Arguments.of("null in list", Docs.with("/people", "[null]")),
        Arguments.of("missing title", Docs.without("/meeting/title")),
        Arguments.of("missing votes", Docs.without("/meeting/agenda/0/decisions/0/votes/against")),
        Arguments.of("missing vi", Docs.without("/organisation/name/vi")),
        Arguments.of("missing version", Docs.without("/formatVersion")),
        Arguments.of("missing term", Docs.without("/term")),
        Arguments.of("date with short month", Docs.with("/meeting/date", "\"2021-7-2\"")),
        Arguments.of("date time", Docs.with("/meeting/date", "\"2021-07-02T00:00:00Z\"")),
        Arguments.of("date month 13", Docs.with("/meeting/date", "\"2021-13\"")),
        Arguments.of("date 30 Feb", Docs.with("/meeting/date", "\"2021-02-30\"")),
        Arguments.of("date 31 April", Docs.with("/meeting/date", "\"2021-04-31\"")),
        Arguments.of("29 Feb of a common year", Docs.with("/meeting/date", "\"2021-02-29\"")),
        Arguments.of(
            "29 Feb of a century not divisible by 400",
            Docs.with("/meeting/date", "\"2100-02-29\"")),
        Arguments.of(
            "threshold over zero",
            Docs.with("/meeting/agenda/0/decisions/0/requiredMajority", "\">=1/0\"")),
        Arguments.of(
            "threshold over 0000",
            Docs.with("/meeting/agenda/0/decisions/0/requiredMajority", "\">1/0000\"")),
        // 100,001 characters: once a StackOverflowError in Java's regular expression engine,
        // which recursed once per "-a" of the code pattern's repeated group.
        Arguments.of(
            "long code a-a-a-...",
            Docs.with("/organisation/level", "\"" + "a-".repeat(50_000) + "a\"")),
        Arguments.of("year 0", Docs.with("/meeting/date", "\"0000\"")),
        Arguments.of("date as array", Docs.with("/meeting/date", "[2021, 7, 2]")),
        Arguments.of("date as epoch days", Docs.with("/meeting/date", "18810")),
        Arguments.of("lowercase quarter", Docs.with("/reports/0/period", "\"2021-q1\"")),
        Arguments.of("quarter 5", Docs.with("/reports/0/period", "\"2021-Q5\"")),
        Arguments.of(
            "threshold without operator",
            Docs.with("/meeting/agenda/0/decisions/0/requiredMajority", "\"2/3\"")),
        Arguments.of("closed code unknown", Docs.with("/meeting/kind", "\"annual\"")),
        Arguments.of("uppercase code", Docs.with("/organisation/level", "\"City\"")),
        Arguments.of("code with space", Docs.with("/term/bodies/0/kind", "\"ban chap hanh\"")),
        Arguments.of("identifier with capitals", Docs.with("/people/1/id", "\"Person B\"")),
        Arguments.of("version 2.0", Docs.with("/formatVersion", "\"2.0\"")),
        Arguments.of("version 1.1", Docs.with("/formatVersion", "\"1.1\"")),
        Arguments.of("numeric version", Docs.with("/formatVersion", "1.0")),
        Arguments.of("another format", Docs.with("/format", "\"vn.massorg.governance/report\"")),
        Arguments.of("top-level array", "[" + Docs.edited(t -> {}) + "]"),
        Arguments.of("top-level string", "\"record\""),
        Arguments.of(
            "comment with speaker and group",
            Docs.with("/meeting/agenda/0/comments/0/speakerGroup", "\"delegates\"")),
        Arguments.of(
            "comment with neither", Docs.without("/meeting/agenda/0/comments/0/speakerId")),
        Arguments.of(
            "substitute without member",
            Docs.without("/meeting/attendance/entries/2/onBehalfOfId")),
        Arguments.of(
            "on behalf of for a non-substitute",
            Docs.with("/meeting/attendance/entries/0/onBehalfOfId", "\"person.b\"")),
        Arguments.of("empty attendance", Docs.with("/meeting/attendance", "{}")),
        Arguments.of("empty status history", Docs.with("/reports/0/statusHistory", "[]")),
        Arguments.of(
            "illegal status move",
            Docs.with("/reports/0/statusHistory", "[\"draft\", \"adopted\"]")),
        Arguments.of(
            "backward status move",
            Docs.with("/reports/0/statusHistory", "[\"presented\", \"draft\"]")));
  }

  /** 29 February of a leap year, and thresholds with leading zeros: both read them. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "/meeting/date:\"2024-02-29\"",
        "/meeting/date:\"2000-02-29\"",
        "/meeting/date:\"1600-02-29\"",
        "/meeting/date:\"2021-02-28\"",
        "/meeting/agenda/0/decisions/0/requiredMajority:\">=00/1\"",
        "/meeting/agenda/0/decisions/0/requiredMajority:\">1/0002\""
      })
  void theReaderAndTheSchemaBothAcceptIt(String edit) {
    int colon = edit.indexOf(':');
    String json = Docs.with(edit.substring(0, colon), edit.substring(colon + 1));
    GovernanceJson.strict().read(json);
    assertThat(errors(json)).as(edit).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structurallyInvalid")
  void theReaderAndTheSchemaBothRejectIt(String what, String json) {
    GovernanceJsonException e =
        catchThrowableOfType(
            GovernanceJsonException.class, () -> GovernanceJson.strict().read(json));
    assertThat(e).as("the reader rejects " + what).isNotNull();
    assertThat(errors(json)).as("the schema rejects " + what).isNotEmpty();
  }

  /**
   * The reader and the schema agree on which members are required: each member of a record that
   * sets every attribute is left out in turn, and the schema accepts exactly the documents the
   * reader accepts.
   */
  @Test
  void theReaderAndTheSchemaAgreeOnEveryMemberLeftOut() {
    JsonNode tree = Docs.tree(Samples.everyAttribute());
    List<String> members = new java.util.ArrayList<>();
    members(tree, "", members);
    assertThat(members).hasSizeGreaterThan(100);
    for (String member : members) {
      String json = Docs.without(member);
      boolean read =
          catchThrowableOfType(
                  GovernanceJsonException.class, () -> GovernanceJson.strict().read(json))
              == null;
      assertThat(errors(json).isEmpty())
          .as("schema accepts the document without " + member)
          .isEqualTo(read);
    }
  }

  /** A value of another JSON type in any member: the reader and the schema both reject it. */
  @Test
  void theReaderAndTheSchemaBothRejectAValueOfAnotherTypeInEveryMember() {
    JsonNode tree = Docs.tree(Samples.everyAttribute());
    List<String> values = new java.util.ArrayList<>();
    members(tree, "", values);
    for (String pointer : values) {
      JsonNode value = tree.at(pointer);
      String other =
          value.isTextual()
              ? "1"
              : value.isInt() ? "\"1\"" : value.isBoolean() ? "0" : value.isObject() ? "[]" : "{}";
      String json = Docs.with(pointer, other);
      assertThat(
              catchThrowableOfType(
                  GovernanceJsonException.class, () -> GovernanceJson.strict().read(json)))
          .as("the reader rejects " + pointer)
          .isNotNull();
      assertThat(errors(json)).as("the schema rejects " + pointer).isNotEmpty();
    }
  }

  private static void members(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      node.fieldNames()
          .forEachRemaining(
              n -> {
                out.add(at + "/" + n);
                members(node.get(n), at + "/" + n, out);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        members(node.get(i), at + "/" + i, out);
      }
    }
  }
}
