package vn.massorg.governance.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import vn.massorg.governance.model.BilingualText;

/**
 * The module's own message bundle, Vietnamese and English. Read once; the text is never a template
 * language (no EL, no {@code MessageFormat} quoting rules), only numbered placeholders that this
 * class fills in with arguments it has made safe for one line.
 */
final class Messages {
  private static final Properties VI = load("messages_vi.properties");
  private static final Properties EN = load("messages_en.properties");

  private Messages() {}

  /** The message of a key, with arguments that are already one-line safe (see {@link #quote}). */
  static BilingualText of(String key, String... args) {
    return BilingualText.of(fill(VI, key, args), fill(EN, key, args));
  }

  /** A label (type names) in both languages; used as a message argument. */
  static String vi(String key) {
    return text(VI, key);
  }

  static String en(String key) {
    return text(EN, key);
  }

  /**
   * Makes a piece of input fit into a one-line message: control characters escaped, long text
   * shortened, so that hostile input cannot forge extra lines or flood a log.
   */
  static String quote(String value) {
    return oneLine(value, 60);
  }

  /**
   * The same for a message of the model (an invariant, a value form) that quotes input itself,
   * already shortened: longer, so that its explanation survives.
   */
  static String detail(String value) {
    return oneLine(value, 300);
  }

  private static String oneLine(String value, int max) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int limit = Math.min(value.length(), max);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (value.length() > limit) {
      out.append("...");
    }
    return out.toString();
  }

  private static String fill(Properties bundle, String key, String... args) {
    String text = text(bundle, key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", args[i]);
    }
    return text;
  }

  private static String text(Properties bundle, String key) {
    String text = bundle.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("missing message " + key);
    }
    return text;
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
