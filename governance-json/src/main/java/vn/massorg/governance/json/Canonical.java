package vn.massorg.governance.json;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The canonical form, as a generator that {@link ModelWriter} writes to: members sorted by name
 * (UTF-16 code units, as RFC 8785 sorts them), no whitespace, strings escaped as RFC 8785 escapes
 * them (only {@code "}, a backslash and control characters; {@code \b \f \n \r \t} short, others as
 * lowercase six-character escapes), UTF-8. The format's numbers are all ints, written in plain
 * decimal, which is what RFC 8785 gives for them too.
 *
 * <p>The one writer of the canonical form, for the canonical bytes and for the digest alike: the
 * document is the model writer's (no second serializer that could drift from it). Each object's
 * members are kept until the object ends, because the order must be the sorted one; when the
 * document's outermost value ends, it is encoded straight into the stream (a {@link
 * java.security.DigestOutputStream} for the digest), without a text or a byte array of the whole
 * document in between. Encoded by hand rather than by Jackson's generator so that no generator
 * setting or version can change the bytes.
 *
 * <p>Only what the model writer writes is accepted: objects, arrays, member names, strings, ints
 * and longs, booleans. Anything else (null, raw text, binary, fractions, a lone surrogate) is a bug
 * of the caller and fails with {@link IllegalStateException}. One instance writes one document; it
 * is not thread-safe.
 */
final class Canonical extends JsonGenerator {
  /** An object or array being written: its members (names and values) or elements. */
  private static final class Container {
    final Container parent;
    final boolean object;
    String[] names;
    Object[] values;
    int size;

    /** The member name written and waiting for its value. */
    String pending;

    Container(Container parent, boolean object) {
      this.parent = parent;
      this.object = object;
      this.names = object ? new String[8] : null;
      this.values = new Object[8];
    }

