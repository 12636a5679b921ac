package vn.massorg.governance.model;

import java.util.List;

/**
 * The kind of a member unit of a union (đơn vị thành viên): member association, institute, centre,
 * club, collective member.
 *
 * <p>Vietnamese: <i>hội thành viên, viện, trung tâm, câu lạc bộ, hội viên tập thể</i>. An
 * extensible code list: {@link #of(String)} returns the built-in entry for a known code and an
 * unlabelled entry for an organisation's own code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MemberUnitKind extends CodeListValue {
  private static final Registry<MemberUnitKind> REGISTRY = new Registry<>("member unit kind");

  /** Member association (Hội thành viên). */
  public static final MemberUnitKind MEMBER_ASSOCIATION =
      REGISTRY.add(
          new MemberUnitKind(
              "member-association", BilingualText.of("Hội thành viên", "Member association")));

  /** Institute (Viện). */
  public static final MemberUnitKind INSTITUTE =
      REGISTRY.add(new MemberUnitKind("institute", BilingualText.of("Viện", "Institute")));

  /** Centre (Trung tâm). */
  public static final MemberUnitKind CENTRE =
      REGISTRY.add(new MemberUnitKind("centre", BilingualText.of("Trung tâm", "Centre")));

  /** Club (Câu lạc bộ). */
  public static final MemberUnitKind CLUB =
      REGISTRY.add(new MemberUnitKind("club", BilingualText.of("Câu lạc bộ", "Club")));

  /** Collective member (Hội viên tập thể). */
  public static final MemberUnitKind COLLECTIVE_MEMBER =
      REGISTRY.add(
          new MemberUnitKind(
              "collective-member", BilingualText.of("Hội viên tập thể", "Collective member")));

  /** Affiliated unit (Đơn vị trực thuộc). */
  public static final MemberUnitKind AFFILIATED_UNIT =
      REGISTRY.add(
          new MemberUnitKind(
              "affiliated-unit", BilingualText.of("Đơn vị trực thuộc", "Affiliated unit")));

  private MemberUnitKind(String code, BilingualText label) {
    super(code, label);
  }

  /**
   * The entry for a code.
   *
   * @param code the code, not null, lowercase words joined by '-'
   * @return the built-in entry, or an unlabelled entry for an organisation's own code
   * @throws InvalidRecordException if the code is null or not of the code form
   */
  public static MemberUnitKind of(String code) {
    return REGISTRY.of(code, c -> new MemberUnitKind(c, null));
  }

  /**
   * The built-in entries, in their conventional order.
   *
   * @return the entries, not null
   */
  public static List<MemberUnitKind> known() {
    return REGISTRY.known();
  }
}
