package vn.massorg.governance.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import vn.massorg.governance.validation.ArchiveValidation;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * Reads a JSON Lines archive (one record a line, UTF-8, {@code \n} or {@code \r\n} line ends) as a
 * stream: each line is read, checked and validated as it passes, and a bad line becomes an entry
 * with its {@code format.*} finding and its line number while reading goes on.
 *
 * <p>Memory does not grow with the archive: the reader holds one line (at most the document limit,
 * 8 MB; a longer line is skipped unread and reported) and the archive validation's summary per term
 * and body, never the records. The rules across records are checked by {@link #finish()}.
 *
 * <pre>{@code
 * try (ArchiveReader archive = GovernanceJson.strict().openArchive(in)) {
 *   while (archive.hasNext()) {
 *     ArchiveEntry entry = archive.next();
 *     entry.getReport().getFindings().forEach(f -> log(entry.getLine(), f));
 *   }
 *   ValidationReport across = archive.finish();   // paths /i: the i-th record read
 * }
 * }</pre>
 *
 * <p>This class is not thread-safe: read it from one thread.
 */
public final class ArchiveReader implements Iterator<ArchiveEntry>, Closeable {
  private final GovernanceJson json;
  private final InputStream in;
  private final ArchiveValidation validation;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private int length;
  private boolean tooLong;
  private long lineNumber;
  private long records;

  /** Lines that gave no record, in order: the only state that grows, and only with errors. */
  private final List<Long> badLines = new ArrayList<>();

  private ArchiveEntry next;
  private boolean ended;

  ArchiveReader(GovernanceJson json, InputStream in, GovernanceValidator validator) {
    this.json = json;
    this.in = in;
    this.validation = validator.startArchive();
  }

  /**
   * Whether another line follows.
   *
   * @return true if {@link #next()} has an entry
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = readEntry();
      ended = next == null;
    }
    return next != null;
  }

  /**
   * The next line's entry.
   *
   * @return the entry, not null
   * @throws NoSuchElementException at the end of the archive
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public ArchiveEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the archive has no more lines");
    }
    ArchiveEntry entry = next;
    next = null;
    return entry;
  }

  /**
   * Reads the rest of the archive (discarding the entries) and checks the rules across records.
   *
   * @return the findings across records; their paths start with {@code /i}, the position of the
   *     record among the records read (see {@link #lineOfRecord(long)}), not null
   * @throws UncheckedIOException if the stream fails
   */
  public ValidationReport finish() {
    while (hasNext()) {
      next();
    }
    return validation.finish();
  }

  /**
   * The archive line of a record, by its position among the records read.
   *
   * @param index the position, from 0, as in the paths of {@link #finish()}
   * @return the line, from 1
   */
  public long lineOfRecord(long index) {
    long line = index + 1;
    for (long bad : badLines) {
      if (bad <= line) {
        line++;
      } else {
        break;
      }
    }
    return line;
  }

  /**
   * How many records were read (lines that gave a record).
   *
   * @return the count
   */
  public long recordCount() {
    return records;
  }

  /**
   * Closes the stream.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    ended = true;
    in.close();
  }

  private ArchiveEntry readEntry() {
    try {
      if (!readLine()) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lineNumber++;
    if (tooLong) {
      return bad(
          new GovernanceJsonException(
              "format.limit",
              "",
              lineNumber,
              1,
              Messages.of("format.limit.document", Integer.toString(JsonSetup.MAX_DOCUMENT))));
    }
    int end = length;
    if (end > 0 && line[end - 1] == '\r') {
      end--;
    }
    if (end == 0) {
      return bad(
          new GovernanceJsonException(
              "format.syntax", "", lineNumber, 1, Messages.of("format.syntax.empty")));
    }
    JsonDocument document;
    try {
      document = json.readDocument(line, 0, end);
    } catch (GovernanceJsonException e) {
      return bad(e.atLine(lineNumber));
    }
    records++;
    ValidationReport report =
        validation.add(document.getRecord()).and(GovernanceJson.unknownMemberWarnings(document));
    return new ArchiveEntry(lineNumber, document, report);
  }

  private ArchiveEntry bad(GovernanceJsonException error) {
    badLines.add(lineNumber);
    return new ArchiveEntry(lineNumber, null, ValidationReport.of(List.of(error.toFinding())));
  }

  /** Reads up to the next '\n'; false at the end of the stream with nothing read. */
  private boolean readLine() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        int n = in.read(buffer);
        if (n <= 0) {
          position = 0;
          limit = 0;
          return any;
        }
        position = 0;
        limit = n;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++;
        return true;
      }
    }
  }

  private void append(int start, int count) {
    if (tooLong || count == 0) {
      return;
    }
    if ((long) length + count > JsonSetup.MAX_DOCUMENT) {
      tooLong = true;
      return;
    }
    if (length + count > line.length) {
      int size = line.length;
      while (size < length + count) {
        size *= 2;
      }
      byte[] bigger = new byte[Math.min(size, JsonSetup.MAX_DOCUMENT)];
      System.arraycopy(line, 0, bigger, 0, length);
      line = bigger;
    }
    System.arraycopy(buffer, start, line, length, count);
    length += count;
  }
}
