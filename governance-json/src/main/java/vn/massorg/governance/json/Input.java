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
    private final Window window = new Window(new byte[WINDOW]);

    Bytes(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      return window.keep(super.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return window.keep(b, off, in.read(b, off, len));
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
      return window.at(at);
    }

    @Override
    public boolean isBytes() {
      return true;
    }
  }

  /** A reader that keeps the last {@link #WINDOW} characters read from it. */
  final class Chars extends FilterReader implements Input {
    private final Window window = new Window(new char[WINDOW]);

    Chars(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      return window.keep(super.read());
    }

    @Override
    public int read(char[] c, int off, int len) throws IOException {
      return window.keep(c, off, in.read(c, off, len));
    }

    @Override
    public long skip(long n) {
      // Skipped characters would be missing from the window: the parser never skips.
      return 0;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public int at(long at) {
      return window.at(at);
    }

    @Override
    public boolean isBytes() {
      return false;
    }
  }

  /**
   * The last {@link #WINDOW} units read, in a ring: what {@link Bytes} and {@link Chars} keep,
   * written once for both. They cannot share a superclass ({@code FilterInputStream} and {@code
   * FilterReader}), so they share this. The ring is a {@code byte[]} or a {@code char[]}, so that
   * what a read brings is copied in at most two array copies of its own type, never unit by unit:
   * the window is kept on every read of a stream or reader.
   */
  final class Window {
    /** A {@code byte[]} or a {@code char[]} of {@link #WINDOW} units. */
    private final Object ring;

    /** The units read so far. */
    private long count;

    Window(Object ring) {
      this.ring = ring;
    }

    /**
     * Keeps the unit a one-unit read gave.
     *
     * @param unit the unit, or -1 at the end
     * @return the unit, for the read to return
     */
    int keep(int unit) {
      if (unit >= 0) {
        int i = (int) (count++ % WINDOW);
        if (ring instanceof byte[] bytes) {
          bytes[i] = (byte) unit;
        } else {
          ((char[]) ring)[i] = (char) unit;
        }
      }
      return unit;
    }

    /**
     * Keeps what a read into an array gave.
     *
     * @param read the array read into, of the ring's type
     * @param n the count read, or -1 at the end
     * @return the count, for the read to return
     */
    int keep(Object read, int off, int n) {
      if (n > 0) {
        int last = Math.min(n, WINDOW);
        int from = off + n - last;
        int at = (int) ((count + n - last) % WINDOW);
        int first = Math.min(last, WINDOW - at);
        System.arraycopy(read, from, ring, at, first);
        System.arraycopy(read, from + first, ring, 0, last - first);
        count += n;
      }
      return n;
    }

    /** The unit at an offset, or -1 past the end or where it is no longer in the ring. */
    int at(long offset) {
      if (offset < 0 || offset >= count || offset < count - WINDOW) {
        return -1;
      }
      int i = (int) (offset % WINDOW);
      return ring instanceof byte[] bytes ? bytes[i] & 0xff : ((char[]) ring)[i];
    }
  }
}
