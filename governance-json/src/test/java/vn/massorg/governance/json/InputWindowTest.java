package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The window of a stream or reader keeps exactly the last bytes or characters read. */
class InputWindowTest {
  private static final int SIZE = 3 * Input.WINDOW + 12_345;

  @Test
  void bytesKeepTheLastWindowAcrossReadsOfEverySize() throws IOException {
    byte[] data = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      data[i] = (byte) (i * 31 + 7);
    }
    Input.Bytes in = new Input.Bytes(new ByteArrayInputStream(data));
    byte[] buffer = new byte[Input.WINDOW + 5_000];
    int read = 0;
    for (int chunk : new int[] {1, 10, Input.WINDOW - 3, Input.WINDOW + 4_000, 17, 70_000}) {
      int n = in.read(buffer, 3, Math.min(chunk, buffer.length - 3));
      read += Math.max(n, 0);
    }
    for (int n = in.read(buffer, 0, buffer.length); n > 0; n = in.read(buffer, 0, buffer.length)) {
      read += n;
    }
    assertThat(read).isEqualTo(SIZE);
    for (long at = SIZE - Input.WINDOW; at < SIZE; at += 997) {
      assertThat(in.at(at)).as("byte %d", at).isEqualTo(data[(int) at] & 0xff);
    }
    assertThat(in.at(SIZE - 1)).isEqualTo(data[SIZE - 1] & 0xff);
    assertThat(in.at(SIZE - Input.WINDOW - 1)).isEqualTo(-1);
    assertThat(in.at(SIZE)).isEqualTo(-1);
  }

  @Test
  void charsKeepTheLastWindowToo() throws IOException {
    StringBuilder text = new StringBuilder(SIZE);
    for (int i = 0; i < SIZE; i++) {
      text.append((char) ('a' + i % 26));
    }
    Input.Chars in = new Input.Chars(new StringReader(text.toString()));
    char[] buffer = new char[50_000];
    int read = 0;
    for (int n = in.read(buffer, 7, 49_000); n > 0; n = in.read(buffer, 7, 49_000)) {
      read += n;
    }
    assertThat(read).isEqualTo(SIZE);
    for (long at = SIZE - Input.WINDOW; at < SIZE; at += 991) {
      assertThat(in.at(at)).isEqualTo(text.charAt((int) at));
    }
    assertThat(in.at(SIZE - Input.WINDOW - 1)).isEqualTo(-1);
  }
}
