package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.charter.ImmutableCharter;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.ImmutableMeetingRecord;
import vn.massorg.governance.model.ImmutableOrganisation;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;
import vn.massorg.governance.testing.RuleMutations;
import vn.massorg.governance.validation.rules.ConformsToCharterValidator;
import vn.massorg.governance.validation.rules.Pointer;

/** The public validation API: reports, findings, sources, charters, the archive entry point. */
class ValidationApiTest {
  private static final GovernanceValidator STANDARD = GovernanceValidator.standard();
  private static final RuleSource SOURCE =
      RuleSource.of(RuleLayer.CONSISTENCY, BilingualText.of("Tính nhất quán", "Consistency"));

  private static Finding finding(String code, Severity severity, String path) {
    return Finding.of(
        code, severity, path, BilingualText.of("Lỗi " + code, "Error " + code), SOURCE, Map.of());
  }

  @Test
  @DisplayName("a finding made from a renderer renders its message once, on first use")
  void lazyMessage() {
    java.util.concurrent.atomic.AtomicInteger renders =
        new java.util.concurrent.atomic.AtomicInteger();
    Finding lazy =
        Finding.of(
            "term.length",
            Severity.WARNING,
            "/term/end",
            () -> {
              renders.incrementAndGet();
              return BilingualText.of("Lỗi term.length", "Error term.length");
            },
            SOURCE,
            Map.of("years", "4"));
    Finding under = lazy.under("/3");
    assertThat(lazy.getCode()).isEqualTo("term.length");
    assertThat(lazy.getArguments()).containsEntry("years", "4");
    assertThat(renders).hasValue(0);
    assertThat(lazy.getMessage().getVi()).isEqualTo("Lỗi term.length");
    assertThat(lazy.line(Locale.ENGLISH)).endsWith("Error term.length");
    assertThat(lazy)
        .isEqualTo(
            Finding.of(
                "term.length",
                Severity.WARNING,
                "/term/end",
                BilingualText.of("Lỗi term.length", "Error term.length"),
                SOURCE,
                Map.of("years", "4")));
    assertThat(renders).hasValue(1);
    assertThat(under.getPath()).isEqualTo("/3/term/end");
    assertThat(under.getMessage().getEn()).contains("Error term.length");
    assertThatThrownBy(
            () ->
                Finding.of(
                        "x",
                        Severity.ERROR,
                        "/x",
                        (java.util.function.Supplier<BilingualText>) () -> null,
                        SOURCE,
                        Map.of())
                    .getMessage())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rendered message");
  }

