package vn.massorg.governance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The command line's own texts in one language: headings, labels and messages from {@code
 * cli_vi.properties} or {@code cli_en.properties}, and the usage from {@code help_vi.txt} or {@code
 * help_en.txt}.
 *
 * <p>The files are read directly rather than through {@code ResourceBundle.getBundle}, which falls
 * back to the machine's default locale: {@code --lang en} must give English on a Vietnamese
 * machine, and the default must give Vietnamese everywhere.
 */
final class Texts {
  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /** The texts in English for an English locale, in Vietnamese otherwise. */
  static Texts of(Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    String file = english ? "cli_en.properties" : "cli_vi.properties";
    try (Reader reader = new InputStreamReader(resource(file), StandardCharsets.UTF_8)) {
      return new Texts(
          english ? Locale.ENGLISH : Options.VIETNAMESE, new PropertyResourceBundle(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Locale locale() {
    return locale;
  }

  boolean isEnglish() {
    return "en".equals(locale.getLanguage());
  }

  /** The text of a key with its {0}, {1}, ... replaced by the arguments as they are. */
  String get(String key, Object... arguments) {
    String text = bundle.getString(key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /** The usage text. */
  String help() {
    try (InputStream in = resource(isEnglish() ? "help_en.txt" : "help_vi.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Texts.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the text " + name + " is missing from the jar");
    }
    return in;
  }
}
