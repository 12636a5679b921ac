package vn.massorg.governance.model;

/**
 * The kind of a meeting: a regular meeting of a body, an extraordinary one, or a congress.
 *
 * <p>Vietnamese: <i>loại hội nghị: thường kỳ, bất thường, đại hội</i>.
 */
public enum MeetingKind implements Coded {
  /** Regular meeting (Hội nghị thường kỳ). */
  REGULAR("regular", "Hội nghị thường kỳ", "Regular meeting"),

  /** Extraordinary meeting (Hội nghị bất thường). */
  EXTRAORDINARY("extraordinary", "Hội nghị bất thường", "Extraordinary meeting"),

  /** Congress (Đại hội). */
  CONGRESS("congress", "Đại hội", "Congress");

  private final String code;
  private final BilingualText label;

  MeetingKind(String code, String vi, String en) {
    this.code = code;
    this.label = BilingualText.of(vi, en);
  }

  @Override
  public String getCode() {
    return code;
  }

  @Override
  public BilingualText getLabel() {
    return label;
  }

  /**
   * The constant with a code.
   *
   * @param code the code, not null
   * @return the constant, not null
   * @throws InvalidRecordException if no constant has the code
   */
  public static MeetingKind fromCode(String code) {
    return Coded.fromCode(MeetingKind.class, code);
  }
}
