package vn.massorg.governance.benchmarks.process;

import java.io.InputStream;

/**
 * An archive of any length without the memory or the disk for it: the same JSON line, given
 * {@code count} times. Reading it allocates nothing, so the heap a run needs is the reader's and
 * the validator's alone.
 */
final class RepeatingInputStream extends InputStream {
  private final byte[] line;
  private final long count;
  private long emitted;
  private int position;

  /**
   * An archive of one line, repeated.
   *
   * @param line the line, with its final newline, not null
   * @param count how many times
   */
  RepeatingInputStream(byte[] line, long count) {
    this.line = line.clone();
    this.count = count;
  }

  @Override
  public int read() {
    if (emitted == count) {
      return -1;
    }
    int b = line[position++] & 0xff;
    if (position == line.length) {
      position = 0;
      emitted++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (emitted == count) {
      return -1;
    }
    int n = Math.min(length, line.length - position);
    System.arraycopy(line, position, buffer, offset, n);
    position += n;
    if (position == line.length) {
      position = 0;
      emitted++;
    }
    return n;
  }
}
