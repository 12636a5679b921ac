package vn.massorg.governance.model;

/**
 * How a person holds a post: in their own right, acting (quyền), or as a temporary substitute.
 *
 * <p>Vietnamese: <i>hình thức đảm nhiệm chức vụ</i>.
 */
public enum HoldingKind implements Coded {
  /** Regular (Chính thức). */
  REGULAR("regular", "Chính thức", "Regular"),

  /** Acting (Quyền). */
  ACTING("acting", "Quyền", "Acting"),

  /** Temporary substitute (Thay thế tạm thời). */
  SUBSTITUTE("substitute", "Thay thế tạm thời", "Temporary substitute");

  private final String code;
  private final BilingualText label;

  HoldingKind(String code, String vi, String en) {
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
  public static HoldingKind fromCode(String code) {
    return Coded.fromCode(HoldingKind.class, code);
  }
}
