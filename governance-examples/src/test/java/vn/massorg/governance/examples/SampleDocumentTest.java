package vn.massorg.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.model.MeetingRecord;

/**
 * The sample document committed beside the example is the example's record: the strict reader reads
 * it as a record equal to {@link HaiPhongStandingCommitteeQ3_2020#record()}, with the same digest.
 * When the example or the format changes, regenerate it with {@code java -jar
 * governance-examples/target/governance-examples.jar --json > }{@value #PATH}.
 */
class SampleDocumentTest {
  static final String PATH =
      "governance-examples/src/main/resources/"
          + "vn/massorg/governance/examples/hai-phong-2020-q3-standing-committee.json";
  private static final String RESOURCE = "hai-phong-2020-q3-standing-committee.json";
  private static final GovernanceJson JSON = GovernanceJson.strict();

  /**
   * The shipped sample's digest: the test vector for implementations of the canonical form in other
   * languages, as docs/design/json-format.md gives it with the command that reproduces it.
   */
  static final String SAMPLE_DIGEST =
      "sha256:0b620ae7f41c19c2da3ee2e30f058968d72f08e70b9ec19ff0d8e97733b870c1";

  private static final Path DESIGN = Path.of("..", "docs", "design", "json-format.md");

  @Test
  void readsAsTheExamplesRecordWithTheSameDigest() throws IOException {
    MeetingRecord sample;
    try (InputStream in = resource()) {
      sample = JSON.read(in);
    }
    MeetingRecord record = HaiPhongStandingCommitteeQ3_2020.record();
    assertThat(sample)
        .as("the sample document is out of date; regenerate it: see the javadoc")
        .isEqualTo(record);
    assertThat(JSON.digest(sample)).isEqualTo(JSON.digest(record)).startsWith("sha256:");
    assertThat(JSON.canonicalBytes(sample)).isEqualTo(JSON.canonicalBytes(record));
  }

  @Test
  void hasThePinnedDigestThatTheFormatsDesignNoteGives() throws IOException {
    MeetingRecord sample;
    try (InputStream in = resource()) {
      sample = JSON.read(in);
    }
    assertThat(JSON.digest(sample)).isEqualTo(SAMPLE_DIGEST);
    assertThat(Files.readString(DESIGN)).contains(SAMPLE_DIGEST);
  }

  /**
   * The design note's one-line Python command, run as it is written there from the repository's
   * root: Python's own JSON with sorted keys gives the same digest, so the command in the note
   * cannot drift from the format.
   */
  @Test
  void thePythonCommandOfTheDesignNoteReproducesTheDigest() throws Exception {
    String command =
        Files.readAllLines(DESIGN).stream()
            .map(String::strip)
            .filter(l -> l.startsWith("python3 -c "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no python3 command in " + DESIGN));
    assertThat(command).endsWith(PATH);
    boolean python;
    try {
      python =
          new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor()
              == 0;
    } catch (IOException e) {
      python = false;
    }
    Assumptions.assumeTrue(
        python,
        "python3 is not on this machine's PATH: the design note's "
            + "command was not run (the digest itself is pinned by the test before)");
    Process p =
        new ProcessBuilder("sh", "-c", command)
            .directory(Path.of("..").toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).isEqualTo(SAMPLE_DIGEST);
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
