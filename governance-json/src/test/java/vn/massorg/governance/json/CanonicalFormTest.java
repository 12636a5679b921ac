package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;

/** Canonical bytes and their digest: the same for the same record on every run and machine. */
class CanonicalFormTest {
  private final GovernanceJson json = GovernanceJson.strict();

  /**
   * Computed once from {@link Samples#haiPhong()} and committed: a change of this value means the
   * canonical form changed, which breaks every digest stored by a user.
   */
  private static final String HAI_PHONG_DIGEST =
      "sha256:33f908aaa0ad71a5a95e8d26f5f6e5cc4d9595263025d0651f680a3e693a6d23";

  @Test
  void theSeedMeetingHasItsGoldenDigest() {
    assertThat(json.digest(Samples.haiPhong())).isEqualTo(HAI_PHONG_DIGEST);
  }

  @Test
  void theDigestIsSha256OfTheCanonicalBytesInLowercaseHex() throws Exception {
    MeetingRecord record = Samples.everyAttribute();
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256").digest(json.canonicalBytes(record));
    assertThat(json.digest(record))
        .matches("sha256:[0-9a-f]{64}")
        .isEqualTo("sha256:" + java.util.HexFormat.of().formatHex(hash));
  }

  @Test
  void membersAreSortedAndThereIsNoWhitespaceBetweenTokens() {
    byte[] bytes = json.canonicalBytes(Samples.everyAttribute());
    JsonNode tree = Docs.parse(bytes);
    assertSorted(tree);
    String compact = Docs.PLAIN.createObjectNode().toString();
    assertThat(compact).isEqualTo("{}");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "{\"format\":\"vn.massorg.governance/meeting-record\","
                + "\"formatVersion\":\"1.0\",\"meeting\":{\"agenda\":[{\"chairId\":");
    assertThat(text).doesNotContain("\n", "\": ", ", \"", "{ ");
    assertThat(text)
        .contains("\"venue\":{\"en\":\"Hall A\",\"vi\":\"Hội trường \\\"A\\\"\\t\\\\ tầng 2\"}");
  }

  @Test
  void theCanonicalBytesReadBackToTheRecord() {
    MeetingRecord record = Samples.everyAttribute();
    assertThat(json.read(json.canonicalBytes(record))).isEqualTo(record);
  }

  @Test
  void theOrderOfMembersInTheInputDoesNotMatter() {
    MeetingRecord record = Samples.everyAttribute();
    JsonNode reversed = reverse(Docs.tree(record));
    MeetingRecord read = json.read(reversed.toString());
    assertThat(read).isEqualTo(record);
    assertThat(json.canonicalBytes(read)).isEqualTo(json.canonicalBytes(record));
    assertThat(json.digest(read)).isEqualTo(json.digest(record));
  }

  @Test
  void theNfdFormOfARecordReadsToTheSameRecordAndDigestAsItsNfcForm() {
    MeetingRecord record = Samples.haiPhong();
    String nfc = json.write(record);
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    MeetingRecord fromNfd = json.read(nfd);
    assertThat(fromNfd).isEqualTo(record);
    assertThat(json.digest(fromNfd)).isEqualTo(json.digest(record)).isEqualTo(HAI_PHONG_DIGEST);
    assertThat(json.write(fromNfd)).isEqualTo(nfc);
  }

  @Test
  void toneMarkPlacementVariantsAreDifferentRecords() {
    MeetingRecord hoa1 = json.read(Docs.with("/meeting/title/vi", "\"hoà\""));
    MeetingRecord hoa2 = json.read(Docs.with("/meeting/title/vi", "\"hòa\""));
    assertThat(json.digest(hoa1)).isNotEqualTo(json.digest(hoa2));
  }

  private static void assertSorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      assertThat(names).isSorted();
      node.elements().forEachRemaining(CanonicalFormTest::assertSorted);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(CanonicalFormTest::assertSorted);
    }
  }

  private static JsonNode reverse(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      members.addAll(node.properties());
      ObjectNode out = Docs.PLAIN.createObjectNode();
      for (int i = members.size() - 1; i >= 0; i--) {
        out.set(members.get(i).getKey(), reverse(members.get(i).getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = Docs.PLAIN.createArrayNode();
      node.elements().forEachRemaining(e -> out.add(reverse(e)));
      return out;
    }
    return node;
  }
}
