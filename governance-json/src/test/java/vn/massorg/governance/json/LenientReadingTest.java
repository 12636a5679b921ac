package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.massorg.governance.json.Rejections.rejected;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;

/** The lenient reader keeps what it does not know, so that a record passes through unchanged. */
class LenientReadingTest {
  private static final GovernanceJson LENIENT = GovernanceJson.lenient();

  /**
   * A later writer's document: unknown members at several depths, of every JSON type the format
   * allows (not null: a later 1.x version refuses it as this one does).
   */
  private static String later() {
    return Docs.edited(
            t -> {
              t.put("formatVersion", "1.3");
              t.set(
                  "signature",
                  Docs.parse("{\"alg\": \"ed25519\", \"value\": \"AAAA\", \"n\": true}"));
              t.withObjectProperty("organisation").withObjectProperty("name").put("fr", "Union X");
              ((com.fasterxml.jackson.databind.node.ObjectNode) t.at("/people/1"))
                  .set("birthYear", Docs.parse("1970"));
              ((com.fasterxml.jackson.databind.node.ObjectNode)
                      t.at("/term/bodies/1/posts/0/holdings/0"))
                  .set("decisionRef", Docs.parse("[\"QĐ-12\", {\"page\": 3}]"));
              ((com.fasterxml.jackson.databind.node.ObjectNode)
                      t.at("/meeting/agenda/0/decisions/0/votes"))
                  .set("invalid", Docs.parse("12345678901234567890"));
              ((com.fasterxml.jackson.databind.node.ObjectNode) t.at("/meeting"))
                  .set("durationHours", Docs.parse("\"DURATION\""));
            })
        .replace("\"DURATION\"", "1.10");
  }

  @Test
  void aLaterDocumentReadsAndWritesBackToTheSameContent() {
    String input = later();
    JsonDocument document = LENIENT.readDocument(input);
    String output = LENIENT.write(document);
    assertThat(Docs.parse(output)).isEqualTo(Docs.parse(input));
    assertThat(output).contains("1.10", "12345678901234567890", "\"formatVersion\":\"1.3\"");
  }

  @Test
  void theUnknownMembersAreKeptByThePointerOfTheirObject() {
    Map<String, Map<String, JsonNode>> unknown = LENIENT.readDocument(later()).getUnknownMembers();
    assertThat(unknown)
        .containsOnlyKeys(
            "",
            "/organisation/name",
            "/people/1",
            "/term/bodies/1/posts/0/holdings/0",
            "/meeting/agenda/0/decisions/0/votes",
            "/meeting");
    assertThat(unknown.get("/people/1").get("birthYear").intValue()).isEqualTo(1970);
    assertThat(unknown.get("").get("signature").get("alg").asText()).isEqualTo("ed25519");
  }

  @Test
  void theRecordIsTheSameAsWithoutTheUnknownMembers() {
    MeetingRecord record = LENIENT.read(later());
    assertThat(record).isEqualTo(Samples.everyAttribute());
  }

  @Test
  void theStrictReaderRefusesTheSameDocument() {
    rejected(later(), "format.version", "/formatVersion");
    rejected(
        Docs.with("/meeting/durationHours", "1"), "format.unknown-field", "/meeting/durationHours");
  }

  @Test
  void theUnknownMembersCannotBeChangedFromOutside() {
    JsonDocument document = LENIENT.readDocument(later());
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            document.getUnknownMembers().get("").get("signature"))
        .put("alg", "none");
    assertThat(document.getUnknownMembers().get("").get("signature").get("alg").asText())
        .isEqualTo("ed25519");
  }

  @Test
  void aNewMajorVersionIsRefusedEvenByTheLenientReader() {
    rejected(
        LENIENT,
        Docs.utf8(Docs.with("/formatVersion", "\"2.0\"")),
        "format.version",
        "/formatVersion");
  }

  @Test
  void wrongTypesAndNullsOfKnownMembersAreStillErrors() {
    rejected(
        LENIENT,
        Docs.utf8(Docs.with("/term/bodies/0/seats", "\"fifteen\"")),
        "format.type",
        "/term/bodies/0/seats");
    rejected(
        LENIENT, Docs.utf8(Docs.with("/meeting/venue", "null")), "format.null", "/meeting/venue");
  }

  @Test
  void aNullInAnUnknownMemberIsAnErrorAtItsOwnPointerAsAnywhereElse() {
    rejected(
        LENIENT,
        Docs.utf8(Docs.edited(t -> t.set("signature", Docs.parse("null")))),
        "format.null",
        "/signature");
    rejected(
        LENIENT,
        Docs.utf8(
            Docs.edited(
                t ->
                    ((com.fasterxml.jackson.databind.node.ObjectNode) t.at("/meeting"))
                        .set("extra", Docs.parse("{\"a\": [1, {\"b/c\": null}]}")))),
        "format.null",
        "/meeting/extra/a/1/b~1c");
  }

  @Test
  void unknownMembersAreReportedAsWarningsWhenValidating() {
    ReadResult result =
        LENIENT.readAndValidate(
            later(), vn.massorg.governance.validation.GovernanceValidator.standard());
    assertThat(result.getReport().getFindings())
        .filteredOn(f -> f.getCode().equals("format.unknown-field"))
        .extracting(f -> f.getPath() + " " + f.getSeverity())
        .contains(
            "/people/1/birthYear WARNING", "/signature WARNING", "/organisation/name/fr WARNING");
  }

  @Test
  void aDocumentWithoutUnknownMembersWritesAsTheStrictWriterDoes() {
    MeetingRecord record = Samples.everyAttribute();
    JsonDocument document = LENIENT.readDocument(GovernanceJson.strict().write(record));
    assertThat(document.getUnknownMembers()).isEmpty();
    assertThat(LENIENT.write(document)).isEqualTo(GovernanceJson.strict().write(record));
    assertThat(document).isEqualTo(JsonDocument.of(record));
  }
}
