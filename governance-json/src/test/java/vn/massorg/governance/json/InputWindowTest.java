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

  @Test
  void oneUnitReadsAndArrayReadsShareTheWindow() throws IOException {
    byte[] data = {(byte) 0xC3, 'a', (byte) 0xFF, 'b', 'c'};
    Input.Bytes bytes = new Input.Bytes(new ByteArrayInputStream(data));
    assertThat(bytes.read()).isEqualTo(0xC3);
    assertThat(bytes.read(new byte[2], 0, 2)).isEqualTo(2);
    assertThat(bytes.read()).isEqualTo('b');
    assertThat(bytes.read(new byte[4], 1, 3)).isEqualTo(1);
    assertThat(bytes.read()).isEqualTo(-1);
    assertThat(bytes.read(new byte[4], 0, 4)).isEqualTo(-1);
    for (int i = 0; i < data.length; i++) {
      assertThat(bytes.at(i)).as("byte %d", i).isEqualTo(data[i] & 0xff);
    }
    assertThat(bytes.at(data.length)).isEqualTo(-1);
    assertThat(bytes.at(-1)).isEqualTo(-1);

    Input.Chars chars = new Input.Chars(new StringReader("\uFFFFđx"));
    assertThat(chars.read()).isEqualTo(0xFFFF);
    assertThat(chars.read(new char[5], 2, 3)).isEqualTo(2);
    assertThat(chars.read()).isEqualTo(-1);
    assertThat(chars.at(0)).isEqualTo(0xFFFF);
    assertThat(chars.at(1)).isEqualTo('đ');
    assertThat(chars.at(2)).isEqualTo('x');
    assertThat(chars.at(3)).isEqualTo(-1);
    assertThat(chars.isBytes()).isFalse();
    assertThat(bytes.isBytes()).isTrue();
  }
}
