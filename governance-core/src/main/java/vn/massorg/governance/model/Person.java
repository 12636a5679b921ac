package vn.massorg.governance.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A person named in a record: a member of a body, a chair, a presenter, a speaker.
 *
 * <p>Vietnamese: <i>người</i>, named by <i>họ</i> (family name), <i>tên đệm</i> (middle name) and
 * <i>tên</i> (given name), written in that order: "Hoàng Văn Kể" has the family name Hoàng and the
 * given name Kể. Vietnamese people are addressed and sorted by the given name ({@link
 * #VIETNAMESE_ORDER}). An academic title (TS., PGS.TS.) or, without one, a form of address (Đ/c) is
 * written before the name.
 *
 * <pre>{@code
 * Person ke = Person.builder()
 *     .id("person.hoang-van-ke")
 *     .familyName("Hoàng").middleName("Văn").givenName("Kể")
 *     .academicTitle(AcademicTitle.TS)
 *     .build();
 * ke.displayName(Locale.forLanguageTag("vi")); // "TS. Hoàng Văn Kể"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class Person extends ModelValue<Person> {
  /**
   * People in the Vietnamese order: by given name, then middle name, then family name, compared
   * with Vietnamese collation; the identifier breaks ties.
   */
  public static final Comparator<Person> VIETNAMESE_ORDER =
      Comparator.<Person, String>comparing(Person::getGivenName, Person::collate)
          .thenComparing(p -> p.getMiddleName().orElse(""), Person::collate)
          .thenComparing(Person::getFamilyName, Person::collate)
          .thenComparing(Person::getId);

  Person() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  /** The identifier, stable across the records of an archive, e.g. "person.hoang-van-ke". */
  public abstract String getId();

  /** The family name (họ), e.g. "Hoàng". */
  @NotBlank(message = "{vn.massorg.governance.field.blank}")
  public abstract String getFamilyName();

  /** The middle name or names (tên đệm), e.g. "Văn"; some names have none. */
  public abstract Optional<
          @Pattern(regexp = Checks.NOT_BLANK, message = "{vn.massorg.governance.field.blank}")
          String>
      getMiddleName();

  /** The given name (tên), e.g. "Kể"; the name a person is addressed and sorted by. */
  @NotBlank(message = "{vn.massorg.governance.field.blank}")
  public abstract String getGivenName();

  /** The academic title written before the name (TS., PGS.TS.), when recorded. */
  public abstract Optional<AcademicTitle> getAcademicTitle();

  /** The form of address written before the name (Đ/c), when recorded. */
  public abstract Optional<FormOfAddress> getFormOfAddress();

  /**
   * The full name in the Vietnamese order: family, middle, given.
   *
   * @return the name, e.g. "Hoàng Văn Kể"
   */
  public String fullName() {
    return Stream.of(Optional.of(getFamilyName()), getMiddleName(), Optional.of(getGivenName()))
        .flatMap(Optional::stream)
        .collect(Collectors.joining(" "));
  }

  /**
   * The name as a record writes it: the academic title or, without one, the form of address, then
   * the full name.
   *
   * @param locale the reader's locale, not null; English gives "Dr. Hoàng Văn Kể"
   * @return the name, e.g. "TS. Hoàng Văn Kể" or "Đ/c Hoàng Minh Ngọc"
   */
  public String displayName(Locale locale) {
    Checks.notNull(locale, "locale");
    Optional<String> prefix =
        getAcademicTitle()
            .<String>map(t -> t.label(locale))
            .or(() -> getFormOfAddress().map(f -> f.label(locale)));
    return prefix.map(p -> p + " " + fullName()).orElse(fullName());
  }

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
  }

  private static int collate(String a, String b) {
    return Collation.VI.compare(a, b);
  }

  /**
   * The Vietnamese collator, built on first use: loading the collation rules is a noticeable part
   * of a fresh JVM's start, and only sorting people needs them, not reading or checking a record.
   */
  private static final class Collation {
    static final Collator VI = vietnameseCollator();

    private static Collator vietnameseCollator() {
      Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
      collator.setStrength(Collator.TERTIARY);
      return collator;
    }
  }
}
