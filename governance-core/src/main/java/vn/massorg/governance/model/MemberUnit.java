package vn.massorg.governance.model;

import jakarta.validation.Valid;
import org.immutables.value.Value;

/**
 * A unit that belongs to a union: a member association, an institute or centre, a club, a
 * collective member.
 *
 * <p>Vietnamese: <i>đơn vị thành viên</i> (hội thành viên, viện, trung tâm, câu lạc bộ, hội viên
 * tập thể).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class MemberUnit extends ModelValue<MemberUnit> {
  MemberUnit() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableMemberUnit.Builder builder() {
    return ImmutableMemberUnit.builder();
  }

  /** The identifier, e.g. "unit.hoi-co-khi". */
  public abstract String getId();

  /** The official name. */
  @Valid
  public abstract BilingualText getName();

  /** The kind of unit. */
  public abstract MemberUnitKind getKind();

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
  }
}
