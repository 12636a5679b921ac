package vn.massorg.governance.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A text in Vietnamese, the primary language, with an optional English version: a name, a title, a
 * summary of what was said.
 *
 * <p>Both versions are normalised to Unicode NFC on construction, as every text of the model is
 * ({@link ModelValue}), so that the NFD input of some Vietnamese input methods compares, hashes and
 * serialises like its NFC form. Tone-mark placement variants ("hoà"/"hòa") are distinct NFC strings
 * and are kept as given.
 *
 * <pre>{@code
 * BilingualText name = BilingualText.of("Ban Thường vụ", "Standing Committee");
 * name.in(Locale.ENGLISH); // "Standing Committee"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class BilingualText extends ModelValue<BilingualText> {

  BilingualText() {}

  /** The Vietnamese text; required, never blank in a valid record. */
  @NotBlank(message = "{vn.massorg.governance.field.blank}")
  public abstract String getVi();

  /** The English text, when one is recorded. */
  public abstract Optional<
          @Pattern(regexp = Checks.NOT_BLANK, message = "{vn.massorg.governance.field.blank}")
          String>
      getEn();

  /**
   * A Vietnamese-only text.
   *
   * @param vi the Vietnamese text, not null
   * @return the text, not null
   */
  public static BilingualText of(String vi) {
    return ImmutableBilingualText.builder().vi(Checks.notNull(vi, "vi")).build();
  }

  /**
   * A text in both languages.
   *
   * @param vi the Vietnamese text, not null
   * @param en the English text, not null
   * @return the text, not null
   */
  public static BilingualText of(String vi, String en) {
    return ImmutableBilingualText.builder()
        .vi(Checks.notNull(vi, "vi"))
        .en(Checks.notNull(en, "en"))
        .build();
  }

  /**
   * The text in a language: English for an English locale when there is an English text, Vietnamese
   * otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the text, not null
   */
  public String in(Locale locale) {
    Checks.notNull(locale, "locale");
    return "en".equals(locale.getLanguage()) ? getEn().orElse(getVi()) : getVi();
  }

  @Override
  public String toString() {
    return getEn().map(en -> getVi() + " / " + en).orElse(getVi());
  }
}
