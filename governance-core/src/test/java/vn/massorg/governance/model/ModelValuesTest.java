package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.testing.Records;

/** The behaviour of the model's values: forms, labels, comparisons, titles. */
class ModelValuesTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Locale EN = Locale.ENGLISH;

  @Nested
  @DisplayName("PartialDate")
  class PartialDates {
    @Test
    @DisplayName("each precision knows its fields, bounds and ISO form")
    void precisions() {
      PartialDate year = PartialDate.parse("2019");
      assertThat(year.getYear()).isEqualTo(2019);
      assertThat(year.getMonth()).isEmpty();
      assertThat(year.getDay()).isEmpty();
      assertThat(year.isComplete()).isFalse();
      assertThat(year.toLocalDate()).isEmpty();
      assertThat(year.getEarliest()).isEqualTo(LocalDate.of(2019, 1, 1));
      assertThat(year.getLatest()).isEqualTo(LocalDate.of(2019, 12, 31));
      assertThat(year).hasToString("2019");
      PartialDate month = PartialDate.parse("2020-02");
      assertThat(month.getMonth()).contains(2);
      assertThat(month.getDay()).isEmpty();
      assertThat(month.getLatest()).isEqualTo(LocalDate.of(2020, 2, 29));
      assertThat(month).hasToString("2020-02");
      PartialDate day = PartialDate.parse("0987-10-05");
      assertThat(day.getDay()).contains(5);
      assertThat(day.isComplete()).isTrue();
      assertThat(day.toLocalDate()).contains(LocalDate.of(987, 10, 5));
      assertThat(day).hasToString("0987-10-05");
    }

    @Test
    @DisplayName("property: parse(toString()) gives the same date, at every precision")
    void roundTrip() {
      qt().withExamples(Generators.examples())
          .forAll(Generators.partialDates())
          .checkAssert(
              d -> {
                assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
                assertThat(d.getEarliest()).isBeforeOrEqualTo(d.getLatest());
                assertThat(d.isCertainlyBefore(d)).isFalse();
              });
    }

    @Test
    @DisplayName(
        "property: certainly before is exactly: the last day of one before the first of the other")
    void certainlyBeforeIsLatestBeforeEarliest() {
      qt().withExamples(Generators.examples())
          .forAll(Generators.partialDates(), Generators.partialDates())
          .checkAssert(
              (a, b) ->
                  assertThat(a.isCertainlyBefore(b))
                      .as("%s before %s", a, b)
                      .isEqualTo(a.getLatest().isBefore(b.getEarliest())));
      // Every pair of dates of every precision in a leap year and the next, month ends included.
      java.util.List<PartialDate> all = new java.util.ArrayList<>();
      for (int year = 2020; year <= 2021; year++) {
        all.add(PartialDate.ofYear(year));
        for (int month = 1; month <= 12; month++) {
          all.add(PartialDate.ofMonth(year, month));
        }
      }
      for (LocalDate day = LocalDate.of(2020, 1, 1); day.getYear() < 2022; day = day.plusDays(1)) {
        all.add(PartialDate.of(day));
      }
      for (PartialDate a : all) {
        for (PartialDate b : all) {
          if (a.isCertainlyBefore(b) != a.getLatest().isBefore(b.getEarliest())) {
            throw new AssertionError(a + " before " + b);
          }
        }
      }
    }

    @Test
    @DisplayName("certainly before only when every day of one precedes every day of the other")
    void certainlyBefore() {
      assertThat(PartialDate.parse("2020").isCertainlyBefore(PartialDate.parse("2020-10")))
          .isFalse();
      assertThat(PartialDate.parse("2020-09").isCertainlyBefore(PartialDate.parse("2020-10")))
          .isTrue();
      assertThat(PartialDate.parse("2020-10-31").isCertainlyBefore(PartialDate.parse("2020-11")))
          .isTrue();
      assertThat(PartialDate.parse("2020-11-01").isCertainlyBefore(PartialDate.parse("2020-11")))
          .isFalse();
    }
  }

  @Nested
  @DisplayName("ReportingPeriod")
  class Periods {
    @Test
    @DisplayName("every kind: form, bounds, labels in both languages, next")
    void kinds() {
      ReportingPeriod q3 = ReportingPeriod.parse("2020-Q3");
      assertThat(q3.getKind()).isEqualTo(PeriodKind.QUARTER);
      assertThat(q3.getNumber()).isEqualTo(3);
      assertThat(q3.getStart()).isEqualTo(LocalDate.of(2020, 7, 1));
      assertThat(q3.getEnd()).isEqualTo(LocalDate.of(2020, 9, 30));
      assertThat(q3.label(VI)).isEqualTo("quý III năm 2020");
      assertThat(q3.label(EN)).isEqualTo("Q3 2020");
      assertThat(q3.next()).hasToString("2020-Q4");
      assertThat(ReportingPeriod.quarter(2020, 4).next()).hasToString("2021-Q1");
      assertThat(ReportingPeriod.quarter(2020, 1).getStart()).isEqualTo(LocalDate.of(2020, 1, 1));

      ReportingPeriod h1 = ReportingPeriod.parse("2020-H1");
      assertThat(h1.getStart()).isEqualTo(LocalDate.of(2020, 1, 1));
      assertThat(h1.getEnd()).isEqualTo(LocalDate.of(2020, 6, 30));
      assertThat(h1.label(VI)).isEqualTo("6 tháng đầu năm 2020");
      assertThat(h1.label(EN)).isEqualTo("first half of 2020");
      ReportingPeriod h2 = h1.next();
      assertThat(h2).hasToString("2020-H2");
      assertThat(h2.getStart()).isEqualTo(LocalDate.of(2020, 7, 1));
      assertThat(h2.getEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
      assertThat(h2.label(VI)).isEqualTo("6 tháng cuối năm 2020");
      assertThat(h2.label(EN)).isEqualTo("second half of 2020");

      ReportingPeriod m9 = ReportingPeriod.parse("2020-M9");
      assertThat(m9).isEqualTo(ReportingPeriod.nineMonths(2020)).hasToString("2020-M9");
      assertThat(m9.getStart()).isEqualTo(LocalDate.of(2020, 1, 1));
      assertThat(m9.getEnd()).isEqualTo(LocalDate.of(2020, 9, 30));
      assertThat(m9.label(VI)).isEqualTo("9 tháng năm 2020");
      assertThat(m9.label(EN)).isEqualTo("first nine months of 2020");
      assertThat(m9.next()).hasToString("2021-M9");

      ReportingPeriod year = ReportingPeriod.parse("2020");
      assertThat(year.getKind()).isEqualTo(PeriodKind.YEAR);
      assertThat(year.getStart()).isEqualTo(LocalDate.of(2020, 1, 1));
      assertThat(year.getEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
      assertThat(year.label(VI)).isEqualTo("năm 2020");
      assertThat(year.label(EN)).isEqualTo("year 2020");
      assertThat(year).hasToString("2020");
    }

    @Test
    @DisplayName("the code form has four year digits, with leading zeros, for every kind")
    void codeForm() {
      assertThat(ReportingPeriod.quarter(1, 1)).hasToString("0001-Q1");
      assertThat(ReportingPeriod.halfYear(987, 2)).hasToString("0987-H2");
      assertThat(ReportingPeriod.nineMonths(2020)).hasToString("2020-M9");
      assertThat(ReportingPeriod.year(9999)).hasToString("9999");
      assertThat(ReportingPeriod.quarter(2020, 4)).hasToString("2020-Q4");
    }

    @Test
    @DisplayName(
        "property: parse(toString()) gives the same period; next starts the day after the end")
    void roundTrip() {
      qt().withExamples(Generators.examples())
          .forAll(Generators.reportingPeriods())
          .checkAssert(
              p -> {
                assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
                assertThat(p.getStart()).isBefore(p.getEnd());
                if (p.getYear() < 9999) {
                  ReportingPeriod next = p.next();
                  assertThat(next.getKind()).isEqualTo(p.getKind());
                  if (p.getKind() == PeriodKind.QUARTER
                      || p.getKind() == PeriodKind.HALF_YEAR
                      || p.getKind() == PeriodKind.YEAR) {
                    assertThat(next.getStart()).isEqualTo(p.getEnd().plusDays(1));
                  }
                }
              });
    }
  }

  @Nested
  @DisplayName("Threshold")
  class Thresholds {
    @Test
    @DisplayName("at least and more than: met, minimum, form and labels")
    void shares() {
      Threshold twoThirds = Threshold.parse(">=2/3");
      assertThat(twoThirds.getNumerator()).isEqualTo(2);
      assertThat(twoThirds.getDenominator()).isEqualTo(3);
      assertThat(twoThirds.isStrict()).isFalse();
      assertThat(twoThirds.isMetBy(10, 15)).isTrue();
      assertThat(twoThirds.isMetBy(9, 15)).isFalse();
      assertThat(twoThirds.minimumOf(15)).isEqualTo(10);
      assertThat(twoThirds.minimumOf(16)).isEqualTo(11);
      assertThat(twoThirds.label(VI)).isEqualTo("ít nhất 2/3");
      assertThat(twoThirds.label(EN)).isEqualTo("at least 2/3");
      Threshold half = Threshold.parse(">1/2");
      assertThat(half.isStrict()).isTrue();
      assertThat(half.isMetBy(5, 10)).isFalse();
      assertThat(half.isMetBy(6, 10)).isTrue();
      assertThat(half.minimumOf(10)).isEqualTo(6);
      assertThat(half.minimumOf(9)).isEqualTo(5);
      assertThat(half.label(VI)).isEqualTo("quá 1/2");
      assertThat(half.label(EN)).isEqualTo("more than 1/2");
      assertThat(half).hasToString(">1/2");
    }

    @Test
    @DisplayName("property: the minimum of a base meets the threshold and one less does not")
    void minimum() {
      qt().withExamples(Generators.examples())
          .forAll(Generators.thresholds(), org.quicktheories.generators.Generate.range(0, 1000))
          .checkAssert(
              (t, base) -> {
                int min = t.minimumOf(base);
                if (min <= base) {
                  assertThat(t.isMetBy(min, base)).isTrue();
                }
                if (min > 0) {
                  assertThat(t.isMetBy(min - 1, base)).isFalse();
                }
                assertThat(Threshold.parse(t.toString())).isEqualTo(t);
              });
    }
  }

  @Nested
  @DisplayName("names and titles")
  class Names {
    private final MeetingRecord r = Records.complete();

    @Test
    @DisplayName("a person's full name, display name and Vietnamese order")
    void people() {
      Person ke = r.person(Records.KE).get();
      assertThat(ke.fullName()).isEqualTo("Hoàng Văn Kể");
      assertThat(ke.displayName(VI)).isEqualTo("TS. Hoàng Văn Kể");
      assertThat(ke.displayName(EN)).isEqualTo("Dr. Hoàng Văn Kể");
      Person ngoc = r.person(Records.NGOC).get();
      assertThat(ngoc.displayName(VI)).isEqualTo("Đ/c Hoàng Minh Ngọc");
      assertThat(ngoc.displayName(EN)).isEqualTo("Comrade Hoàng Minh Ngọc");
      Person uoc = r.person(Records.UOC).get();
      assertThat(uoc.fullName()).isEqualTo("Đặng Ước");
      assertThat(uoc.displayName(VI)).isEqualTo("Đặng Ước");
      assertThat(r.person("person.khong-co")).isEmpty();
      List<Person> sorted = new ArrayList<>(r.getPeople());
      sorted.sort(Person.VIETNAMESE_ORDER);
      assertThat(sorted)
          .extracting(Person::getGivenName)
          .containsExactly("Ánh", "Kể", "Ngọc", "Ổn", "Ước", "Yến");
    }

    @Test
    @DisplayName("titles joined with 'kiêm': Phó Chủ tịch kiêm Tổng Thư ký")
    void titles() {
      assertThat(r.titleOf(Records.NGOC, VI)).contains("Phó Chủ tịch kiêm Tổng Thư ký");
      assertThat(r.titleOf(Records.NGOC, EN))
          .contains("Vice-Chairman and concurrently Secretary-General");
      assertThat(r.titleOf(Records.KE, VI))
          .contains("Chủ tịch kiêm Bí thư Đảng đoàn Liên hiệp Hội");
      assertThat(r.titleOf(Records.KE, EN))
          .contains("Chairman and concurrently Secretary of the Party Delegation");
      assertThat(r.titleOf(Records.UOC, VI))
          .contains("Ủy viên Ban Chấp hành Liên hiệp Hội kiêm Ủy viên Ban Thường vụ Liên hiệp Hội");
      assertThat(r.titleOf("person.khong-co", VI)).isEmpty();
    }

    @Test
    @DisplayName("titles count only holdings that may cover the meeting's date")
    void titlesByDate() {
      MeetingRecord ended =
          Edits.post(
              r,
              Records.DD,
              0,
              p ->
                  p.withHoldings(
                      PostHolding.builder()
                          .personId(Records.KE)
                          .end(PartialDate.parse("2020-06"))
                          .build()));
      assertThat(ended.titleOf(Records.KE, VI)).contains("Chủ tịch");
      MeetingRecord later =
          Edits.post(
              r,
              Records.DD,
              0,
              p ->
                  p.withHoldings(
                      PostHolding.builder()
                          .personId(Records.KE)
                          .start(PartialDate.parse("2020-11"))
                          .build()));
      assertThat(later.titleOf(Records.KE, VI)).contains("Chủ tịch");
      MeetingRecord undated = Edits.meeting(ended, m -> m.withDate(Optional.empty()));
      assertThat(undated.titleOf(Records.KE, VI))
          .contains("Chủ tịch kiêm Bí thư Đảng đoàn Liên hiệp Hội");
    }

    @Test
    @DisplayName("a post's own title wins; posts named after their body add its name")
    void postTitles() {
      Body body = r.getTerm().getBodies().get(Records.BTV);
      Post head = Post.builder().id("post.x").kind(PostKind.HEAD).build();
      assertThat(head.title(body, VI)).isEqualTo("Trưởng ban Ban Thường vụ Liên hiệp Hội");
      assertThat(head.title(body, EN)).isEqualTo("Head of the Standing Committee");
      assertThat(Post.builder().id("post.y").kind(PostKind.DEPUTY_HEAD).build().title(body, VI))
          .startsWith("Phó Trưởng ban Ban");
      assertThat(
              Post.builder()
                  .id("post.z")
                  .kind(PostKind.PARTY_DEPUTY_SECRETARY)
                  .build()
                  .title(body, VI))
          .startsWith("Phó Bí thư Ban");
      Post own =
          Post.builder()
              .id("post.w")
              .kind(PostKind.VICE_CHAIRMAN)
              .title(BilingualText.of("Phó Chủ tịch thường trực", "Standing Vice-Chairman"))
              .build();
      assertThat(own.title(body, VI)).isEqualTo("Phó Chủ tịch thường trực");
      assertThat(own.title(body, EN)).isEqualTo("Standing Vice-Chairman");
      assertThat(Post.builder().id("post.v").kind(PostKind.of("thu-quy")).build().title(body, VI))
          .isEqualTo("thu-quy");
    }

    @Test
    @DisplayName("a term's label: khóa VII, nhiệm kỳ 2019–2024; Roman numerals to 99")
    void termLabel() {
      Term term = r.getTerm();
      assertThat(term.label(VI)).isEqualTo("khóa VII, nhiệm kỳ 2019–2024");
      assertThat(term.label(EN)).isEqualTo("term VII, 2019–2024");
      Term plain = ImmutableTerm.copyOf(term).withOrdinal(Optional.empty());
      assertThat(plain.label(VI)).isEqualTo("nhiệm kỳ 2019–2024");
      assertThat(plain.label(EN)).isEqualTo("term 2019–2024");
      assertThat(Term.roman(1)).isEqualTo("I");
      assertThat(Term.roman(14)).isEqualTo("XIV");
      assertThat(Term.roman(49)).isEqualTo("XLIX");
      assertThat(Term.roman(99)).isEqualTo("XCIX");
      assertThat(Term.roman(100)).isEqualTo("100");
      assertThat(Term.roman(0)).isEqualTo("0");
      assertThat(term.body("body.btv")).isPresent();
      assertThat(term.body("body.khong-co")).isEmpty();
    }

    @Test
    @DisplayName("texts in a language; English falls back to Vietnamese")
    void texts() {
      assertThat(BilingualText.of("Ban Thường vụ", "Standing Committee").in(EN))
          .isEqualTo("Standing Committee");
      assertThat(BilingualText.of("Ban Thường vụ").in(EN)).isEqualTo("Ban Thường vụ");
      assertThat(BilingualText.of("Ban Thường vụ", "Standing Committee").in(VI))
          .isEqualTo("Ban Thường vụ");
      assertThat(BilingualText.of("Ban", "Committee")).hasToString("Ban / Committee");
      assertThat(BilingualText.of("Ban")).hasToString("Ban");
    }
  }

  @Nested
  @DisplayName("codes")
  class Codes {
    @Test
    @DisplayName("enumerations read back their codes and have labels in both languages")
    void enumerations() {
      for (Class<? extends Enum<?>> type :
          List.<Class<? extends Enum<?>>>of(
              AttendanceStatus.class,
              DecisionOutcome.class,
              HoldingKind.class,
              MeetingKind.class,
              PeriodKind.class,
              ReportStatus.class,
              VoteMethod.class)) {
        for (Enum<?> constant : type.getEnumConstants()) {
          Coded coded = (Coded) constant;
          assertThat(coded.getCode()).matches("[a-z][a-z0-9-]*");
          assertThat(coded.label(VI)).isNotBlank().isNotEqualTo(coded.label(EN));
          assertThat(coded.getLabel().getEn()).isPresent();
        }
      }
      assertThat(AttendanceStatus.fromCode("substitute")).isEqualTo(AttendanceStatus.SUBSTITUTE);
      assertThat(PeriodKind.fromCode("half-year")).isEqualTo(PeriodKind.HALF_YEAR);
      assertThat(ReportStatus.fromCode("adopted")).isEqualTo(ReportStatus.ADOPTED);
      assertThat(MeetingKind.fromCode("congress")).isEqualTo(MeetingKind.CONGRESS);
      assertThat(HoldingKind.fromCode("acting")).isEqualTo(HoldingKind.ACTING);
      assertThat(VoteMethod.fromCode("secret-ballot")).isEqualTo(VoteMethod.SECRET_BALLOT);
      assertThat(DecisionOutcome.fromCode("rejected")).isEqualTo(DecisionOutcome.REJECTED);
      assertThat(AttendanceStatus.values())
          .filteredOn(AttendanceStatus::isAttending)
          .containsExactlyInAnyOrder(
              AttendanceStatus.PRESENT, AttendanceStatus.REMOTE, AttendanceStatus.SUBSTITUTE);
      assertThat(PeriodKind.QUARTER.getPerYear()).isEqualTo(4);
    }

    @Test
    @DisplayName("code lists: known entries have labels, custom codes show their code")
    void codeLists() {
      for (BodyKind kind : BodyKind.known()) {
        assertThat(kind.isKnown()).isTrue();
        assertThat(BodyKind.of(kind.getCode())).isSameAs(kind);
        assertThat(kind).hasToString(kind.getCode());
        assertThat(kind.label(VI)).isNotEqualTo(kind.getCode());
      }
      BodyKind custom = BodyKind.of("ban-tuyen-giao");
      assertThat(custom.isKnown()).isFalse();
      assertThat(custom.getCode()).isEqualTo("ban-tuyen-giao");
      assertThat(custom).hasToString("ban-tuyen-giao");
      assertThat(BodyKind.known()).doesNotContain(custom);
      assertThat(PostKind.known()).hasSize(9);
      assertThat(ActivityArea.known()).hasSize(9);
    }
  }
}
