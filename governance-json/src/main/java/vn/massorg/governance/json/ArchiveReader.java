package vn.massorg.governance.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>With more than one thread ({@link GovernanceJson#openArchive(InputStream, GovernanceValidator,
 * int)}), the input is still read in order on the caller's thread, in chunks of whole lines that a
 * pool of its own splits, parses and validates while the next chunks are read; entries come back in
 * input order and are the same, finding for finding, as with one thread, because the rules across
 * records still see the records one by one in that order. The chunks in flight are bounded (two per
 * thread, and 8 MB of chunk bytes beyond the first), so memory stays flat whatever the archive's
 * length. Idle pool threads end after a second; {@link #close()} and {@link #finish()} end them at
 * once.
 *
 * <p>This class is not thread-safe: read it from one thread.
 */
public final class ArchiveReader implements Iterator<ArchiveEntry>, Closeable {
  /** Chunk bytes in flight beyond the first chunk, in parallel mode: one document's limit. */
  private static final long MAX_PENDING_BYTES = JsonSetup.MAX_DOCUMENT;

  private final GovernanceJson json;
  private final InputStream in;
  private final GovernanceValidator validator;
  private final ArchiveValidation validation;

  /** The pool of a parallel read, or null: one thread, everything done as the line is read. */
  private final ThreadPoolExecutor pool;

  /** Chunks in flight: two per thread, so that a thread finds the next one ready. */
  private final int window;

  private final ArrayDeque<Batch> pending = new ArrayDeque<>();
  private long pendingBytes;
  private boolean inputEnded;

  /** The results of the chunk being handed out, and the next of them. */
  private List<Parsed> currentParsed;

  private int currentIndex;
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

  ArchiveReader(GovernanceJson json, InputStream in, GovernanceValidator validator, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("'threads' must be at least 1: " + threads);
    }
    this.json = json;
    this.in = in;
    this.validator = validator;
    this.validation = validator.startArchive();
    this.window = 2 * threads;
    if (threads == 1) {
      this.pool = null;
    } else {
      AtomicInteger count = new AtomicInteger();
      this.pool =
          new ThreadPoolExecutor(
              threads,
              threads,
              1,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              task -> {
                Thread t = new Thread(task, "governance-archive-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      this.pool.allowCoreThreadTimeOut(true);
    }
  }

  /**
   * Input bytes handed to the pool as one task, in parallel mode: whole lines, split and parsed on
   * the pool thread, so that the caller's thread only reads the stream and finds the last line end
   * of each chunk (a task per line, or lines split on the caller's thread, cost more in hand-offs
   * and copies than the second core gave).
   */
  private static final int CHUNK_BYTES = 128 * 1024;

  /**
   * A chunk of whole lines handed to the pool (its lines' results are numbered from the line after
   * the ones before it, when it is taken), or one line refused before parsing for its length.
   */
  private record Batch(Future<List<Parsed>> parsed, long bytes) {}

  /**
   * What the pool made of a line: a document with its own report and its unknown-member warnings,
   * the parse error (its line is set when the entry is made), or a refusal before parsing.
   */
  private record Parsed(
      JsonDocument document,
      ValidationReport own,
      GovernanceJsonException error,
      Refusal refusal) {}

  /** Why a line was refused before it was parsed. */
  private enum Refusal {
    EMPTY,
    TOO_LONG
  }

  /** The bytes read after the last line end of the previous chunk: the start of the next line. */
  private byte[] carry = new byte[0];

  private int carryLength;

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
    shutdown();
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
    shutdown();
    in.close();
  }

  private void shutdown() {
    if (pool != null) {
      pool.shutdownNow();
      pending.clear();
      pendingBytes = 0;
      currentParsed = null;
    }
  }

  private ArchiveEntry readEntry() {
    return pool == null ? readInOrder() : readInParallel();
  }

  /** One thread: the line is read, parsed, validated and added before the next is read. */
  private ArchiveEntry readInOrder() {
    if (!nextLine()) {
      return null;
    }
    GovernanceJsonException early = refusal();
    if (early != null) {
      return bad(early);
    }
    JsonDocument document;
    try {
      document = json.readDocument(line, 0, contentLength());
    } catch (GovernanceJsonException e) {
      return bad(e.atLine(lineNumber));
    }
    return added(document, validator.validate(document.getRecord()));
  }

  /**
   * Several threads: the input is read ahead in chunks of whole lines into the pool, up to the
   * window, and the oldest chunk is waited for and its lines added one by one, so that entries and
   * the rules across records keep the input's order.
   */
  private ArchiveEntry readInParallel() {
    if (currentParsed == null || currentIndex == currentParsed.size()) {
      currentParsed = null;
      fill();
      Batch batch = pending.poll();
      if (batch == null) {
        return null;
      }
      pendingBytes -= batch.bytes();
      currentParsed = await(batch.parsed());
      currentIndex = 0;
      // Read ahead again before this chunk's entries are handed out, so that the pool is busy
      // while the caller works through them.
      fill();
    }
    Parsed parsed = currentParsed.get(currentIndex++);
    lineNumber++;
    if (parsed.refusal() != null) {
      return bad(refusal(parsed.refusal()));
    }
    if (parsed.error() != null) {
      return bad(parsed.error().atLine(lineNumber));
    }
    return addedAt(lineNumber, parsed.document(), parsed.own());
  }

  /** Reads chunks and hands them to the pool, until the window or the input ends. */
  private void fill() {
    while (!inputEnded
        && pending.size() < window
        && (pending.isEmpty() || pendingBytes < MAX_PENDING_BYTES)) {
      Batch batch;
      try {
        batch = readChunk();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (batch == null) {
        inputEnded = true;
        return;
      }
      pending.add(batch);
      pendingBytes += batch.bytes();
    }
  }

  /**
   * Reads the next chunk of whole lines (the last one may end at the end of the input, without a
   * line end) and hands it to the pool; a line longer than a document may be is skipped unread and
   * becomes a refusal.
   *
   * @return the batch, or null at the end of the input
   */
  private Batch readChunk() throws IOException {
    byte[] data =
        new byte[Math.max(CHUNK_BYTES, Math.min(carryLength * 2, JsonSetup.MAX_DOCUMENT + 1))];
    System.arraycopy(carry, 0, data, 0, carryLength);
    int filled = carryLength;
    int scanned = carryLength;
    carryLength = 0;
    while (true) {
      int read = readFully(data, filled);
      filled += read;
      boolean end = filled < data.length;
      int last = filled - 1;
      while (last >= scanned && data[last] != '\n') {
        last--;
      }
      if (last >= scanned || (end && filled > 0)) {
        int lines = end ? filled : last + 1;
        if (lines < filled) {
          carryLength = filled - lines;
          if (carry.length < carryLength) {
            carry = new byte[Math.max(carryLength, CHUNK_BYTES)];
          }
          System.arraycopy(data, lines, carry, 0, carryLength);
        }
        byte[] bytes = data;
        int length = lines;
        return new Batch(pool.submit(() -> parse(bytes, length)), data.length);
      }
      if (end) {
        return null;
      }
      scanned = filled;
      if (filled > JsonSetup.MAX_DOCUMENT) {
        skipLine();
        return new Batch(CompletableFuture.completedFuture(List.of(TOO_LONG)), 0);
      }
      data = Arrays.copyOf(data, Math.min(data.length * 2, JsonSetup.MAX_DOCUMENT + 1));
    }
  }

  private static final Parsed TOO_LONG = new Parsed(null, null, null, Refusal.TOO_LONG);

  private static final Parsed EMPTY = new Parsed(null, null, null, Refusal.EMPTY);

  /** Reads into {@code data} from {@code from} until it is full or the input ends. */
  private int readFully(byte[] data, int from) throws IOException {
    int at = from;
    while (at < data.length) {
      int n = in.read(data, at, data.length - at);
      if (n < 0) {
        break;
      }
      at += n;
    }
    return at - from;
  }

  /** Discards the input up to and with the next line end; what follows it is kept as the carry. */
  private void skipLine() throws IOException {
    byte[] scratch = carry.length >= CHUNK_BYTES ? carry : new byte[CHUNK_BYTES];
    while (true) {
      int n = in.read(scratch, 0, scratch.length);
      if (n < 0) {
        inputEnded = true;
        return;
      }
      for (int i = 0; i < n; i++) {
        if (scratch[i] == '\n') {
          carry = scratch;
          carryLength = n - i - 1;
          System.arraycopy(scratch, i + 1, carry, 0, carryLength);
          return;
        }
      }
    }
  }

  /**
   * On a pool thread: each line of a chunk parsed and validated on its own, in order; an empty line
   * (or one of a lone '\r') is refused as the one-thread reader refuses it.
   */
  private List<Parsed> parse(byte[] data, int length) {
    List<Parsed> out = new ArrayList<>();
    int start = 0;
    while (start < length) {
      int end = start;
      while (end < length && data[end] != '\n') {
        end++;
      }
      int content = end > start && data[end - 1] == '\r' ? end - 1 : end;
      out.add(content == start ? EMPTY : parse(data, start, content - start));
      start = end + 1;
    }
    return out;
  }

  /** On a pool thread: what one line holds, parsed and validated on its own. */
  private Parsed parse(byte[] data, int offset, int length) {
    try {
      JsonDocument document = json.readDocument(data, offset, length);
      ValidationReport own = validator.validate(document.getRecord());
      return new Parsed(document, own, null, null);
    } catch (GovernanceJsonException e) {
      return new Parsed(null, null, e, null);
    }
  }

  private static List<Parsed> await(Future<List<Parsed>> parsed) {
    try {
      return parsed.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the archive", e);
    } catch (ExecutionException e) {
      // Not a parse error (those are values): a fault of the library, rethrown as it was.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Reads the next line and counts it; false at the end of the stream. */
  private boolean nextLine() {
    try {
      if (!readLine()) {
        return false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lineNumber++;
    return true;
  }

  /** The line's refusal before any parsing (longer than a document may be, or empty), or null. */
  private GovernanceJsonException refusal() {
    if (tooLong) {
      return refusal(Refusal.TOO_LONG);
    }
    return contentLength() == 0 ? refusal(Refusal.EMPTY) : null;
  }

  /** The error of a line refused before parsing, at the current line. */
  private GovernanceJsonException refusal(Refusal refusal) {
    return switch (refusal) {
      case TOO_LONG ->
          new GovernanceJsonException(
              "format.limit",
              "",
              lineNumber,
              1,
              Messages.of("format.limit.document", Integer.toString(JsonSetup.MAX_DOCUMENT)));
      case EMPTY ->
          new GovernanceJsonException(
              "format.syntax", "", lineNumber, 1, Messages.of("format.syntax.empty"));
    };
  }

  /** The line's length without a final '\r'. */
  private int contentLength() {
    return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
  }

  private ArchiveEntry added(JsonDocument document, ValidationReport own) {
    return addedAt(lineNumber, document, own);
  }

  private ArchiveEntry addedAt(long at, JsonDocument document, ValidationReport own) {
    records++;
    ValidationReport report =
        validation
            .add(document.getRecord(), own)
            .and(GovernanceJson.unknownMemberWarnings(document));
    return new ArchiveEntry(at, document, report);
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
