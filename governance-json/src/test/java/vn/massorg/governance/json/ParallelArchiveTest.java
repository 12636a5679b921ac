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
        entries.add(describe(e));
      }
      across = reader.finish();
      records = reader.recordCount();
      for (int i = 0; i < records; i += 7) {
        entries.add("record " + i + " at line " + reader.lineOfRecord(i));
      }
    }
    return new Outcome(entries, across, records);
  }

  /** An entry as its line, its record's JSON (or "-") and its report's JSON. */
  private static String describe(ArchiveEntry e) {
    return e.getLine()
        + " "
        + e.getRecord().map(JSON::write).orElse("-")
        + " "
        + JSON.writeReport(e.getReport());
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

  /** Edge cases of line splitting, each archive read with one thread and with several. */
  private static List<byte[]> edges() throws IOException {
    List<MeetingRecord> records = GeneratorsTestAccess.sample(Generators.validRecords(), 6);
    byte[] first = JSON.write(records.get(0)).getBytes(StandardCharsets.UTF_8);
    byte[] second = JSON.write(records.get(1)).getBytes(StandardCharsets.UTF_8);
    List<byte[]> archives = new ArrayList<>();
    archives.add(new byte[0]);
    archives.add("\n".getBytes(StandardCharsets.UTF_8));
    archives.add("\r".getBytes(StandardCharsets.UTF_8));
    archives.add(concat(first)); // no final line end
    archives.add(concat(first, "\r\n", second, "\r")); // CRLF, then a last line ending in CR
    archives.add(concat("\n\r\n", first, "\n\n"));
    // A line longer than a document may be, between two good ones, and as the last line.
    byte[] tooLong = new byte[JsonSetup.MAX_DOCUMENT + 1];
    java.util.Arrays.fill(tooLong, (byte) ' ');
    archives.add(concat(first, "\n", tooLong, "\n", second, "\n"));
    archives.add(concat(first, "\n", tooLong));
    // Exactly the longest line allowed: read, and refused as no JSON, not as too long.
    byte[] longest = new byte[JsonSetup.MAX_DOCUMENT];
    java.util.Arrays.fill(longest, (byte) ' ');
    archives.add(concat(longest, "\n", second));
    // Lines that end just before, at and after the 128 KB a chunk starts with.
    for (int pad = -2; pad <= 2; pad++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      while (out.size() + first.length + 1 < 128 * 1024 + pad) {
        out.write(first);
        out.write('\n');
      }
      byte[] filler = new byte[Math.max(0, 128 * 1024 + pad - out.size() - 1)];
      java.util.Arrays.fill(filler, (byte) 'x');
      out.write(filler);
      out.write('\n');
      out.write(second);
      out.write('\n');
      archives.add(out.toByteArray());
    }
    return archives;
  }

  private static byte[] concat(Object... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.write(part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part);
    }
    return out.toByteArray();
  }

  @Test
  @DisplayName("line ends, empty and too long lines are split as with one thread")
  void lineEdges() throws IOException {
    for (byte[] archive : edges()) {
      Outcome one = read(archive, 1);
      for (int threads : new int[] {2, 3}) {
        assertThat(read(archive, threads).entries())
            .as("%d bytes, %d threads", archive.length, threads)
            .isEqualTo(one.entries());
      }
    }
    Outcome tooLong = read(edges().get(6), 2);
    assertThat(tooLong.entries()).hasSize(3 + 1); // three lines, then "record 0 at line 1"
    assertThat(tooLong.entries().get(1)).startsWith("2 - ").contains("format.limit");
    assertThat(tooLong.entries().get(2)).startsWith("3 {");
  }

  @Test
  @DisplayName("a stream that gives one byte at a time is read as a whole one")
  void shortReads() throws IOException {
    byte[] archive = archive(12);
    Outcome one = read(archive, 1);
    List<String> entries = new ArrayList<>();
    try (ArchiveReader reader =
        JSON.openArchive(
            new java.io.FilterInputStream(new ByteArrayInputStream(archive)) {
              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
              }
            },
            VALIDATOR,
            2)) {
      while (reader.hasNext()) {
        ArchiveEntry e = reader.next();
        entries.add(describe(e));
      }
    }
    assertThat(entries).isEqualTo(one.entries().subList(0, entries.size()));
    assertThat(entries).hasSizeGreaterThan(12);
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
