package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post in a body, independent of who holds it, with the holdings of it during the term.
 *
 * <p>Vietnamese: <i>chức vụ</i> (Chủ tịch, Phó Chủ tịch, Tổng Thư ký, Ủy viên, Bí thư Đảng đoàn). A
 * Vice-Chairman's post is full-time (<i>chuyên trách</i>) or part-time (<i>kiêm nhiệm</i>); that
 * second meaning of "kiêm" is {@link #isFullTime()}, not a second post.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@SuppressWarnings("immutables:incompat") // see ModelStyle: two encodings match
public abstract class Post extends ModelValue<Post> {
  Post() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutablePost.Builder builder() {
    return ImmutablePost.builder();
  }

  /** The identifier, stable across the records of the term, e.g. "post.chairman". */
  public abstract String getId();

  /** The kind of post. */
  public abstract PostKind getKind();

  /**
   * The title, when the organisation's own differs from the kind's label (a "Phó Chủ tịch thường
   * trực", a custom post kind).
   */
  public abstract Optional<@Valid BilingualText> getTitle();

  /** Whether the post is full-time (chuyên trách) or part-time (kiêm nhiệm), when recorded. */
  public abstract Optional<Boolean> getFullTime();

  /** Who held the post during the term, in order. */
  public abstract List<@Valid PostHolding> getHoldings();

  /**
   * The title of the post in a body: its own title, or the kind's label, followed for the posts
   * that are named after their body (member, Party secretary, head) by the body's name: "Bí thư
   * Đảng đoàn", "Ủy viên Ban Thường vụ".
   *
   * @param body the body the post is in, not null
   * @param locale the reader's locale, not null
   * @return the title, not null
   */
  public String title(Body body, Locale locale) {
    Checks.notNull(body, "body");
    if (getTitle().isPresent()) {
      return getTitle().get().in(locale);
    }
    PostKind kind = getKind();
    boolean namedAfterBody =
        kind.equals(PostKind.MEMBER)
            || kind.equals(PostKind.PARTY_SECRETARY)
            || kind.equals(PostKind.PARTY_DEPUTY_SECRETARY)
            || kind.equals(PostKind.HEAD)
            || kind.equals(PostKind.DEPUTY_HEAD);
    String label = kind.label(locale);
    if (!namedAfterBody) {
      return label;
    }
    return label
        + ("en".equals(locale.getLanguage()) ? " of the " : " ")
        + body.getName().in(locale);
  }

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
  }
}