  @Test
  @DisplayName("a report orders its findings by path, then code, then severity")
  void reportOrder() {
    Finding b = finding("reference.person", Severity.ERROR, "/meeting/chairId");
    Finding a = finding("meeting.chair", Severity.ERROR, "/meeting/chairId");
    Finding c = finding("meeting.date-in-term", Severity.NOT_CHECKED, "/meeting/date");
    Finding d = finding("meeting.chair", Severity.WARNING, "/meeting/chairId");
    ValidationReport report = ValidationReport.of(List.of(c, b, d, a));
    assertThat(report.getFindings()).containsExactly(a, d, b, c);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isValid()).isFalse();
    assertThat(report.findings(Severity.WARNING)).containsExactly(d);
    assertThat(report.toString().split("\n")).hasSize(4);
    assertThat(report.toString()).startsWith("ERROR meeting.chair /meeting/chairId: Error");
  }

  @Test
  @DisplayName("reports are values; and() merges in order; the empty report reads OK")
  void reportValues() {
    Finding a = finding("reference.person", Severity.ERROR, "/meeting/chairId");
    Finding w = finding("term.length", Severity.WARNING, "/term/end");
    ValidationReport one = ValidationReport.of(List.of(a));
    ValidationReport other = ValidationReport.of(List.of(w));
    assertThat(one)
        .isEqualTo(ValidationReport.of(List.of(a)))
        .hasSameHashCodeAs(ValidationReport.of(List.of(a)))
        .isNotEqualTo(other)
        .isNotEqualTo(ValidationReport.empty());
    assertThat(one.and(other).getFindings()).containsExactly(a, w);
    assertThat(other.and(one)).isEqualTo(one.and(other));
    assertThat(one.and(ValidationReport.empty())).isSameAs(one);
    assertThat(ValidationReport.of(List.of())).isSameAs(ValidationReport.empty());
    assertThat(ValidationReport.empty()).hasToString("OK");
    assertThat(ValidationReport.empty().isValid()).isTrue();
    assertThat(other.isValid()).isTrue();
    assertThat(other.hasErrors()).isFalse();
  }

  @Test
  @DisplayName("a finding's line, JSON Pointer check and prefix")
  void findings() {
    Finding f = finding("reference.person", Severity.ERROR, "/meeting/chairId");
    assertThat(f.line(Locale.forLanguageTag("vi")))
        .isEqualTo("ERROR reference.person /meeting/chairId: Lỗi reference.person");
    assertThat(f).hasToString("ERROR reference.person /meeting/chairId: Error reference.person");
    assertThat(finding("archive.conflict", Severity.ERROR, "").line(Locale.ENGLISH))
        .isEqualTo("ERROR archive.conflict /: Error archive.conflict");
    assertThat(f.under("/3").getPath()).isEqualTo("/3/meeting/chairId");
    // A key from the input can carry any line terminator into the path or the message.
    Finding broken =
        Finding.of(
            "format.unknown-field",
            Severity.ERROR,
            "/a\nb\u2028c\u2029d",
            BilingualText.of("x\ry\u0085z"),
            SOURCE,
            Map.of());
    assertThat(broken.line(Locale.ENGLISH))
        .hasLineCount(1)
        .isEqualTo("ERROR format.unknown-field /a\\u000ab\\u2028c\\u2029d: x\\u000dy\\u0085z");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> finding("x", Severity.ERROR, "meeting/chairId"))
        .withMessageContaining("'path'");
    assertThatNullPointerException()
        .isThrownBy(() -> finding(null, Severity.ERROR, "/a"))
        .withMessage("code");
    assertThat(SOURCE).hasToString("consistency: Tính nhất quán / Consistency");
    assertThat(
            Finding.of(
                    "x",
                    Severity.ERROR,
                    "/a",
                    BilingualText.of("a"),
                    SOURCE,
                    Map.of("b", "2", "a", "1"))
                .getArguments())
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
  }

  @Test
  @DisplayName("rules by code; message keys by severity")
  void rules() {
    for (Rule rule : Rule.values()) {
      assertThat(Rule.fromCode(rule.getCode())).isSameAs(rule);
      assertThat(rule.messageKey()).isEqualTo("vn.massorg.governance." + rule.getCode());
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rule.fromCode("khong.co"))
        .withMessageContaining("khong.co");
    assertThat(Rule.MEETING_CHAIR.messageKey(Severity.WARNING, k -> true))
        .isEqualTo("vn.massorg.governance.meeting.chair.warning");
    assertThat(Rule.MEETING_CHAIR.messageKey(Severity.WARNING, k -> false))
        .isEqualTo("vn.massorg.governance.meeting.chair");
    assertThat(Rule.MEETING_CHAIR.messageKey(Severity.NOT_CHECKED, k -> false))
        .isEqualTo("vn.massorg.governance.meeting.chair.not-checked");
    assertThat(Severity.NOT_CHECKED.getCode()).isEqualTo("not-checked");
  }

  @Test
  @DisplayName("field findings carry the constraint's figures and the value, shortened")
  void fieldArguments() {
    MeetingRecord longName =
        ImmutableMeetingRecord.copyOf(Records.complete())
            .withOrganisation(
                ImmutableOrganisation.copyOf(Records.complete().getOrganisation())
                    .withAbbreviation("x".repeat(100)));
    Finding f = STANDARD.validate(longName).getFindings().get(0);
    assertThat(f.getArguments())
        .containsEntry("max", "40")
        .containsEntry("invalid", "x".repeat(57) + "...");
    MeetingRecord number = Edits.report(Records.complete(), 0, r -> r.withDocumentNumber("12-bc"));
    Finding p = STANDARD.validate(number).getFindings().get(0);
    assertThat(p.getArguments()).containsKey("regexp").containsEntry("invalid", "12-bc");
    assertThat(p.getMessage().in(Locale.ENGLISH)).contains("\"12-bc\"");
  }

  @Test
  @DisplayName("validateAll puts each record's findings under its position")
  void archivePositions() {
    MeetingRecord broken = RuleMutations.breakRecord(Rule.REFERENCE_PERSON, Records.complete());
    MeetingRecord extraordinary =
        Edits.meeting(
            Records.complete(),
            m -> m.withKind(vn.massorg.governance.model.MeetingKind.EXTRAORDINARY));
    MeetingRecord brokenExtra =
        Edits.meeting(
            broken, m -> m.withKind(vn.massorg.governance.model.MeetingKind.EXTRAORDINARY));
    // Three meetings of the body on three days: the same meeting thrice would be a finding.
    ValidationReport report =
        STANDARD.validateAll(
            List.of(
                extraordinary,
                Edits.meeting(
                    extraordinary,
                    m ->
                        m.withId("meeting.second")
                            .withDate(
                                vn.massorg.governance.model.PartialDate.of(
                                    m.getDate().get().getEarliest().plusDays(1)))),
                Edits.meeting(
                    brokenExtra,
                    m ->
                        m.withId("meeting.third")
                            .withDate(
                                vn.massorg.governance.model.PartialDate.of(
                                    m.getDate().get().getEarliest().plusDays(2))))));
    assertThat(report.getFindings())
        .extracting(Finding::getPath)
        .containsExactly("/2/meeting/recorderId");
  }

  @Test
  @DisplayName(
      "a charter's own article references are cited; GovernanceValidator.of keeps the charter")
  void charterArticles() {
    Charter own =
        ImmutableCharter.copyOf(Charter.modelCharter())
            .withName(BilingualText.of("Điều lệ Liên hiệp Hội Hải Phòng", "Hai Phong charter"))
            .withAssumed(false)
            .withArticles(Map.of("term.length", BilingualText.of("Điều 12", "Art. 12")));
    GovernanceValidator validator = GovernanceValidator.of(own);
    assertThat(validator.getCharter()).isEqualTo(own);
    assertThat(GovernanceValidator.of(Charter.modelCharter())).isSameAs(STANDARD);
    MeetingRecord r = RuleMutations.breakRecord(Rule.TERM_LENGTH, Records.complete());
    Finding f = validator.validate(r).getFindings().get(0);
    assertThat(f.getSource().getCitation())
        .isEqualTo(
            BilingualText.of(
                "Điều lệ Liên hiệp Hội Hải Phòng, Điều 12", "Hai Phong charter, Art. 12"));
    assertThat(own.article("term.length")).isPresent();
    assertThat(own.article("meeting.quorum")).isEmpty();
    Finding q =
        validator
            .validate(RuleMutations.breakRecord(Rule.MEETING_QUORUM, Records.complete()))
            .getFindings()
            .get(0);
    assertThat(q.getSource().getCitation().getVi()).isEqualTo("Điều lệ Liên hiệp Hội Hải Phòng");
    // The smallest figures a charter may have.
    assertThat(
            ImmutableCharter.copyOf(own)
                .withTermYears(1)
                .withMeetingsPerYear(Map.of(BodyKind.STANDING_COMMITTEE, 1))
                .getTermYears())
        .isEqualTo(1);
    assertThatNullPointerException()
        .isThrownBy(() -> GovernanceValidator.of(null))
        .withMessage("charter");
  }

  @Test
  @DisplayName("the constraint validator passes a null record (a host's @Valid on an empty field)")
  void nullRecord() {
    assertThat(new ConformsToCharterValidator().isValid(null, null)).isTrue();
  }

  @Test
  @DisplayName("JSON Pointer segments escape '~' and '/' (RFC 6901)")
  void pointers() {
    assertThat(Pointer.of("term", "bodies", 2, "a/b", "c~d")).isEqualTo("/term/bodies/2/a~1b/c~0d");
    assertThat(Pointer.of()).isEmpty();
    assertThat(Pointer.of("~/")).isEqualTo("/~0~1");
  }
}
