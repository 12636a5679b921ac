package vn.massorg.governance.model;

import java.util.List;

/**
 * The kind of a body (cơ quan) of an organisation: its congress, Executive Committee, Standing
 * Committee, Standing Office, Inspection Committee, Party Delegation, and the national names of
 * some of them.
 *
 * <p>Vietnamese: <i>loại cơ quan (Đại hội, Ban Chấp hành, Ban Thường vụ, Thường trực, Ban Kiểm tra,
 * Đảng đoàn, ...)</i>. An extensible code list: {@link #of(String)} returns the built-in entry for
 * a known code and an unlabelled entry for an organisation's own code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BodyKind extends CodeListValue {
  private static final Registry<BodyKind> REGISTRY = new Registry<>("body kind");

  /** Congress (Đại hội). */
  public static final BodyKind CONGRESS =
      REGISTRY.add(new BodyKind("congress", BilingualText.of("Đại hội", "Congress")));

  /** Executive Committee (Ban Chấp hành). */
  public static final BodyKind EXECUTIVE_COMMITTEE =
      REGISTRY.add(
          new BodyKind(
              "executive-committee", BilingualText.of("Ban Chấp hành", "Executive Committee")));

  /** Standing Committee (Ban Thường vụ). */
  public static final BodyKind STANDING_COMMITTEE =
      REGISTRY.add(
          new BodyKind(
              "standing-committee", BilingualText.of("Ban Thường vụ", "Standing Committee")));

  /** Standing Office (Thường trực). */
  public static final BodyKind STANDING_OFFICE =
      REGISTRY.add(
          new BodyKind("standing-office", BilingualText.of("Thường trực", "Standing Office")));

  /** Inspection Committee (Ban Kiểm tra). */
  public static final BodyKind INSPECTION_COMMITTEE =
      REGISTRY.add(
          new BodyKind(
              "inspection-committee", BilingualText.of("Ban Kiểm tra", "Inspection Committee")));

  /** Party Delegation (Đảng đoàn). */
  public static final BodyKind PARTY_DELEGATION =
      REGISTRY.add(
          new BodyKind("party-delegation", BilingualText.of("Đảng đoàn", "Party Delegation")));

  /** Central Council (Hội đồng Trung ương). */
  public static final BodyKind CENTRAL_COUNCIL =
      REGISTRY.add(
          new BodyKind(
              "central-council", BilingualText.of("Hội đồng Trung ương", "Central Council")));

  /** Presidium (Đoàn Chủ tịch). */
  public static final BodyKind PRESIDIUM =
      REGISTRY.add(new BodyKind("presidium", BilingualText.of("Đoàn Chủ tịch", "Presidium")));

  private BodyKind(String code, BilingualText label) {
    super(code, label);
  }

  /**
   * The entry for a code.
   *
   * @param code the code, not null, lowercase words joined by '-'
   * @return the built-in entry, or an unlabelled entry for an organisation's own code
   * @throws InvalidRecordException if the code is null or not of the code form
   */
  public static BodyKind of(String code) {
    return REGISTRY.of(code, c -> new BodyKind(c, null));
  }

  /**
   * The built-in entries, in their conventional order.
   *
   * @return the entries, not null
   */
  public static List<BodyKind> known() {
    return REGISTRY.known();
  }
}
