package vn.massorg.governance.model;

/**
 * The outcome of a decision put to a vote.
 *
 * <p>Vietnamese: <i>kết quả biểu quyết</i>.
 */
public enum DecisionOutcome implements Coded {
  /** Adopted (Thông qua). */
  ADOPTED("adopted", "Thông qua", "Adopted"),

  /** Rejected (Không thông qua). */
  REJECTED("rejected", "Không thông qua", "Rejected");

  private final String code;
  private final BilingualText label;

  DecisionOutcome(String code, String vi, String en) {
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
  public static DecisionOutcome fromCode(String code) {
    return Coded.fromCode(DecisionOutcome.class, code);
  }
}
