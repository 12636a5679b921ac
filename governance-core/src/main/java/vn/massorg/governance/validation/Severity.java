package vn.massorg.governance.validation;

import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Coded;

/**
 * The outcome of a rule that did not pass: an error, a warning, or "not checked" because the record
 * lacks a fact the rule needs. A rule that passes gives no finding.
 *
 * <p>Vietnamese: <i>mức độ</i> (lỗi, cảnh báo, chưa kiểm tra được).
 */
public enum Severity implements Coded {
  /** The record breaks a rule of the law or of the charter, or contradicts itself. */
  ERROR("error", "Lỗi", "Error"),
  /** The record departs from a Party regulation or from usual practice. */
  WARNING("warning", "Cảnh báo", "Warning"),
  /** The rule needs a fact that the record does not give; it neither passed nor failed. */
  NOT_CHECKED("not-checked", "Chưa kiểm tra được", "Not checked");

  private final String code;
  private final BilingualText label;

  Severity(String code, String vi, String en) {
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
}
