package vn.massorg.governance.validation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import vn.massorg.governance.model.BilingualText;

/**
 * The library's message templates in Vietnamese and English, rendered without Expression Language:
 * a template's {@code {name}} placeholders take the named arguments as plain text, so validated
 * input never becomes part of a template.
 */
public final class Messages {
  /** The bundle's base name, the one Hibernate Validator reads contributor messages from. */
  public static final String BUNDLE = "ContributorValidationMessages";

  private static final Properties EN = load(BUNDLE + ".properties");
  private static final Properties VI = load(BUNDLE + "_vi.properties");

  private Messages() {}

  /**
   * Renders a message in both languages.
   *
   * @param key the key, not null; a key in braces, as annotations give it, is accepted
   * @param arguments the named arguments
   * @return the message
   * @throws IllegalStateException if either bundle lacks the key: a defect of the library
   */
  public static BilingualText render(String key, Map<String, String> arguments) {
    String bare =
        key.startsWith("{") && key.endsWith("}") ? key.substring(1, key.length() - 1) : key;
    return BilingualText.of(
        fill(template(VI, bare, "vi"), arguments), fill(template(EN, bare, "en"), arguments));
  }

  /**
   * A message template in a language.
   *
   * @param key the key, not null
   * @param locale Vietnamese or English
   * @return the template
   * @throws IllegalStateException if the bundle lacks the key: a defect of the library
   */
  static String template(String key, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    return template(en ? EN : VI, key, en ? "en" : "vi");
  }

  /**
   * A word of the bundle ({@code vn.massorg.governance.word.<name>}) in a language: the name of a
   * fact a rule lacked.
   *
   * @param name the word's name, not null
   * @param locale Vietnamese or English
   * @return the word, or the name itself when the bundle has no such word
   */
  static String word(String name, Locale locale) {
    Properties bundle = "en".equals(locale.getLanguage()) ? EN : VI;
    return bundle.getProperty("vn.massorg.governance.word." + name, name);
  }

  /**
   * Whether both bundles have a key.
   *
   * @param key the key, not null
   * @return true when both languages have the message
   */
  public static boolean has(String key) {
    return VI.containsKey(key) && EN.containsKey(key);
  }

  private static String template(Properties bundle, String key, String language) {
    String template = bundle.getProperty(key);
    if (template == null) {
      throw new IllegalStateException("no " + language + " message for " + key);
    }
    return template;
  }

  static String fill(String template, Map<String, String> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = arguments.get(name);
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
