package vn.massorg.governance.model;

/**
 * Where a report stands in its workflow: a draft is presented to a meeting, commented on, then
 * concluded by the chair or adopted by a vote.
 *
 * <p>Vietnamese: <i>tình trạng báo cáo: dự thảo, đã trình bày, đã góp ý, đã kết luận, đã thông
 * qua</i>.
 */
public enum ReportStatus implements Coded {
  /** Draft (Dự thảo). */
  DRAFT("draft", "Dự thảo", "Draft"),

  /** Presented (Đã trình bày). */
  PRESENTED("presented", "Đã trình bày", "Presented"),

  /** Commented (Đã góp ý). */
  COMMENTED("commented", "Đã góp ý", "Commented"),

  /** Concluded (Đã kết luận). */
  CONCLUDED("concluded", "Đã kết luận", "Concluded"),

  /** Adopted (Đã thông qua). */
  ADOPTED("adopted", "Đã thông qua", "Adopted");

  private final String code;
  private final BilingualText label;

  ReportStatus(String code, String vi, String en) {
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
  public static ReportStatus fromCode(String code) {
    return Coded.fromCode(ReportStatus.class, code);
  }

  /**
   * Whether a report may move from this status to another: draft to presented, presented to
   * commented, concluded or adopted, commented to concluded or adopted, concluded to adopted.
   *
   * @param next the status to move to, not null
   * @return true for a legal transition
   */
  public boolean canMoveTo(ReportStatus next) {
    Checks.notNull(next, "next");
    switch (this) {
      case DRAFT:
        return next == PRESENTED;
      case PRESENTED:
        return next == COMMENTED || next == CONCLUDED || next == ADOPTED;
      case COMMENTED:
        return next == CONCLUDED || next == ADOPTED;
      case CONCLUDED:
        return next == ADOPTED;
      default:
        return false;
    }
  }
}