    void add(Object value) {
      if (object) {
        if (pending == null) {
          throw new IllegalStateException("a value in an object without a member name");
        }
        if (size == names.length) {
          names = Arrays.copyOf(names, size * 2);
        }
        names[size] = pending;
        pending = null;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final byte[] buffer = new byte[4096];
  private int used;
  private Container current;
  private boolean done;
  private boolean closed;

  /**
   * A generator for one document.
   *
   * @param out receives the canonical bytes when the document's outermost value ends; flushed, not
   *     closed
   */
  Canonical(OutputStream out) {
    this.out = out;
  }

  // ---------------------------------------------------------------- what the model writer writes

  @Override
  public void writeStartObject() {
    open(true);
  }

  @Override
  public void writeStartArray() {
    open(false);
  }

  private void open(boolean object) {
    if (done) {
      throw new IllegalStateException("one document only");
    }
    Container child = new Container(current, object);
    if (current != null) {
      current.add(child);
    }
    current = child;
  }

  @Override
  public void writeEndObject() throws IOException {
    end(true);
  }

  @Override
  public void writeEndArray() throws IOException {
    end(false);
  }

  private void end(boolean object) throws IOException {
    if (current == null || current.object != object || current.pending != null) {
      throw new IllegalStateException("unbalanced " + (object ? "object" : "array"));
    }
    Container closing = current;
    current = closing.parent;
    if (current == null) {
      done = true;
      emit(closing);
      out.write(buffer, 0, used);
      used = 0;
      out.flush();
    }
  }

  @Override
  public void writeFieldName(String name) {
    if (current == null || !current.object || current.pending != null) {
      throw new IllegalStateException("a member name outside an object: " + name);
    }
    current.pending = name;
  }

  @Override
  public void writeString(String text) {
    value(text);
  }

  @Override
  public void writeNumber(int v) {
    value((long) v);
  }

  @Override
  public void writeNumber(long v) {
    value(v);
  }

  @Override
  public void writeBoolean(boolean state) {
    value(state);
  }

  private void value(Object value) {
    if (current == null) {
      throw new IllegalStateException("the canonical form is of an object or array");
    }
    current.add(value == null ? refuse("null") : value);
  }

  // ---------------------------------------------------------------- encoding

  private void emit(Container c) throws IOException {
    if (c.object) {
      sort(c);
      put('{');
      for (int i = 0; i < c.size; i++) {
        if (i > 0) {
          put(',');
        }
        string(c.names[i]);
        put(':');
        emit(c.values[i]);
      }
      put('}');
    } else {
      put('[');
      for (int i = 0; i < c.size; i++) {
        if (i > 0) {
          put(',');
        }
        emit(c.values[i]);
      }
      put(']');
    }
  }

  private void emit(Object value) throws IOException {
    if (value instanceof String s) {
      string(s);
    } else if (value instanceof Container c) {
      emit(c);
    } else if (value instanceof Long n) {
      ascii(Long.toString(n));
    } else {
      ascii(((Boolean) value) ? "true" : "false");
    }
  }

  /**
   * Sorts an object's members by name, by insertion: the model's objects have a handful of members,
   * already close to sorted. String order is UTF-16 code unit order, RFC 8785's.
   */
  private static void sort(Container c) {
    String[] names = c.names;
    Object[] values = c.values;
    for (int i = 1; i < c.size; i++) {
      String name = names[i];
      Object value = values[i];
      int j = i - 1;
      while (j >= 0 && names[j].compareTo(name) > 0) {
        names[j + 1] = names[j];
        values[j + 1] = values[j];
        j--;
      }
      names[j + 1] = name;
      values[j + 1] = value;
      if (j >= 0 && names[j].equals(name)) {
        throw new IllegalStateException("member written twice: " + name);
      }
    }
  }

  private void string(String s) throws IOException {
    put('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        // RFC 8785: the two-character escapes where JSON has one, \\u00XX for other controls.
        char escape =
            switch (c) {
              case '"' -> '"';
              case '\\' -> '\\';
              case '\b' -> 'b';
              case '\f' -> 'f';
              case '\n' -> 'n';
              case '\r' -> 'r';
              case '\t' -> 't';
              default -> 0;
            };
        if (escape != 0) {
          put('\\');
          put(escape);
        } else if (c < 0x20) {
          put('\\');
          put('u');
          put('0');
          put('0');
          put(HEX[c >> 4]);
          put(HEX[c & 0xf]);
        } else {
          put(c);
        }
      } else if (c < 0x800) {
        put(0xc0 | (c >> 6));
        put(0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        put(0xf0 | (cp >> 18));
        put(0x80 | ((cp >> 12) & 0x3f));
        put(0x80 | ((cp >> 6) & 0x3f));
        put(0x80 | (cp & 0x3f));
      } else if (Character.isSurrogate(c)) {
        // The model refuses texts with a lone surrogate, and so do both readers: one here is a
        // bug, and writing "?" for it (as String.getBytes does) would change the text silently.
        throw new IllegalStateException(
            "a lone surrogate U+"
                + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                + " in a string");
      } else {
        put(0xe0 | (c >> 12));
        put(0x80 | ((c >> 6) & 0x3f));
        put(0x80 | (c & 0x3f));
      }
    }
    put('"');
  }

  private void ascii(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      put(s.charAt(i));
    }
  }

  private void put(int b) throws IOException {
    if (used == buffer.length) {
      out.write(buffer, 0, used);
      used = 0;
    }
    buffer[used++] = (byte) b;
  }

  private static <T> T refuse(String what) {
    throw new IllegalStateException("the canonical form of a record has no " + what);
  }

  // ---------------------------------------------------------------- generator housekeeping

  @Override
  public JsonGenerator setCodec(ObjectCodec oc) {
    return refuse("codec");
  }

  @Override
  public ObjectCodec getCodec() {
    return null;
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public JsonStreamContext getOutputContext() {
    return null;
  }

  @Override
  public JsonGenerator enable(Feature f) {
    return refuse("generator feature " + f);
  }

  @Override
  public JsonGenerator disable(Feature f) {
    return refuse("generator feature " + f);
  }

  @Override
  public boolean isEnabled(Feature f) {
    return false;
  }

  @Override
  public int getFeatureMask() {
    return 0;
  }

  @Override
  @Deprecated
  public JsonGenerator setFeatureMask(int values) {
    return refuse("generator feature mask");
  }

  @Override
  public JsonGenerator useDefaultPrettyPrinter() {
    return refuse("pretty printer");
  }

  @Override
  public void flush() throws IOException {
    // Nothing to flush before the document ends: its members are not in their order yet.
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** Fails if the document did not end: a partial canonical form must not pass as whole. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      if (!done) {
        throw new IllegalStateException("the document did not end");
      }
    }
  }

  // ---------------------------------------------------------------- what the format does not have

  @Override
  public void writeFieldName(SerializableString name) {
    writeFieldName(name.getValue());
  }

  @Override
  public void writeString(char[] text, int offset, int len) {
    writeString(new String(text, offset, len));
  }

  @Override
  public void writeString(SerializableString text) {
    writeString(text.getValue());
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) {
    refuse("raw UTF-8 text");
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) {
    refuse("UTF-8 bytes");
  }

  @Override
  public void writeRaw(String text) {
    refuse("raw text");
  }

  @Override
  public void writeRaw(String text, int offset, int len) {
    refuse("raw text");
  }

  @Override
  public void writeRaw(char[] text, int offset, int len) {
    refuse("raw text");
  }

  @Override
  public void writeRaw(char c) {
    refuse("raw text");
  }

  @Override
  public void writeRawValue(String text) {
    refuse("raw text");
  }

  @Override
  public void writeRawValue(String text, int offset, int len) {
    refuse("raw text");
  }

  @Override
  public void writeRawValue(char[] text, int offset, int len) {
    refuse("raw text");
  }

  @Override
  public void writeBinary(Base64Variant bv, byte[] data, int offset, int len) {
    refuse("binary");
  }

  @Override
  public int writeBinary(Base64Variant bv, InputStream data, int dataLength) {
    return refuse("binary");
  }

  @Override
  public void writeNumber(BigInteger v) {
    refuse("big integers");
  }

  @Override
  public void writeNumber(double v) {
    refuse("fractions");
  }

  @Override
  public void writeNumber(float v) {
    refuse("fractions");
  }

  @Override
  public void writeNumber(BigDecimal v) {
    refuse("fractions");
  }

  @Override
  public void writeNumber(String encodedValue) {
    refuse("numbers as text");
  }

  @Override
  public void writeNull() {
    refuse("null");
  }

  @Override
  public void writeObject(Object pojo) {
    refuse("objects other than the model's");
  }

  @Override
  public void writeTree(TreeNode rootNode) {
    refuse("trees");
  }
}
