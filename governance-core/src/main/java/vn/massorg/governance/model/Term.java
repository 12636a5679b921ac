package vn.massorg.governance.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A term of office of an organisation, opened by a congress, with its whole-term work programme and
 * the composition of its bodies.
 *
 * <p>Vietnamese: <i>nhiệm kỳ</i>, numbered as <i>khóa</i> ("khóa VII, nhiệm kỳ 2019–2024"); the
 * whole-term work programme is the <i>Chương trình công tác toàn khóa</i>.
 *
 * <p>Invariants: the end is not before the start, identifiers of bodies and posts are unique in the
 * term, and every post holding lies within the term.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@SuppressWarnings("immutables:incompat") // see ModelStyle: two encodings match
public abstract class Term extends ModelValue<Term> {
  private static final String[] ROMAN_TENS = {
    "", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"
  };
  private static final String[] ROMAN_UNITS = {
    "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"
  };

  Term() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableTerm.Builder builder() {
    return ImmutableTerm.builder();
  }

  /** The identifier, e.g. "term.2019-2024". */
  public abstract String getId();

  /** The ordinal of the term (khóa VII is 7), when recorded. */
  public abstract Optional<@Positive(message = "{vn.massorg.governance.field.positive}") Integer>
      getOrdinal();

  /** When the term starts, to the precision recorded. */
  public abstract PartialDate getStart();

  /** When the term ends, to the precision recorded. */
  public abstract PartialDate getEnd();

  /** The identifier of the congress (a meeting of kind congress) that opened it, if recorded. */
  public abstract Optional<String> getOpeningCongressId();

  /** The whole-term work programme (Chương trình công tác toàn khóa), when recorded. */
  public abstract Optional<@Valid BilingualText> getWorkProgramme();

  /** The bodies as composed for the term. */
  public abstract List<@Valid Body> getBodies();

  /**
   * The body with an identifier.
   *
   * @param id the identifier, not null
   * @return the body, or empty
   */
  public Optional<Body> body(String id) {
    Checks.notNull(id, "id");
    for (Body body : getBodies()) {
      if (body.getId().equals(id)) {
        return Optional.of(body);
      }
    }
    return Optional.empty();
  }

  /**
   * The label: "khóa VII, nhiệm kỳ 2019–2024" or "nhiệm kỳ 2019–2024" without an ordinal; "term
   * VII, 2019–2024" in English.
   *
   * @param locale the reader's locale, not null
   * @return the label, not null
   */
  public String label(Locale locale) {
    boolean en = "en".equals(Checks.notNull(locale, "locale").getLanguage());
    String years = getStart().getYear() + "–" + getEnd().getYear();
    if (getOrdinal().isEmpty()) {
      return (en ? "term " : "nhiệm kỳ ") + years;
    }
    String roman = roman(getOrdinal().get());
    return en ? "term " + roman + ", " + years : "khóa " + roman + ", nhiệm kỳ " + years;
  }

  static String roman(int n) {
    return n >= 1 && n <= 99 ? ROMAN_TENS[n / 10] + ROMAN_UNITS[n % 10] : String.valueOf(n);
  }

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
    Checks.ids(getOpeningCongressId(), "openingCongressId");
    if (getEnd().isCertainlyBefore(getStart())) {
      throw new InvalidRecordException(
          "nhiệm kỳ " + getId() + ": 'end' (" + getEnd() + ") trước 'start' (" + getStart() + ")",
          "term " + getId() + ": 'end' (" + getEnd() + ") is before 'start' (" + getStart() + ")");
    }
    Checks.unique(getBodies(), Body::getId, "bodies");
    List<Post> posts = new ArrayList<>();
    for (Body body : getBodies()) {
      posts.addAll(body.getPosts());
    }
    Checks.unique(posts, Post::getId, "posts");
    for (Body body : getBodies()) {
      for (Post post : body.getPosts()) {
        for (PostHolding holding : post.getHoldings()) {
          checkInside(holding.getStart(), post, holding, "start");
          checkInside(holding.getEnd(), post, holding, "end");
        }
      }
    }
  }

  private void checkInside(
      Optional<PartialDate> date, Post post, PostHolding holding, String name) {
    if (date.isPresent()
        && (date.get().isCertainlyBefore(getStart()) || getEnd().isCertainlyBefore(date.get()))) {
      throw new InvalidRecordException(
          "chức vụ "
              + post.getId()
              + " của "
              + holding.getPersonId()
              + ": '"
              + name
              + "' ("
              + date.get()
              + ") nằm ngoài nhiệm kỳ "
              + getId()
              + " ("
              + getStart()
              + " đến "
              + getEnd()
              + ")",
          "holding of post "
              + post.getId()
              + " by "
              + holding.getPersonId()
              + ": '"
              + name
              + "' ("
              + date.get()
              + ") is outside term "
              + getId()
              + " ("
              + getStart()
              + " to "
              + getEnd()
              + ")");
    }
  }
}
