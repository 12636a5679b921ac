package vn.massorg.governance.validation.rules;

import java.time.LocalDate;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.RuleLayer;
import vn.massorg.governance.validation.RuleSource;

/**
 * The citations of the rules. The law's article depends on the event's date: Decree 45/2010 applies
 * to events up to 25/11/2024 and Decree 126/2024 from 26/11/2024.
 */
final class Sources {
  /** The first day Decree 126/2024/NĐ-CP applies. */
  static final LocalDate DECREE_126_FROM = LocalDate.of(2024, 11, 26);

  private static final RuleSource PARTY =
      RuleSource.of(
          RuleLayer.PARTY,
          BilingualText.of(
              "Quy định 118-QĐ/TW (2023) của Ban Bí thư về tổ chức và hoạt động của các hội quần chúng "
                  + "được Đảng, Nhà nước giao nhiệm vụ",
              "Regulation 118-QĐ/TW (2023) of the Party Secretariat on mass associations assigned tasks "
                  + "by the Party and State"));

  private Sources() {}

  static RuleSource of(Rule rule, Charter charter) {
    return switch (rule.getLayer()) {
      case CHARTER ->
          RuleSource.of(
              RuleLayer.CHARTER,
              charter
                  .article(rule.getCode())
                  .map(
                      a ->
                          BilingualText.of(
                              charter.getName().getVi() + ", " + a.getVi(),
                              charter.getName().getEn().orElse(charter.getName().getVi())
                                  + ", "
                                  + a.getEn().orElse(a.getVi())))
                  .orElse(charter.getName()));
      case PARTY -> PARTY;
      case LAW -> throw new IllegalArgumentException("a law rule cites a decree by date: " + rule);
      case FORMAT, FIELD, CONSISTENCY -> RuleSource.of(rule.getLayer(), rule.getLayer().getLabel());
    };
  }

  /**
   * A decree's article, chosen by the span of dates the event may fall on.
   *
   * @param earliest the first day the event may be
   * @param latest the last day the event may be
   * @param article45 the article of Decree 45/2010, e.g. "20.2"
   * @param article126 the article of Decree 126/2024, e.g. "19.2"
   */
  static RuleSource law(LocalDate earliest, LocalDate latest, String article45, String article126) {
    BilingualText d45 =
        BilingualText.of(
            "Nghị định 45/2010/NĐ-CP, Điều " + article45,
            "Decree 45/2010/NĐ-CP, Art. " + article45);
    BilingualText d126 =
        BilingualText.of(
            "Nghị định 126/2024/NĐ-CP, Điều " + article126,
            "Decree 126/2024/NĐ-CP, Art. " + article126);
    if (latest.isBefore(DECREE_126_FROM)) {
      return RuleSource.of(RuleLayer.LAW, d45);
    }
    if (!earliest.isBefore(DECREE_126_FROM)) {
      return RuleSource.of(RuleLayer.LAW, d126);
    }
    return RuleSource.of(
        RuleLayer.LAW,
        BilingualText.of(
            d45.getVi() + " hoặc " + d126.getVi(),
            d45.getEn().orElseThrow() + " or " + d126.getEn().orElseThrow()));
  }
}
