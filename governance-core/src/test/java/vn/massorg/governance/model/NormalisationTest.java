package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.validation.GovernanceValidator;

/** Text arrives as NFC or NFD; the record is the same either way. */
class NormalisationTest {
  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  @DisplayName(
      "property: a record built from NFD text equals the one built from NFC text, and validates identically")
  void recordsInBothForms() {
    GovernanceValidator validator = GovernanceValidator.standard();
    qt().withExamples(Generators.examples())
        .forAll(Generators.recordsInBothForms())
        .checkAssert(
            pair -> {
              assertThat(pair._2).isEqualTo(pair._1).hasSameHashCodeAs(pair._1);
              assertThat(pair._2.toString()).isEqualTo(pair._1.toString());
              assertThat(validator.validate(pair._2)).isEqualTo(validator.validate(pair._1));
            });
  }

  @Test
  @DisplayName("property: texts, names, abbreviations and document numbers are stored as NFC")
  void storedAsNfc() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.vietnameseText(), Generators.familyNames(), Generators.givenNames())
        .checkAssert(
            (text, family, given) -> {
              BilingualText t = BilingualText.of(nfd(text), nfd(text));
              assertThat(t).isEqualTo(BilingualText.of(text, text));
              assertThat(Normalizer.isNormalized(t.getVi(), Normalizer.Form.NFC)).isTrue();
              assertThat(t.getEn()).contains(text);
              Person p =
                  Person.builder()
                      .id("person.x")
                      .familyName(nfd(family))
                      .middleName(nfd(text))
                      .givenName(nfd(given))
                      .build();
              assertThat(p.getFamilyName()).isEqualTo(family);
              assertThat(p.getMiddleName()).contains(text);
              assertThat(p.getGivenName()).isEqualTo(given);
              Organisation o =
                  Organisation.builder()
                      .id("org.x")
                      .name(t)
                      .abbreviation(nfd(family))
                      .level(OrganisationLevel.CITY)
                      .build();
              assertThat(o.getAbbreviation()).contains(family);
            });
  }

  @Test
  @DisplayName("tone-mark placement variants (hoà / hòa) stay distinct: never silently rewritten")
  void placementVariants() {
    assertThat(BilingualText.of("hoà")).isNotEqualTo(BilingualText.of("hòa"));
    assertThat(BilingualText.of(nfd("hoà")).getVi()).isEqualTo("hoà");
    assertThat(BilingualText.of(nfd("hòa")).getVi()).isEqualTo("hòa");
  }

  @Test
  @DisplayName("a document number with a decomposed letter is normalised")
  void documentNumber() {
    Report r =
        Report.builder()
            .id("report.x")
            .title(BilingualText.of("Báo cáo"))
            .period(ReportingPeriod.quarter(2020, 3))
            .addStatusHistory(ReportStatus.DRAFT)
            .documentNumber("12/BC-LHH\u0110")
            .build();
    assertThat(r.getDocumentNumber()).contains("12/BC-LHHĐ");
  }
}
