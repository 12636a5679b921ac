package vn.massorg.governance.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body of an organisation as composed for one term: its Executive Committee, Standing Committee,
 * Standing Office, Inspection Committee, Party Delegation or congress.
 *
 * <p>Vietnamese: <i>cơ quan</i> (Ban Chấp hành, Ban Thường vụ, Thường trực, Ban Kiểm tra, Đảng
 * đoàn). A body sits within a parent (the Standing Committee within the Executive Committee, the
 * Standing Office within the Standing Committee). Its seat count is the denominator of its quorum;
 * its posts carry who held them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@SuppressWarnings("immutables:incompat") // see ModelStyle: two encodings match
public abstract class Body extends ModelValue<Body> {
  Body() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableBody.Builder builder() {
    return ImmutableBody.builder();
  }

  /** The identifier, e.g. "body.ban-thuong-vu". */
  public abstract String getId();

  /** The kind of body. */
  public abstract BodyKind getKind();

  /** The name, e.g. "Ban Thường vụ Liên hiệp Hội". */
  @Valid
  public abstract BilingualText getName();

  /** The identifier of the body it sits within, in the same term, when it has one. */
  public abstract Optional<String> getParentId();

  /** The number of seats (the members it was elected with), when recorded. */
  public abstract Optional<@Positive(message = "{vn.massorg.governance.field.positive}") Integer>
      getSeats();

  /** Its posts, with their holdings. */
  public abstract List<@Valid Post> getPosts();

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
    Checks.ids(getParentId(), "parentId");
    if (getParentId().isPresent() && getParentId().get().equals(getId())) {
      throw new InvalidRecordException(
          "cơ quan " + getId() + " tự ghi chính nó là 'parentId'",
          "body " + getId() + " names itself as its 'parentId'");
    }
  }
}
