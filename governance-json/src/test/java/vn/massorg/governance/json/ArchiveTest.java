package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;

/** JSON Lines archives: streamed, validated as they pass, a bad line reported and passed over. */
class ArchiveTest {
  private final GovernanceJson json = GovernanceJson.strict();

  private static byte[] archive(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private List<ArchiveEntry> readAll(byte[] bytes) throws IOException {
    List<ArchiveEntry> entries = new ArrayList<>();
    try (ArchiveReader reader = json.openArchive(new ByteArrayInputStream(bytes))) {
      reader.forEachRemaining(entries::add);
    }
    return entries;
  }

  @Test
  void whatTheWriterWritesTheReaderReadsOneRecordALine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArchiveWriter writer = json.openArchiveWriter(out)) {
      writer.write(Samples.haiPhong());
      writer.write(Samples.everyAttribute());
      writer.write(Samples.haiPhong());
      assertThat(writer.count()).isEqualTo(3);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.split("\n", -1)).hasSize(4).endsWith("");
    assertThat(text.split("\n")[0]).isEqualTo(json.write(Samples.haiPhong()));
    List<ArchiveEntry> entries = readAll(out.toByteArray());
    assertThat(entries).extracting(ArchiveEntry::getLine).containsExactly(1L, 2L, 3L);
    assertThat(entries.get(1).getRecord()).contains(Samples.everyAttribute());
    assertThat(entries.get(0).getReport())
        .isEqualTo(GovernanceValidator.standard().validate(Samples.haiPhong()));
  }

  @Test
  void aBadLineIsReportedWithItsLineNumberAndReadingGoesOn() throws IOException {
    String good = json.write(Samples.haiPhong());
    String broken = good.substring(0, 100);
    String unknown = Docs.with("/meeting/extra", "1");
    List<ArchiveEntry> entries =
        readAll(
            archive(
                good,
                broken,
                good.substring(100),
                "",
                unknown,
                Docs.with("/term/bodies/0/seats", "\"fifteen\""),
                good));
    assertThat(entries)
        .extracting(ArchiveEntry::getLine)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(entries)
        .extracting(e -> e.getRecord().isPresent())
        .containsExactly(true, false, false, false, false, false, true);
    assertThat(entries.get(1).getReport().getFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getCode()).isEqualTo("format.syntax");
              assertThat(f.getArguments()).containsEntry("line", "2");
            });
    assertThat(entries.get(4).getReport().getFindings())
        .extracting(Finding::getCode, Finding::getPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("format.unknown-field", "/meeting/extra"));
    assertThat(entries.get(5).getReport().getFindings().get(0).getPath())
        .isEqualTo("/term/bodies/0/seats");
    assertThat(entries.get(5).getReport().getFindings().get(0).getArguments())
        .containsEntry("line", "6");
  }

  @Test
  void windowsLineEndsAndAMissingLastNewlineAreRead() throws IOException {
    String good = json.write(Samples.haiPhong());
    byte[] bytes = (good + "\r\n" + good).getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(bytes))
        .extracting(e -> e.getRecord().isPresent())
        .containsExactly(true, true);
  }

  @Test
  void aLineLongerThanTheDocumentLimitIsSkippedUnreadAndReported() throws IOException {
    String good = json.write(Samples.haiPhong());
    byte[] huge = new byte[JsonSetup.MAX_DOCUMENT + 10];
    Arrays.fill(huge, (byte) ' ');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(huge);
    out.write('\n');
    out.write(archive(good));
    List<ArchiveEntry> entries = readAll(out.toByteArray());
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).getReport().getFindings().get(0).getCode()).isEqualTo("format.limit");
    assertThat(entries.get(1).getLine()).isEqualTo(2);
    assertThat(entries.get(1).getRecord()).isPresent();
  }

  @Test
  void theRulesAcrossRecordsRunAtTheEndAndTheirRecordsMapToLines() throws IOException {
    String good = json.write(Samples.haiPhong());
    try (ArchiveReader reader =
        json.openArchive(new ByteArrayInputStream(archive("{", good, "x", good)))) {
      reader.finish();
      assertThat(reader.recordCount()).isEqualTo(2);
      assertThat(reader.lineOfRecord(0)).isEqualTo(2);
      assertThat(reader.lineOfRecord(1)).isEqualTo(4);
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void recordsLinkUpByIdentifiersAndAConflictAcrossThemIsReportedWithItsLine() throws IOException {
    String good = json.write(Samples.haiPhong());
    ObjectNodeEdit renamed =
        t -> {
          t.withObjectProperty("organisation").withObjectProperty("name").put("vi", "Tên khác");
          t.withObjectProperty("meeting").put("id", "meeting.btv-2020-q4");
        };
    String conflicting =
        Docs.PLAIN.writeValueAsString(edit(Docs.tree(Samples.haiPhong()), renamed));
    try (ArchiveReader reader =
        json.openArchive(new ByteArrayInputStream(archive(good, "", conflicting)))) {
      List<ArchiveEntry> entries = new ArrayList<>();
      reader.forEachRemaining(entries::add);
      ArchiveEntry third = entries.get(2);
      assertThat(third.getLine()).isEqualTo(3);
      Finding conflict =
          third.getReport().getFindings().stream()
              .filter(f -> f.getCode().equals("archive.conflict"))
              .findFirst()
              .orElseThrow();
      assertThat(conflict.getPath()).isEqualTo("/organisation");
      assertThat(conflict.getArguments()).containsEntry("first", "/0/organisation");
      assertThat(reader.lineOfRecord(0)).isEqualTo(1);
      assertThat(reader.finish().getFindings())
          .noneMatch(f -> f.getCode().startsWith("archive.conflict"));
    }
  }

  @Test
  void thousandsOfLinesOfOneMeetingAreEachReportedAsItsRepetition() throws IOException {
    byte[] line = (json.write(Samples.haiPhong()) + "\n").getBytes(StandardCharsets.UTF_8);
    long repeated = 0;
    try (ArchiveReader reader = json.openArchive(new Repeating(line, 5_000))) {
      while (reader.hasNext()) {
        ArchiveEntry entry = reader.next();
        List<String> codes =
            entry.getReport().getFindings().stream()
                .filter(f -> f.getCode().startsWith("archive."))
                .map(Finding::getCode)
                .toList();
        if (entry.getLine() == 1) {
          assertThat(codes).isEmpty();
        } else {
          assertThat(codes)
              .as("line %d", entry.getLine())
              .containsExactly("archive.duplicate-meeting");
          assertThat(entry.getReport().isValid()).isFalse();
          repeated++;
        }
      }
      reader.finish();
    }
    assertThat(repeated).isEqualTo(4_999);
  }

  private interface ObjectNodeEdit {
    void apply(com.fasterxml.jackson.databind.node.ObjectNode tree);
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode edit(
      com.fasterxml.jackson.databind.node.ObjectNode tree, ObjectNodeEdit edit) {
    edit.apply(tree);
    return tree;
  }

  @Test
  void anEmptyArchiveHasNoEntry() throws IOException {
    assertThat(readAll(new byte[0])).isEmpty();
  }

  /**
   * Streams 50,000 records through the reader from a stream that makes them as it is read, and
   * checks that the reader keeps none of them: records taken from the entries are only weakly
   * reachable once the caller lets go, so a collection clears them.
   */
  @Test
  void theReaderKeepsNoRecordWhileStreaming() throws IOException {
    int count = Integer.getInteger("governance.archiveRecords", 50_000);
    byte[] line = (json.write(Samples.haiPhong()) + "\n").getBytes(StandardCharsets.UTF_8);
    List<WeakReference<MeetingRecord>> sample = new ArrayList<>();
    long read = 0;
    try (ArchiveReader reader = json.openArchive(new Repeating(line, count))) {
      while (reader.hasNext()) {
        ArchiveEntry entry = reader.next();
        read++;
        if (read % 5_000 == 0) {
          sample.add(new WeakReference<>(entry.getRecord().orElseThrow()));
        }
      }
      reader.finish();
    }
    assertThat(read).isEqualTo(count);
    for (int i = 0; i < 10 && sample.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
    }
    assertThat(sample).hasSize(count / 5_000).allSatisfy(r -> assertThat(r.get()).isNull());
  }

  /** An input stream that repeats one line, made as it is read: no archive in memory. */
  static final class Repeating extends InputStream {
    private final byte[] line;
    private final long lines;
    private long done;
    private int position;

    Repeating(byte[] line, long lines) {
      this.line = line;
      this.lines = lines;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (done == lines) {
        return -1;
      }
      int n = Math.min(len, line.length - position);
      System.arraycopy(line, position, b, off, n);
      position += n;
      if (position == line.length) {
        position = 0;
        done++;
      }
      return n;
    }
  }
}
