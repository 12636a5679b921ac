package vn.massorg.governance.benchmarks.process;

import java.io.InputStream;

/**
 * An archive of any length without the memory or the disk for it: the same JSON line, given {@code
 * count} times, each with its own number written into ten digits of it (the meeting's identifier),
 * so that the archive holds {@code count} meetings, not one meeting recorded {@code count} times.
 * Reading it allocates nothing, so the heap a run needs is the reader's and the validator's alone.
 */
final class RepeatingInputStream extends InputStream {
  /** How many digits the line's number has. */
  static final int DIGITS = 10;

  private final byte[] line;
  private final int digitsAt;
  private final long count;
  private long emitted;
  private int position;

  /**
   * An archive of one line, repeated and numbered.
   *
   * @param line the line, with its final newline, not null
   * @param digitsAt where the ten digits of the line's number start in the line
   * @param count how many times
   */
  RepeatingInputStream(byte[] line, int digitsAt, long count) {
    this.line = line.clone();
    this.digitsAt = digitsAt;
    this.count = count;
    number();
  }

  /** Writes the number of the line about to be given into its digits. */
  private void number() {
    long n = emitted;
    for (int i = digitsAt + DIGITS - 1; i >= digitsAt; i--) {
      line[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
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
      number();
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
      number();
    }
    return n;
  }
}
