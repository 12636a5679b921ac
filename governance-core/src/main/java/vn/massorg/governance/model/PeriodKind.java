package vn.massorg.governance.model;

/**
 * The kind of a reporting period: a quarter (quý I–IV), a half-year (6 tháng), the first nine
 * months (9 tháng) or a year (năm).
 *
 * <p>Vietnamese: <i>loại kỳ báo cáo</i>.
 */
public enum PeriodKind implements Coded {
  /** Quarter (quý). */
  QUARTER("quarter", "Quý", "Quarter", 4),
  /** Half-year (6 tháng); the first or the second half. */
  HALF_YEAR("half-year", "6 tháng", "Half-year", 2),
  /** The first nine months (9 tháng đầu năm). */
  NINE_MONTHS("nine-months", "9 tháng", "Nine months", 1),
  /** Year (năm). */
  YEAR("year", "Năm", "Year", 1);

  private final String code;
  private final BilingualText label;
  private final int perYear;

  PeriodKind(String code, String vi, String en, int perYear) {
    this.code = code;
    this.label = BilingualText.of(vi, en);
    this.perYear = perYear;
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
   * How many periods of this kind a year has: 4 quarters, 2 halves, 1 otherwise.
   *
   * @return the count
   */
  public int getPerYear() {
    return perYear;
  }

  /**
   * The constant with a code.
   *
   * @param code the code, not null
   * @return the constant, not null
   * @throws InvalidRecordException if no constant has the code
   */
  public static PeriodKind fromCode(String code) {
    return Coded.fromCode(PeriodKind.class, code);
  }
}
