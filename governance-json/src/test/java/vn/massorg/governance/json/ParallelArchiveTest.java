package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.testing.GeneratorsTestAccess;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * An archive read with several threads gives the entries of a read with one, in the same order,
 * finding for finding, and the same findings across records.
 */
class ParallelArchiveTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final GovernanceValidator VALIDATOR = GovernanceValidator.standard();

  /** What a read gives: each entry as line, record and report, then the findings across. */
  private record Outcome(List<String> entries, ValidationReport across, long records) {}

  private static Outcome read(byte[] archive, int threads) throws IOException {
    List<String> entries = new ArrayList<>();
    ValidationReport across;
    long records;
    try (ArchiveReader reader =
        JSON.openArchive(new ByteArrayInputStream(archive), VALIDATOR, threads)) {
      while (reader.hasNext()) {
        ArchiveEntry e = reader.next();
        entries.add(
            e.getLine()
                + " "
                + e.getRecord().map(JSON::write).orElse("-")
                + " "
                + JSON.writeReport(e.getReport()));
      }
      across = reader.finish();
      records = reader.recordCount();
      for (int i = 0; i < records; i += 7) {
        entries.add("record " + i + " at line " + reader.lineOfRecord(i));
      }
    }
    return new Outcome(entries, across, records);
  }

  /** Generated records, each twice at times (duplicate meetings), with bad and empty lines. */
  private static byte[] archive(int n) throws IOException {
    List<MeetingRecord> records = GeneratorsTestAccess.sample(Generators.validRecords(), n);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < records.size(); i++) {
      String line = JSON.write(records.get(i));
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      if (i % 9 == 4) {
        out.write(line.getBytes(StandardCharsets.UTF_8)); // the same meeting again
        out.write('\n');
      }
      if (i % 13 == 6) {
        out.write(line.substring(0, line.length() / 2).getBytes(StandardCharsets.UTF_8));
        out.write("\r\n\n".getBytes(StandardCharsets.UTF_8)); // broken, then empty
      }
    }
    return out.toByteArray();
  }

  @Test
  @DisplayName("several threads give the entries, order and findings of one")
  void sameOutcome() throws IOException {
    byte[] archive = archive(120);
    Outcome one = read(archive, 1);
    assertThat(one.entries()).anyMatch(e -> e.contains("format.syntax"));
    assertThat(one.across().getFindings()).isNotEmpty();
    for (int threads : new int[] {2, 3, 8}) {
      Outcome many = read(archive, threads);
      assertThat(many.entries()).as("%d threads", threads).isEqualTo(one.entries());
      assertThat(many.across()).isEqualTo(one.across());
      assertThat(many.records()).isEqualTo(one.records());
    }
  }

  @Test
  @DisplayName("an archive left half read and closed stops its threads")
  void closeStops() throws IOException {
    byte[] archive = archive(40);
    ArchiveReader reader = JSON.openArchive(new ByteArrayInputStream(archive), VALIDATOR, 4);
    reader.next();
    reader.close();
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  @DisplayName("fewer than one thread is refused")
  void threads() {
    assertThatThrownBy(() -> JSON.openArchive(new ByteArrayInputStream(new byte[0]), VALIDATOR, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads");
  }
}
