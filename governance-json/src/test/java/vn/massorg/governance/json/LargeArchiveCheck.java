package vn.massorg.governance.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * Streams a large generated JSON Lines archive through {@link ArchiveReader} and prints what it
 * took: records, bytes, seconds, heap. The archive is made as it is read, never written to disk:
 * the meetings of one organisation's term, each with its own identifier, with a bad line every
 * 100,000 lines so that error reporting is on the path too. Run it under {@code -Xmx64m}:
 *
 * <pre>
 * java -Xmx64m -cp ... vn.massorg.governance.json.LargeArchiveCheck 1073741824
 * </pre>
 *
 * <p>Exit status 0 when every line was read, the bad lines were reported at their line numbers and
 * nothing ran out of memory.
 */
public final class LargeArchiveCheck {
  private LargeArchiveCheck() {}

  /**
   * Runs the check.
   *
   * @param args the archive size in bytes (default 1 GiB), then the threads that read it (default
   *     1)
   * @throws Exception if the check fails
   */
  public static void main(String[] args) throws Exception {
    long target = args.length > 0 ? Long.parseLong(args[0]) : 1L << 30;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    GovernanceJson json = GovernanceJson.strict();
    MeetingRecord[] templates = {Samples.haiPhong(), Samples.everyAttribute()};
    byte[][] before = new byte[templates.length][];
    byte[][] after = new byte[templates.length][];
    for (int i = 0; i < templates.length; i++) {
      String line = json.write(templates[i]) + "\n";
      String id = "\"" + templates[i].getMeeting().getId() + "\"";
      int at = line.indexOf(id);
      before[i] = line.substring(0, at + 1).getBytes(StandardCharsets.UTF_8);
      after[i] = line.substring(at + id.length() - 1).getBytes(StandardCharsets.UTF_8);
    }
    Generated archive = new Generated(before, after, target);
    long start = System.nanoTime();
    long records = 0;
    long bad = 0;
    long findings = 0;
    long peak = 0;
    ValidationReport across;
    try (ArchiveReader reader =
        json.openArchive(archive, GovernanceValidator.standard(), threads)) {
      while (reader.hasNext()) {
        ArchiveEntry entry = reader.next();
        if (entry.getRecord().isPresent()) {
          records++;
        } else {
          bad++;
          if (entry.getLine() % Generated.BAD_EVERY != 0) {
            throw new AssertionError("unexpected bad line " + entry);
          }
        }
        findings += entry.getReport().getFindings().size();
        if (entry.getLine() % 1000 == 0) {
          Runtime runtime = Runtime.getRuntime();
          peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
        }
      }
      across = reader.finish();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (bad != archive.lines / Generated.BAD_EVERY) {
      throw new AssertionError(
          "bad lines reported: " + bad + ", made: " + archive.lines / Generated.BAD_EVERY);
    }
    System.out.printf(
        Locale.ROOT,
        "OK bytes=%d lines=%d records=%d badLines=%d findings=%d "
            + "acrossFindings=%d seconds=%.1f MB/s=%.1f maxHeapMB=%d peakUsedHeapMB=%.1f%n",
        archive.bytes,
        archive.lines,
        records,
        bad,
        findings,
        across.getFindings().size(),
        seconds,
        archive.bytes / 1e6 / seconds,
        Runtime.getRuntime().maxMemory() >> 20,
        peak / 1048576.0);
  }

  /** The archive, made line by line as it is read. */
  static final class Generated extends InputStream {
    static final long BAD_EVERY = 100_000;
    private static final byte[] BAD = "{\"format\": broken\n".getBytes(StandardCharsets.UTF_8);
    private final byte[][] before;
    private final byte[][] after;
    private final long target;
    private byte[] current = new byte[0];
    private int position;
    long bytes;
    long lines;

    Generated(byte[][] before, byte[][] after, long target) {
      this.before = before;
      this.after = after;
      this.target = target;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position == current.length) {
        if (bytes >= target) {
          return -1;
        }
        lines++;
        if (lines % BAD_EVERY == 0) {
          current = BAD;
        } else {
          int t = (int) (lines % before.length);
          byte[] id = ("meeting.n" + lines).getBytes(StandardCharsets.US_ASCII);
          current = new byte[before[t].length + id.length + after[t].length];
          System.arraycopy(before[t], 0, current, 0, before[t].length);
          System.arraycopy(id, 0, current, before[t].length, id.length);
          System.arraycopy(after[t], 0, current, before[t].length + id.length, after[t].length);
        }
        position = 0;
        bytes += current.length;
      }
      int n = Math.min(len, current.length - position);
      System.arraycopy(current, position, b, off, n);
      position += n;
      return n;
    }
  }
}
