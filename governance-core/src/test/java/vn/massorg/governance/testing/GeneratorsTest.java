package vn.massorg.governance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import vn.massorg.governance.model.AttendanceStatus;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.PeriodKind;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.Severity;
import vn.massorg.governance.validation.ValidationReport;

/** The shared generators keep their promises: valid records, every letter, every code. */
class GeneratorsTest {
  private static final GovernanceValidator VALIDATOR = GovernanceValidator.standard();

  /** Draws many values from a generator outside a property, for coverage checks. */
  static <T> List<T> sample(Gen<T> gen, int n, long seed) {
    java.util.Random random = new java.util.Random(seed);
    RandomnessSource source =
        new RandomnessSource() {
          @Override
          public long next(Constraint constraint) {
            long min = minOf(constraint);
            long max = maxOf(constraint);
            return min + (long) (random.nextDouble() * (max - min + 1));
          }

          @Override
          public DetatchedRandomnessSource detach() {
            throw new UnsupportedOperationException();
          }

          @Override
          public void registerFailedAssumption() {}
        };
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> gen.generate(source))
        .collect(Collectors.toList());
  }

  private static long minOf(Constraint c) {
    try {
      var m = Constraint.class.getDeclaredMethod("min");
      m.setAccessible(true);
      return (long) m.invoke(c);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long maxOf(Constraint c) {
    try {
      var m = Constraint.class.getDeclaredMethod("max");
      m.setAccessible(true);
      return (long) m.invoke(c);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("every generated valid record validates with no error")
  void validRecordsHaveNoErrors() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.validRecords())
        .checkAssert(
            r -> {
              ValidationReport report = VALIDATOR.validate(r);
              assertThat(report.findings(Severity.ERROR)).as(report.toString()).isEmpty();
            });
  }

  @Test
  @DisplayName("every generated complete record validates with no finding at all")
  void completeRecordsHaveNoFindings() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.completeRecords())
        .checkAssert(
            r ->
                assertThat(VALIDATOR.validate(r).getFindings())
                    .as(() -> VALIDATOR.validate(r).toString())
                    .isEmpty());
  }

  @Test
  @DisplayName("incomplete records have no error, and some lack facts")
  void incompleteRecordsHaveNoErrors() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.incompleteRecords())
        .checkAssert(
            r ->
                assertThat(VALIDATOR.validate(r).findings(Severity.ERROR))
                    .as(() -> VALIDATOR.validate(r).toString())
                    .isEmpty());
    long notChecked =
        sample(Generators.incompleteRecords(), 200, 7).stream()
            .filter(r -> !VALIDATOR.validate(r).findings(Severity.NOT_CHECKED).isEmpty())
            .count();
    assertThat(notChecked).isGreaterThan(100);
  }

  @Test
  @DisplayName("large records have hundreds of attendees and dozens of agenda items, no error")
  void largeRecords() {
    List<MeetingRecord> large = sample(Generators.largeRecords(), 20, 11);
    for (MeetingRecord r : large) {
      assertThat(r.getPeople().size()).isGreaterThanOrEqualTo(150);
      assertThat(VALIDATOR.validate(r).findings(Severity.ERROR)).isEmpty();
    }
    assertThat(large.stream().mapToInt(r -> r.getMeeting().getAgenda().size()).max().getAsInt())
        .isGreaterThanOrEqualTo(24);
    assertThat(
            large.stream()
                .filter(r -> r.getMeeting().getAttendance().isPresent())
                .mapToInt(r -> r.getMeeting().getAttendance().get().getEntries().size())
                .max()
                .getAsInt())
        .isGreaterThanOrEqualTo(200);
  }

  @Test
  @DisplayName("names and texts use every Vietnamese letter with every tone, in both cases")
  void everyLetterOccurs() {
    assertThat(Generators.vietnameseLetters()).hasSize(146);
    String names =
        String.join(" ", sample(Generators.givenNames(), 3000, 1))
            + String.join(" ", sample(Generators.vietnameseText(), 3000, 2));
    for (String letter : Generators.vietnameseLetters()) {
      assertThat(names).as("letter %s", letter).contains(letter);
    }
    assertThat(Normalizer.isNormalized(names, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  @DisplayName("nfd() decomposes every toned letter")
  void nfdDecomposes() {
    List<String> decomposed = sample(Generators.nfd(Generators.vietnameseText()), 200, 3);
    assertThat(decomposed).allMatch(s -> Normalizer.isNormalized(s, Normalizer.Form.NFD));
    assertThat(decomposed).anyMatch(s -> !Normalizer.isNormalized(s, Normalizer.Form.NFC));
  }

  @Test
  @DisplayName("code lists give every known code and custom codes")
  void everyCode() {
    Set<BodyKind> bodies = new HashSet<>(sample(Generators.bodyKinds(), 2000, 4));
    assertThat(bodies).containsAll(BodyKind.known()).anyMatch(k -> !k.isKnown());
    Set<PostKind> posts = new HashSet<>(sample(Generators.postKinds(), 2000, 5));
    assertThat(posts).containsAll(PostKind.known()).anyMatch(k -> !k.isKnown());
    assertThat(new HashSet<>(sample(Generators.attendanceStatuses(), 500, 6)))
        .isEqualTo(EnumSet.allOf(AttendanceStatus.class));
    assertThat(
            sample(Generators.statusHistories(false), 500, 6).stream()
                .map(h -> h.get(h.size() - 1))
                .collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(ReportStatus.class));
    assertThat(
            sample(Generators.reportingPeriods(), 500, 6).stream()
                .map(p -> p.getKind())
                .collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(PeriodKind.class));
  }

  @Test
  @DisplayName("recordsInBothForms builds the same record from NFD text as from NFC text")
  void bothForms() {
    sample(Generators.recordsInBothForms(), 50, 9)
        .forEach(
            pair -> {
              assertThat(pair._2).isEqualTo(pair._1);
              assertThat(pair._1.getPeople()).isNotEmpty();
            });
  }

  @Test
  @DisplayName("partial dates come at every precision")
  void everyPrecision() {
    List<PartialDate> dates = sample(Generators.partialDates(), 300, 8);
    assertThat(dates).anyMatch(d -> d.getMonth().isEmpty());
    assertThat(dates).anyMatch(d -> d.getMonth().isPresent() && d.getDay().isEmpty());
    assertThat(dates).anyMatch(PartialDate::isComplete);
  }

  @Test
  @DisplayName("the hand-built records: complete passes cleanly, seed-like only lacks facts")
  void handBuiltRecords() {
    assertThat(VALIDATOR.validate(Records.complete()).getFindings()).isEmpty();
    ValidationReport seed = VALIDATOR.validate(Records.seedLike());
    assertThat(seed.hasErrors()).isFalse();
    assertThat(seed.findings(Severity.NOT_CHECKED)).isNotEmpty();
  }
}
