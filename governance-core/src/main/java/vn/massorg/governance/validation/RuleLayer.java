package vn.massorg.governance.validation;

import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Coded;

/**
 * Where a rule comes from. Each finding names its layer and its citation.
 *
 * <p>Vietnamese: <i>nguồn quy định</i>.
 */
public enum RuleLayer implements Coded {
  /** The exchange format: a document that cannot be read. */
  FORMAT("format", "Định dạng trao đổi", "Exchange format"),
  /** A constraint on one value of the model (a blank name, a negative count). */
  FIELD("field", "Ràng buộc dữ liệu", "Field constraint"),
  /** The record must agree with itself: references resolve, dates fit, counts add up. */
  CONSISTENCY("consistency", "Tính nhất quán của hồ sơ", "Record consistency"),
  /** The law: Decree 45/2010/NĐ-CP, Decree 126/2024/NĐ-CP. */
  LAW("law", "Pháp luật", "Law"),
  /** Party regulations: QĐ 118-QĐ/TW (2023). */
  PARTY("party", "Quy định của Đảng", "Party regulation"),
  /** The organisation's charter. */
  CHARTER("charter", "Điều lệ", "Charter");

  private final String code;
  private final BilingualText label;

  RuleLayer(String code, String vi, String en) {
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
