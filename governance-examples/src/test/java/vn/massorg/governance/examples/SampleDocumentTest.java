package vn.massorg.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.model.MeetingRecord;

/**
 * The sample document committed beside the example is the example's record: the strict reader
 * reads it as a record equal to {@link HaiPhongStandingCommitteeQ3_2020#record()}, with the same
 * digest. When the example or the format changes, regenerate it with
 * {@code java -jar governance-examples/target/governance-examples.jar --json > }{@value #PATH}.
 */
class SampleDocumentTest {
  static final String PATH = "governance-examples/src/main/resources/"
      + "vn/massorg/governance/examples/hai-phong-2020-q3-standing-committee.json";
  private static final String RESOURCE = "hai-phong-2020-q3-standing-committee.json";
  private static final GovernanceJson JSON = GovernanceJson.strict();

  @Test
  void readsAsTheExamplesRecordWithTheSameDigest() throws IOException {
    MeetingRecord sample;
    try (InputStream in = resource()) {
      sample = JSON.read(in);
    }
    MeetingRecord record = HaiPhongStandingCommitteeQ3_2020.record();
    assertThat(sample).as("the sample document is out of date; regenerate it: see the javadoc")
        .isEqualTo(record);
    assertThat(JSON.digest(sample)).isEqualTo(JSON.digest(record)).startsWith("sha256:");
    assertThat(JSON.canonicalBytes(sample)).isEqualTo(JSON.canonicalBytes(record));
  }

  @Test
  void isUtf8InNfcForPeopleToRead() throws IOException {
    String text;
    try (InputStream in = resource()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    assertThat(text).contains("\"vi\": \"Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng\"");
    assertThat(text.lines().count()).isGreaterThan(100);
  }

  private InputStream resource() {
    InputStream in = HaiPhongStandingCommitteeQ3_2020.class.getResourceAsStream(RESOURCE);
    assertThat(in).as("the sample document " + PATH).isNotNull();
    return in;
  }
}
