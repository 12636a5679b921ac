package vn.massorg.governance.model;

/**
 * How a vote was taken (Decree 45/2010 Art. 22.1; Decree 126/2024 Art. 19.6).
 *
 * <p>Vietnamese: <i>hình thức biểu quyết</i>.
 */
public enum VoteMethod implements Coded {
  /** Show of hands (Biểu quyết giơ tay). */
  SHOW_OF_HANDS("show-of-hands", "Biểu quyết giơ tay", "Show of hands"),

  /** Secret ballot (Bỏ phiếu kín). */
  SECRET_BALLOT("secret-ballot", "Bỏ phiếu kín", "Secret ballot");

  private final String code;
  private final BilingualText label;

  VoteMethod(String code, String vi, String en) {
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
  public static VoteMethod fromCode(String code) {
    return Coded.fromCode(VoteMethod.class, code);
  }
}
