package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import vn.massorg.governance.model.MeetingRecord;

/**
 * Writes a JSON Lines archive: one compact record a line, UTF-8, each line ended by {@code \n}.
 * Records are written as they come; nothing is held back but the generator's buffer.
 *
 * <p>This class is not thread-safe: write from one thread. Closing it closes the stream.
 */
public final class ArchiveWriter implements Closeable, Flushable {
  private final OutputStream out;
  private final JsonGenerator generator;
  private long count;

  ArchiveWriter(OutputStream out) {
    this.out = out;
    try {
      this.generator = JsonSetup.FACTORY.createGenerator(out, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a record as the next line.
   *
   * @param record the record, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(MeetingRecord record) {
    write(JsonDocument.of(Objects.requireNonNull(record, "record")));
  }

  /**
   * Writes a document, with the unknown members a lenient read kept, as the next line.
   *
   * @param document the document, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(JsonDocument document) {
    Objects.requireNonNull(document, "document");
    try {
      new ModelWriter(generator, document.unknownMembers())
          .document(document.getRecord(), document.getFormatVersion());
      generator.writeRaw('\n');
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How many records were written.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Flushes the lines written so far to the stream.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void flush() throws IOException {
    generator.flush();
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void close() throws IOException {
    generator.close();
    out.close();
  }
}
