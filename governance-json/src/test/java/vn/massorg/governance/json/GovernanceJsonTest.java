package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;

class GovernanceJsonTest {
  private final GovernanceJson json = GovernanceJson.strict();

  @Nested
  class WriteThenRead {
    @Test
    void theSeedMeetingComesBackEqual() {
      MeetingRecord record = Samples.haiPhong();
      assertThat(json.read(json.write(record))).isEqualTo(record);
    }

    @Test
    void aRecordWithEveryAttributeComesBackEqualFromEveryKindOfInput() {
      MeetingRecord record = Samples.everyAttribute();
      String text = json.write(record);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(json.read(text)).isEqualTo(record);
      assertThat(json.read(bytes)).isEqualTo(record);
      assertThat(json.read(new ByteArrayInputStream(bytes))).isEqualTo(record);
      assertThat(json.read(new StringReader(text))).isEqualTo(record);
    }

    @Test
    void writingToAStreamGivesTheSameUtf8AsTheString() {
      MeetingRecord record = Samples.everyAttribute();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.write(record, out);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(record));
    }
  }

  @Nested
  class TheDocument {
    @Test
    void namesItsFormatAndVersionFirst() {
      String text = json.write(Samples.haiPhong());
      assertThat(text)
          .startsWith(
              "{\"format\":\"vn.massorg.governance/meeting-record\","
                  + "\"formatVersion\":\"1.0\",\"organisation\":");
    }

    @Test
    void isSelfContainedWithOrganisationTermBodiesHoldingsPeopleMeetingAndReports() {
      JsonNode tree = Docs.tree(Samples.haiPhong());
      assertThat(tree.at("/organisation/id").asText()).isEqualTo("org.lhh-hai-phong");
      assertThat(tree.at("/term/bodies/0/posts/0/holdings/0/personId").asText())
          .isEqualTo("person.hoang-van-ke");
      assertThat(tree.at("/people/1/givenName").asText()).isEqualTo("Ngọc");
      assertThat(tree.at("/meeting/agenda/0/presentations/0/reportId").asText())
          .isEqualTo("report.2020-q3");
      assertThat(tree.at("/reports/0/period").asText()).isEqualTo("2020-Q3");
    }

    @Test
    void writesDatesPeriodsThresholdsAndCodesInTheirStringForms() {
      JsonNode tree = Docs.tree(Samples.everyAttribute());
      assertThat(tree.at("/term/start").asText()).isEqualTo("2019-10");
      assertThat(tree.at("/meeting/date").asText()).isEqualTo("2021-07-02");
      assertThat(tree.at("/term/bodies/1/posts/0/holdings/0/start").asText())
          .isEqualTo("2019-10-15");
      assertThat(tree.at("/meeting/agenda/0/decisions/0/requiredMajority").asText())
          .isEqualTo(">1/2");
      assertThat(tree.at("/meeting/agenda/0/decisions/0/method").asText())
          .isEqualTo("show-of-hands");
      assertThat(tree.at("/meeting/kind").asText()).isEqualTo("extraordinary");
      assertThat(tree.at("/organisation/level").asText()).isEqualTo("provincial");
      assertThat(tree.at("/people/0/academicTitle").asText()).isEqualTo("pgs-ts");
      assertThat(tree.at("/term/bodies/1/posts/1/kind").asText()).isEqualTo("uy-vien-du-khuyet");
      assertThat(tree.at("/meeting/attendance/counts/present").isInt()).isTrue();
    }

    @Test
    void leavesOutWhatIsNotRecordedAndEmptyLists() {
      JsonNode tree = Docs.tree(Samples.haiPhong());
      assertThat(tree.get("meeting").has("date")).isFalse();
      assertThat(tree.get("meeting").has("venue")).isFalse();
      assertThat(tree.get("meeting").has("attendance")).isFalse();
      assertThat(tree.at("/organisation").has("memberUnits")).isFalse();
      assertThat(tree.at("/reports/0").has("context")).isFalse();
      assertThat(tree.at("/term/bodies/0").has("seats")).isFalse();
    }

    @Test
    void readsMissingListsAsEmpty() {
      MeetingRecord record = json.read(Docs.without("/meeting/agenda"));
      assertThat(record.getMeeting().getAgenda()).isEmpty();
    }
  }

  @Test
  void strictIsTheDefaultAndLenientIsTheOther() {
    assertThat(GovernanceJson.strict().isLenient()).isFalse();
    assertThat(GovernanceJson.lenient().isLenient()).isTrue();
    assertThat(GovernanceJson.strict()).isSameAs(GovernanceJson.strict());
  }
}
