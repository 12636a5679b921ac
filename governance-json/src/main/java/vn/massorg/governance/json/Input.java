package vn.massorg.governance.json;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The input of one read, as far as an error needs it: the bytes (UTF-8) or characters around the
 * place where the parser stopped, so that {@link Errors} can tell what is there without reading
 * Jackson's message. Whole for a byte array or a string; for a stream or a reader, the last {@link
 * #WINDOW} units read, kept by the wrappers below as the parser reads through them.
 */
interface Input {
  /** Units kept of a stream or a reader: the parser's own buffer is 8,000. */
  int WINDOW = 1 << 16;

  /**
   * The unit at an offset from the input's start: a byte (0-255) or a UTF-16 unit.
   *
   * @return the unit, or -1 past the end or where it is no longer (or not yet) at hand
   */
  int at(long offset);

  /** Whether the units are bytes of UTF-8 (the parser's byte offsets) rather than characters. */
  boolean isBytes();

  static Input of(byte[] bytes, int offset, int length) {
    return new Input() {
      @Override
      public int at(long at) {
        return at >= 0 && at < length ? bytes[offset + (int) at] & 0xff : -1;
      }

      @Override
      public boolean isBytes() {
        return true;
      }
    };
  }

  static Input of(CharSequence chars) {
    return new Input() {
      @Override
      public int at(long at) {
        return at >= 0 && at < chars.length() ? chars.charAt((int) at) : -1;
      }

      @Override
      public boolean isBytes() {
        return false;
      }
    };
  }

  /** A stream that keeps the last {@link #WINDOW} bytes read from it. */
  final class Bytes extends FilterInputStream implements Input {
    private final byte[] kept = new byte[WINDOW];
    private long count;

    Bytes(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        kept[(int) (count++ % WINDOW)] = (byte) b;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count = keep(b, off, n, kept, count);
      }
      return n;
    }

    @Override
    public long skip(long n) {
      // Skipped bytes would be missing from the window: the parser never skips.
      return 0;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public int at(long at) {
      return at >= 0 && at < count && at >= count - WINDOW ? kept[(int) (at % WINDOW)] & 0xff : -1;
    }

    @Override
    public boolean isBytes() {
      return true;
    }
  }

  /** A reader that keeps the last {@link #WINDOW} characters read from it. */
  final class Chars extends FilterReader implements Input {
    private final char[] kept = new char[WINDOW];
    private long count;

    Chars(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        kept[(int) (count++ % WINDOW)] = (char) c;
      }
      return c;
    }

    @Override
    public int read(char[] c, int off, int len) throws IOException {
      int n = in.read(c, off, len);
      if (n > 0) {
        count = keep(c, off, n, kept, count);
      }
      return n;
    }

    @Override
    public long skip(long n) {
      return 0;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public int at(long at) {
      return at >= 0 && at < count && at >= count - WINDOW ? kept[(int) (at % WINDOW)] : -1;
    }

    @Override
    public boolean isBytes() {
      return false;
    }
  }

  /**
   * Copies what was just read into a ring of {@link #WINDOW} elements in at most two array copies
   * (a byte or char arrays alike), not element by element: the window is kept on every read of a
   * stream or reader.
   *
   * @return the count of elements read so far, this read included
   */
  private static long keep(Object read, int off, int n, Object ring, long count) {
    int last = Math.min(n, WINDOW);
    int from = off + n - last;
    int at = (int) ((count + n - last) % WINDOW);
    int first = Math.min(last, WINDOW - at);
    System.arraycopy(read, from, ring, at, first);
    System.arraycopy(read, from + first, ring, 0, last - first);
    return count + n;
  }
}
