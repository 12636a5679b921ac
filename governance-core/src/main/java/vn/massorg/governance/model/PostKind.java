package vn.massorg.governance.model;

import java.util.List;

/**
 * The kind of a post (chức vụ) in a body: Chairman, Vice-Chairman, Secretary-General, member, Party
 * Delegation Secretary, ...
 *
 * <p>Vietnamese: <i>chức vụ (Chủ tịch, Phó Chủ tịch, Tổng Thư ký, Ủy viên, Bí thư Đảng đoàn,
 * ...)</i>. An extensible code list: {@link #of(String)} returns the built-in entry for a known
 * code and an unlabelled entry for an organisation's own code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PostKind extends CodeListValue {
  private static final Registry<PostKind> REGISTRY = new Registry<>("post kind");

  /** Chairman (Chủ tịch). */
  public static final PostKind CHAIRMAN =
      REGISTRY.add(new PostKind("chairman", BilingualText.of("Chủ tịch", "Chairman")));

  /** Standing Vice-Chairman (Phó Chủ tịch thường trực). */
  public static final PostKind STANDING_VICE_CHAIRMAN =
      REGISTRY.add(
          new PostKind(
              "standing-vice-chairman",
              BilingualText.of("Phó Chủ tịch thường trực", "Standing Vice-Chairman")));

  /** Vice-Chairman (Phó Chủ tịch). */
  public static final PostKind VICE_CHAIRMAN =
      REGISTRY.add(
          new PostKind("vice-chairman", BilingualText.of("Phó Chủ tịch", "Vice-Chairman")));

  /** Secretary-General (Tổng Thư ký). */
  public static final PostKind SECRETARY_GENERAL =
      REGISTRY.add(
          new PostKind("secretary-general", BilingualText.of("Tổng Thư ký", "Secretary-General")));

  /** Member (Ủy viên). */
  public static final PostKind MEMBER =
      REGISTRY.add(new PostKind("member", BilingualText.of("Ủy viên", "Member")));

  /** Secretary (Bí thư). */
  public static final PostKind PARTY_SECRETARY =
      REGISTRY.add(new PostKind("party-secretary", BilingualText.of("Bí thư", "Secretary")));

  /** Deputy Secretary (Phó Bí thư). */
  public static final PostKind PARTY_DEPUTY_SECRETARY =
      REGISTRY.add(
          new PostKind(
              "party-deputy-secretary", BilingualText.of("Phó Bí thư", "Deputy Secretary")));

  /** Head (Trưởng ban). */
  public static final PostKind HEAD =
      REGISTRY.add(new PostKind("head", BilingualText.of("Trưởng ban", "Head")));

  /** Deputy Head (Phó Trưởng ban). */
  public static final PostKind DEPUTY_HEAD =
      REGISTRY.add(new PostKind("deputy-head", BilingualText.of("Phó Trưởng ban", "Deputy Head")));

  private PostKind(String code, BilingualText label) {
    super(code, label);
  }

  /**
   * The entry for a code.
   *
   * @param code the code, not null, lowercase words joined by '-'
   * @return the built-in entry, or an unlabelled entry for an organisation's own code
   * @throws InvalidRecordException if the code is null or not of the code form
   */
  public static PostKind of(String code) {
    return REGISTRY.of(code, c -> new PostKind(c, null));
  }

  /**
   * The built-in entries, in their conventional order.
   *
   * @return the entries, not null
   */
  public static List<PostKind> known() {
    return REGISTRY.known();
  }
}
