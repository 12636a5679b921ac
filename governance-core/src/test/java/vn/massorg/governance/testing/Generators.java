package vn.massorg.governance.testing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.quicktheories.api.Pair;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.AcademicTitle;
import vn.massorg.governance.model.ActivityArea;
import vn.massorg.governance.model.ActivityResult;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.AttendanceEntry;
import vn.massorg.governance.model.AttendanceStatus;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.CodeListValue;
import vn.massorg.governance.model.Comment;
import vn.massorg.governance.model.Conclusion;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.DecisionOutcome;
import vn.massorg.governance.model.FormOfAddress;
import vn.massorg.governance.model.HoldingKind;
import vn.massorg.governance.model.ImmutableAgendaItem;
import vn.massorg.governance.model.ImmutableAttendance;
import vn.massorg.governance.model.ImmutableBody;
import vn.massorg.governance.model.ImmutableMeeting;
import vn.massorg.governance.model.ImmutableOrganisation;
import vn.massorg.governance.model.ImmutablePerson;
import vn.massorg.governance.model.ImmutablePost;
import vn.massorg.governance.model.ImmutableReport;
import vn.massorg.governance.model.ImmutableTerm;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.MemberUnit;
import vn.massorg.governance.model.MemberUnitKind;
import vn.massorg.governance.model.Organisation;
import vn.massorg.governance.model.OrganisationLevel;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.PeriodKind;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.model.SpeakerGroup;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.Threshold;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.model.VoteMethod;

/**
 * QuickTheories generators of the model's values and of whole valid {@link MeetingRecord}s, shared
 * by the tests of every module (governance-core's test-jar).
 *
 * <p>Every generated record is valid: {@code GovernanceValidator.standard().validate(record)}
 * reports no error. {@link #completeRecords()} gives records with every fact recorded, which pass
 * without any finding at all; {@link #incompleteRecords()} leaves optional facts out, as real
 * records reconstructed from news items do, so they may carry "not checked" findings.
 *
 * <p>Text is Vietnamese with every diacritic (all six tones on every vowel, ă â ê ô ơ ư đ, upper
 * and lower case); {@link #nfd(Gen)} gives the decomposed form some input methods produce, and
 * {@link #recordsInBothForms()} builds the same record from NFC and from NFD input.
 *
 * <p>The example count of a property is {@link #examples()}: the {@code governance.examples} system
 * property, 1000 by default.
 */
public final class Generators {
  /** Tone marks as combining characters: none, grave, acute, hook above, tilde, dot below. */
  private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};

  /** The twelve vowels of Vietnamese, with their vowel marks as combining characters. */
  private static final String[] VOWELS = {
    "a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"
  };

  private static final List<String> INITIALS =
      List.of(
          "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
          "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

  private static final List<String> FINALS =
      List.of("", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y");

  private static final List<String> FAMILY_NAMES =
      List.of(
          "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Ông", "Ứng", "Âu");

  private static final List<String> LETTERS = letters();

  private Generators() {}

  // --- configuration ---------------------------------------------------------------------------

  /**
   * The number of examples a property test checks: the {@code governance.examples} system property
   * (surefire passes it), 1000 when not set.
   *
   * @return the count, positive
   */
  public static int examples() {
    return Integer.getInteger("governance.examples", 1000);
  }

  // --- text ------------------------------------------------------------------------------------

  /**
   * Every vowel letter of Vietnamese with every tone (12 vowels × 6 tones), and đ, in lower and
   * upper case, NFC.
   *
   * @return the letters, not null, 146 entries
   */
  public static List<String> vietnameseLetters() {
    return LETTERS;
  }

  /**
   * One Vietnamese syllable, lowercase, NFC: an initial consonant (including đ), a vowel of {@link
   * #vietnameseLetters()} with any tone, a final; e.g. "đường", "kể", "ước".
   *
   * @return the generator, not null
   */
  public static Gen<String> syllables() {
    Gen<String> initial = Generate.pick(INITIALS);
    Gen<String> vowel = Generate.pick(List.of(VOWELS));
    Gen<String> tone = Generate.pick(List.of(TONES));
    Gen<String> fin = Generate.pick(FINALS);
    return in ->
        nfc(initial.generate(in) + vowel.generate(in) + tone.generate(in) + fin.generate(in));
  }

  /**
   * A family name (họ): a common one ("Nguyễn", "Đặng", "Ứng") or any capitalised syllable.
   *
   * @return the generator, not null, NFC
   */
  public static Gen<String> familyNames() {
    return Generate.oneOf(Generate.pick(FAMILY_NAMES), syllables().map(Generators::capitalise));
  }

  /**
   * A middle name (tên đệm): one or two capitalised syllables ("Văn", "Thị Ánh").
   *
   * @return the generator, not null, NFC
   */
  public static Gen<String> middleNames() {
    return words(syllables().map(Generators::capitalise), 1, 2);
  }

  /**
   * A given name (tên): one capitalised syllable, often beginning with a toned capital vowel
   * ("Ánh", "Ước", "Ổn").
   *
   * @return the generator, not null, NFC
   */
  public static Gen<String> givenNames() {
    Gen<String> vowelFirst =
        in ->
            nfc(
                capitalise(
                    Generate.pick(List.of(VOWELS)).generate(in)
                        + Generate.pick(List.of(TONES)).generate(in)
                        + Generate.pick(FINALS).generate(in)));
    return Generate.oneOf(syllables().map(Generators::capitalise), vowelFirst);
  }

  /**
   * Vietnamese text of one to eight words, each lowercase, capitalised or all upper case, so that
   * every letter of {@link #vietnameseLetters()} occurs in both cases.
   *
   * @return the generator, not null, NFC, never blank
   */
  public static Gen<String> vietnameseText() {
    Gen<Integer> casing = Generate.range(0, 2);
    Gen<String> word =
        in -> {
          String s = syllables().generate(in);
          return switch (casing.generate(in)) {
            case 0 -> s;
            case 1 -> capitalise(s);
            default -> s.toUpperCase(Locale.ROOT);
          };
        };
    return words(word, 1, 8);
  }

  /**
   * Plain English text of one to six words.
   *
   * @return the generator, not null, never blank
   */
  public static Gen<String> englishText() {
    return words(
        Generate.pick(
            List.of(
                "meeting",
                "Standing",
                "Committee",
                "report",
                "quarter",
                "union",
                "review",
                "plan",
                "tasks",
                "Executive",
                "congress",
                "results")),
        1,
        6);
  }

  /**
   * The same text decomposed (Unicode NFD), as some Vietnamese input methods write it: "ế" becomes
   * "e" + U+0302 + U+0301.
   *
   * @param gen the text, not null
   * @return the generator of the decomposed text, not null
   */
  public static Gen<String> nfd(Gen<String> gen) {
    return gen.map(Generators::toNfd);
  }

  /**
   * A bilingual text: Vietnamese, with an English version or without.
   *
   * @return the generator, not null
   */
  public static Gen<BilingualText> bilingualTexts() {
    Gen<String> vi = vietnameseText();
    Gen<Optional<String>> en = englishText().toOptionals(30);
    return in -> {
      String v = vi.generate(in);
      return en.generate(in).map(e -> BilingualText.of(v, e)).orElseGet(() -> BilingualText.of(v));
    };
  }

  // --- identifiers and codes -------------------------------------------------------------------

  /**
   * Identifiers of the model's form with a prefix: "person.x7", "body.ban-3.a_b:c".
   *
   * @param prefix the prefix, not null, itself of the identifier form
   * @return the generator, not null
   */
  public static Gen<String> identifiers(String prefix) {
    Gen<String> part =
        words(
            Generate.pick(List.of("a", "b", "ke", "ngoc", "x7", "9", "hai-phong", "q3", "2020")),
            1,
            3);
    Gen<String> sep = Generate.pick(List.of(".", "-", "_", ":"));
    return in -> prefix + sep.generate(in) + part.generate(in).replace(' ', '-');
  }

  /**
   * Codes of an organisation's own code-list entries, unknown to the library: "ban-tuyen-giao-2",
   * "x".
   *
   * @return the generator, not null
   */
  public static Gen<String> customCodes() {
    Gen<String> word =
        Generate.pick(
            List.of("ban", "tuyen", "giao", "hoi", "dong", "x", "lab", "khoa", "hoc", "2", "vn"));
    return in -> {
      String first = Generate.pick(List.of("custom", "rieng", "ban", "hoi")).generate(in);
      int n = Generate.range(0, 3).generate(in);
      StringBuilder code = new StringBuilder(first);
      for (int i = 0; i < n; i++) {
        code.append('-').append(word.generate(in));
      }
      return code.toString();
    };
  }

  /**
   * Body kinds: every known entry and custom ones.
   *
   * @return the generator, not null
   */
  public static Gen<BodyKind> bodyKinds() {
    return codeList(BodyKind.known(), BodyKind::of);
  }

  /**
   * Post kinds: every known entry and custom ones.
   *
   * @return the generator, not null
   */
  public static Gen<PostKind> postKinds() {
    return codeList(PostKind.known(), PostKind::of);
  }

  /**
   * Activity areas: every known entry and custom ones.
   *
   * @return the generator, not null
   */
  public static Gen<ActivityArea> activityAreas() {
    return codeList(ActivityArea.known(), ActivityArea::of);
  }

  /**
   * Member unit kinds: every known entry and custom ones.
   *
   * @return the generator, not null
   */
  public static Gen<MemberUnitKind> memberUnitKinds() {
    return codeList(MemberUnitKind.known(), MemberUnitKind::of);
  }

  /**
   * Organisation levels: every known entry and custom ones.
   *
   * @return the generator, not null
   */
  public static Gen<OrganisationLevel> organisationLevels() {
    return codeList(OrganisationLevel.known(), OrganisationLevel::of);
  }

  /**
   * Academic titles: every known entry and custom ones.
   *
   * @return the generator, not null
   */
  public static Gen<AcademicTitle> academicTitles() {
    return codeList(AcademicTitle.known(), AcademicTitle::of);
  }

  /**
   * Forms of address: every known entry and custom ones.
   *
   * @return the generator, not null
   */
  public static Gen<FormOfAddress> formsOfAddress() {
    return codeList(FormOfAddress.known(), FormOfAddress::of);
  }

  /**
   * Speaker groups: every known entry and custom ones.
   *
   * @return the generator, not null
   */
  public static Gen<SpeakerGroup> speakerGroups() {
    return codeList(SpeakerGroup.known(), SpeakerGroup::of);
  }

  // --- enumerations ----------------------------------------------------------------------------

  /**
   * Every meeting kind.
   *
   * @return the generator, not null
   */
  public static Gen<MeetingKind> meetingKinds() {
    return Generate.enumValues(MeetingKind.class);
  }

  /**
   * Every period kind.
   *
   * @return the generator, not null
   */
  public static Gen<PeriodKind> periodKinds() {
    return Generate.enumValues(PeriodKind.class);
  }

  /**
   * Every holding kind.
   *
   * @return the generator, not null
   */
  public static Gen<HoldingKind> holdingKinds() {
    return Generate.enumValues(HoldingKind.class);
  }

  /**
   * Every vote method.
   *
   * @return the generator, not null
   */
  public static Gen<VoteMethod> voteMethods() {
    return Generate.enumValues(VoteMethod.class);
  }

  /**
   * Every decision outcome.
   *
   * @return the generator, not null
   */
  public static Gen<DecisionOutcome> decisionOutcomes() {
    return Generate.enumValues(DecisionOutcome.class);
  }

  /**
   * Every attendance status.
   *
   * @return the generator, not null
   */
  public static Gen<AttendanceStatus> attendanceStatuses() {
    return Generate.enumValues(AttendanceStatus.class);
  }

  /**
   * Every report status.
   *
   * @return the generator, not null
   */
  public static Gen<ReportStatus> reportStatuses() {
    return Generate.enumValues(ReportStatus.class);
  }

  /**
   * Legal status histories: from draft, by legal transitions only, e.g. draft, presented,
   * commented, adopted.
   *
   * @param presented whether the history must reach at least the status presented
   * @return the generator, not null; histories are never empty
   */
  public static Gen<List<ReportStatus>> statusHistories(boolean presented) {
    return in -> {
      List<ReportStatus> history = new ArrayList<>(List.of(ReportStatus.DRAFT));
      int steps = Generate.range(presented ? 1 : 0, 3).generate(in);
      for (int i = 0; i < steps; i++) {
        ReportStatus last = history.get(history.size() - 1);
        List<ReportStatus> next = new ArrayList<>();
        for (ReportStatus s : ReportStatus.values()) {
          if (last.canMoveTo(s)) {
            next.add(s);
          }
        }
        if (next.isEmpty()) {
          break;
        }
        history.add(Generate.pick(next).generate(in));
      }
      return history;
    };
  }

  // --- dates, periods, thresholds --------------------------------------------------------------

  /**
   * Partial dates of every precision (year, month, day) between the years 1 and 9999, with month
   * ends and leap days likely.
   *
   * @return the generator, not null
   */
  public static Gen<PartialDate> partialDates() {
    return Generate.oneOf(
        Generate.range(1, 9999).map(PartialDate::ofYear),
        Generate.range(1, 9999).zip(Generate.range(1, 12), PartialDate::ofMonth),
        localDates(1, 9999).map(PartialDate::of));
  }

  /**
   * Partial dates of every precision within years.
   *
   * @param fromYear the first year, 1 to 9999
   * @param toYear the last year, at least {@code fromYear}
   * @return the generator, not null
   */
  public static Gen<PartialDate> partialDates(int fromYear, int toYear) {
    return Generate.oneOf(
        Generate.range(fromYear, toYear).map(PartialDate::ofYear),
        Generate.range(fromYear, toYear).zip(Generate.range(1, 12), PartialDate::ofMonth),
        localDates(fromYear, toYear).map(PartialDate::of));
  }

  /**
   * Calendar days within years, with month ends (including 29 February) likely.
   *
   * @param fromYear the first year
   * @param toYear the last year
   * @return the generator, not null
   */
  public static Gen<LocalDate> localDates(int fromYear, int toYear) {
    Gen<Integer> years = Generate.range(fromYear, toYear);
    Gen<Integer> months = Generate.range(1, 12);
    Gen<Integer> days = Generate.range(1, 31);
    Gen<Boolean> monthEnd = Generate.booleans();
    return in -> {
      int y = years.generate(in);
      int m = months.generate(in);
      int length = LocalDate.of(y, m, 1).lengthOfMonth();
      int d = monthEnd.generate(in) ? length : Math.min(days.generate(in), length);
      return LocalDate.of(y, m, d);
    };
  }

  /**
   * Reporting periods of every kind: quarters, halves, nine months, years.
   *
   * @return the generator, not null
   */
  public static Gen<ReportingPeriod> reportingPeriods() {
    Gen<PeriodKind> kinds = periodKinds();
    Gen<Integer> years = Generate.range(1, 9999);
    return in -> {
      PeriodKind kind = kinds.generate(in);
      int year = years.generate(in);
      return ReportingPeriod.of(kind, year, Generate.range(1, kind.getPerYear()).generate(in));
    };
  }

  /**
   * Thresholds, "at least" and "more than", between 0 and 1.
   *
   * @return the generator, not null
   */
  public static Gen<Threshold> thresholds() {
    Gen<Integer> denominators = Generate.range(1, 100);
    Gen<Boolean> strict = Generate.booleans();
    return in -> {
      int d = denominators.generate(in);
      if (strict.generate(in) && d > 1) {
        return Threshold.moreThan(Generate.range(0, d - 1).generate(in), d);
      }
      return Threshold.atLeast(Generate.range(0, d).generate(in), d);
    };
  }

  // --- model values on their own -----------------------------------------------------------------

  /**
   * People with Vietnamese names, academic titles and forms of address, and unique-looking ids.
   *
   * @return the generator, not null
   */
  public static Gen<Person> people() {
    Gen<Integer> ids = Generate.range(0, 1_000_000);
    return in -> person(new Draw(in, UnaryOperator.identity()), "person." + ids.generate(in));
  }

  /**
   * Organisations of every level, with or without abbreviation, parent and member units.
   *
   * @return the generator, not null
   */
  public static Gen<Organisation> organisations() {
    return in -> organisation(new Draw(in, UnaryOperator.identity()));
  }

  /**
   * Member units of every kind.
   *
   * @return the generator, not null
   */
  public static Gen<MemberUnit> memberUnits() {
    return in -> memberUnit(new Draw(in, UnaryOperator.identity()), 0);
  }

  /**
   * Vote counts, all zero or more.
   *
   * @return the generator, not null
   */
  public static Gen<VoteCount> voteCounts() {
    Gen<Integer> n = Generate.range(0, 500);
    return in ->
        VoteCount.builder()
            .inFavour(n.generate(in))
            .against(n.generate(in))
            .abstaining(n.generate(in))
            .build();
  }

  /**
   * Attendance counts, all zero or more, excused and absent sometimes not recorded.
   *
   * @return the generator, not null
   */
  public static Gen<AttendanceCounts> attendanceCounts() {
    Gen<Integer> n = Generate.range(0, 500);
    Gen<Optional<Integer>> o = n.toOptionals(30);
    return in ->
        AttendanceCounts.builder()
            .present(n.generate(in))
            .excused(o.generate(in))
            .absent(o.generate(in))
            .build();
  }

  /**
   * Post holdings of every kind, dated within 2019 to 2024 at every precision or not dated.
   *
   * @return the generator, not null
   */
  public static Gen<PostHolding> postHoldings() {
    Gen<Optional<PartialDate>> dates = partialDates(2019, 2024).toOptionals(40);
    return in -> {
      Optional<PartialDate> a = dates.generate(in);
      Optional<PartialDate> b = dates.generate(in);
      if (a.isPresent() && b.isPresent() && b.get().isCertainlyBefore(a.get())) {
        Optional<PartialDate> t = a;
        a = b;
        b = t;
      }
      return PostHolding.builder()
          .personId(identifiers("person").generate(in))
          .start(a)
          .end(b)
          .kind(holdingKinds().generate(in))
          .build();
    };
  }

  /**
   * Terms of every precision of start and end, five years long, with the standard bodies, and
   * holdings by people the term alone does not list.
   *
   * @return the generator, not null
   */
  public static Gen<Term> terms() {
    return records(10, Completeness.MIXED).map(MeetingRecord::getTerm);
  }

  /**
   * Meetings as they appear in valid records.
   *
   * @return the generator, not null
   */
  public static Gen<Meeting> meetings() {
    return records(10, Completeness.MIXED).map(MeetingRecord::getMeeting);
  }

  /**
   * Reports as they appear in valid records: every period kind, legal status histories.
   *
   * @return the generator, not null
   */
  public static Gen<Report> reports() {
    return records(5, Completeness.MIXED).map(r -> r.getReports().get(0));
  }

  /**
   * Attendance entries of every status; a substitute always names whom it stands for.
   *
   * @return the generator, not null
   */
  public static Gen<AttendanceEntry> attendanceEntries() {
    return in -> {
      AttendanceStatus status = attendanceStatuses().generate(in);
      Draw draw = new Draw(in, UnaryOperator.identity());
      return AttendanceEntry.builder()
          .personId(identifiers("person").generate(in))
          .status(status)
          .onBehalfOfId(
              status == AttendanceStatus.SUBSTITUTE
                  ? Optional.of(identifiers("member").generate(in))
                  : Optional.empty())
          .reason(draw.flip(30) ? Optional.of(draw.text()) : Optional.empty())
          .build();
    };
  }

  /**
   * Comments by a named speaker or by a speaker group (known or custom).
   *
   * @return the generator, not null
   */
  public static Gen<Comment> comments() {
    return in -> {
      Draw draw = new Draw(in, UnaryOperator.identity());
      return draw.flip(50)
          ? Comment.builder()
              .speakerId(identifiers("person").generate(in))
              .summary(draw.text())
              .build()
          : Comment.builder()
              .speakerGroup(speakerGroups().generate(in))
              .summary(draw.text())
              .build();
    };
  }

  /**
   * Decisions with and without votes, methods, required majorities and outcomes.
   *
   * @return the generator, not null
   */
  public static Gen<Decision> decisions() {
    return in -> {
      Draw draw = new Draw(in, UnaryOperator.identity());
      return Decision.builder()
          .title(draw.text())
          .method(voteMethods().toOptionals(30).generate(in))
          .votes(voteCounts().toOptionals(30).generate(in))
          .requiredMajority(thresholds().toOptionals(30).generate(in))
          .outcome(decisionOutcomes().toOptionals(30).generate(in))
          .build();
    };
  }

  // --- whole records -----------------------------------------------------------------------------

  /** How many of the optional facts a generated record records. */
  public enum Completeness {
    /** Every fact the rules need: the record passes with no finding at all. */
    COMPLETE,
    /** Optional facts left out at random, as in the seed: "not checked" findings, no error. */
    INCOMPLETE,
    /** Complete and incomplete records alike. */
    MIXED
  }

  /**
   * Valid records of every shape, complete and incomplete, of up to 20 members in the meeting's
   * body: no error with {@code GovernanceValidator.standard()}.
   *
   * @return the generator, not null
   */
  public static Gen<MeetingRecord> validRecords() {
    return records(20, Completeness.MIXED);
  }

  /**
   * Valid records of a size: up to {@code size} members in the meeting's body, and up to {@code
   * max(2, size / 10)} agenda items.
   *
   * @param size the largest body, at least 5
   * @return the generator, not null
   */
  public static Gen<MeetingRecord> validRecords(int size) {
    return records(size, Completeness.MIXED);
  }

  /**
   * Records that record every fact the rules need (exact meeting date, seats, per-person attendance
   * with counts, chair, presented reports, votes, full-time flags), of a regular meeting of the
   * Executive or Standing Committee whose term starts before 2020: they validate with no finding at
   * all, and {@link RuleMutations} can break each rule in them.
   *
   * @return the generator, not null
   */
  public static Gen<MeetingRecord> completeRecords() {
    return records(20, Completeness.COMPLETE);
  }

  /**
   * Complete records of a size (see {@link #completeRecords()} and {@link #validRecords(int)}).
   *
   * @param size the largest body, at least 5
   * @return the generator, not null
   */
  public static Gen<MeetingRecord> completeRecords(int size) {
    return records(size, Completeness.COMPLETE);
  }

  /**
   * Records with optional facts left out at random (the date or its precision, the attendance,
   * seats, the chair, full-time flags, English texts), like the seed: they may have "not checked"
   * findings and never an error.
   *
   * @return the generator, not null
   */
  public static Gen<MeetingRecord> incompleteRecords() {
    return records(20, Completeness.INCOMPLETE);
  }

  /**
   * Large meetings: bodies of 150 to 400 members and dozens of agenda items.
   *
   * @return the generator, not null
   */
  public static Gen<MeetingRecord> largeRecords() {
    return in ->
        new RecordDraw(new Draw(in, UnaryOperator.identity()), 400, 150, Completeness.MIXED)
            .build();
  }

  /**
   * Valid records of any size and completeness.
   *
   * @param size the largest body, at least 5
   * @param completeness how many optional facts are recorded, not null
   * @return the generator, not null
   */
  public static Gen<MeetingRecord> records(int size, Completeness completeness) {
    if (size < 5) {
      throw new IllegalArgumentException("size must be at least 5: " + size);
    }
    return in ->
        new RecordDraw(new Draw(in, UnaryOperator.identity()), size, 5, completeness).build();
  }

  /**
   * The same record built twice from the same draws: first from NFC text, then from the NFD form of
   * every text (names, titles, abbreviations, summaries). Since the model normalises on the way in,
   * the two are expected to be equal.
   *
   * @return pairs (built from NFC, built from NFD), not null
   */
  public static Gen<Pair<MeetingRecord, MeetingRecord>> recordsInBothForms() {
    return in -> {
      Recording recording = new Recording(in);
      MeetingRecord nfc =
          new RecordDraw(new Draw(recording, UnaryOperator.identity()), 20, 5, Completeness.MIXED)
              .build();
      MeetingRecord nfd =
          new RecordDraw(
                  new Draw(new Replay(recording.values), Generators::toNfd),
                  20,
                  5,
                  Completeness.MIXED)
              .build();
      return Pair.of(nfc, nfd);
    };
  }

  // --- helpers ---------------------------------------------------------------------------------

  static String toNfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    String first = s.substring(0, s.offsetByCodePoints(0, 1));
    return nfc(first.toUpperCase(Locale.ROOT) + s.substring(first.length()));
  }

  private static Gen<String> words(Gen<String> word, int min, int max) {
    Gen<Integer> count = Generate.range(min, max);
    return in -> {
      int n = count.generate(in);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < n; i++) {
        out.append(i == 0 ? "" : " ").append(word.generate(in));
      }
      return out.toString();
    };
  }

  private static <T extends CodeListValue> Gen<T> codeList(List<T> known, Function<String, T> of) {
    return Generate.oneOf(Generate.pick(known), Generate.pick(known), customCodes().map(of));
  }

  private static List<String> letters() {
    Set<String> out = new LinkedHashSet<>();
    for (String v : VOWELS) {
      for (String t : TONES) {
        String lower = nfc(v + t);
        out.add(lower);
        out.add(nfc(lower.toUpperCase(Locale.ROOT)));
      }
    }
    out.add("đ");
    out.add("Đ");
    return List.copyOf(out);
  }

  private static Person person(Draw d, String id) {
    ImmutablePerson.Builder b =
        Person.builder()
            .id(id)
            .familyName(d.form(familyNames().generate(d.in)))
            .givenName(d.form(givenNames().generate(d.in)));
    if (d.flip(80)) {
      b.middleName(d.form(middleNames().generate(d.in)));
    }
    if (d.flip(40)) {
      b.academicTitle(academicTitles().generate(d.in));
    } else if (d.flip(50)) {
      b.formOfAddress(formsOfAddress().generate(d.in));
    }
    return b.build();
  }

  private static MemberUnit memberUnit(Draw d, int i) {
    return MemberUnit.builder()
        .id("unit." + i)
        .name(d.text())
        .kind(memberUnitKinds().generate(d.in))
        .build();
  }

  private static Organisation organisation(Draw d) {
    ImmutableOrganisation.Builder b =
        Organisation.builder()
            .id(identifiers("org").generate(d.in))
            .name(d.text())
            .level(organisationLevels().generate(d.in));
    if (d.flip(70)) {
      String abbreviation =
          d.form(words(syllables().map(Generators::capitalise), 1, 3).generate(d.in));
      b.abbreviation(abbreviation);
    }
    if (d.flip(50)) {
      b.parentId("org.vusta");
    }
    int units = d.range(0, 4);
    for (int i = 0; i < units; i++) {
      b.addMemberUnit(memberUnit(d, i));
    }
    return b.build();
  }

  /** The random draws of one record, with the text form (NFC or NFD) its strings are given in. */
  private static final class Draw {
    final RandomnessSource in;
    final UnaryOperator<String> form;

    Draw(RandomnessSource in, UnaryOperator<String> form) {
      this.in = in;
      this.form = form;
    }

    int range(int min, int max) {
      return Generate.range(min, max).generate(in);
    }

    boolean flip(int percentTrue) {
      return range(1, 100) <= percentTrue;
    }

    <T> T pick(List<T> items) {
      return items.get(range(0, items.size() - 1));
    }

    String form(String text) {
      return form.apply(text);
    }

    BilingualText text() {
      String vi = form(vietnameseText().generate(in));
      return flip(70) ? BilingualText.of(vi, englishText().generate(in)) : BilingualText.of(vi);
    }
  }

  /** Records every draw of a source, so that a second build can replay them. */
  private static final class Recording implements RandomnessSource {
    final RandomnessSource in;
    final List<Long> values = new ArrayList<>();

    Recording(RandomnessSource in) {
      this.in = in;
    }

    @Override
    public long next(Constraint constraint) {
      long value = in.next(constraint);
      values.add(value);
      return value;
    }

    @Override
    public DetatchedRandomnessSource detach() {
      throw new UnsupportedOperationException("the record generators never detach");
    }

    @Override
    public void registerFailedAssumption() {
      in.registerFailedAssumption();
    }
  }

  /** Gives back the draws a {@link Recording} saw, in order. */
  private static final class Replay implements RandomnessSource {
    final Iterator<Long> values;

    Replay(List<Long> values) {
      this.values = values.iterator();
    }

    @Override
    public long next(Constraint constraint) {
      return values.next();
    }

    @Override
    public DetatchedRandomnessSource detach() {
      throw new UnsupportedOperationException("the record generators never detach");
    }

    @Override
    public void registerFailedAssumption() {
      // a replay makes the same choices as the recording, which passed
    }
  }

  /**
   * Builds one valid record from draws. The structure follows a union: an Executive Committee, a
   * Standing Committee within it, a Standing Office within that, optionally a Party Delegation, an
   * Inspection Committee and a body of a custom kind; the meeting is of the Executive or Standing
   * Committee (or of a congress body, in mixed records).
   */
  private static final class RecordDraw {
    final Draw d;
    final int maxMembers;
    final int minMembers;
    final boolean complete;
    final List<Person> people = new ArrayList<>();
    int termStartYear;
    PartialDate termStart;
    PartialDate termEnd;

    RecordDraw(Draw d, int maxMembers, int minMembers, Completeness completeness) {
      this.d = d;
      this.maxMembers = maxMembers;
      this.minMembers = Math.min(minMembers, maxMembers);
      this.complete =
          completeness == Completeness.COMPLETE
              || (completeness == Completeness.MIXED && d.flip(50));
    }

    /** Whether an optional fact is recorded: always in a complete record. */
    boolean recorded(int percent) {
      return complete || d.flip(percent);
    }

    String newPerson() {
      String id = "person." + people.size();
      people.add(person(d, id));
      return id;
    }

    PartialDate dateOf(int year, int precision, int month, int day) {
      return switch (precision) {
        case 0 -> PartialDate.ofYear(year);
        case 1 -> PartialDate.ofMonth(year, month);
        default ->
            PartialDate.of(
                LocalDate.of(
                    year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth())));
      };
    }

    Optional<PartialDate> holdingStart() {
      return d.flip(30) ? Optional.of(termStart) : Optional.empty();
    }

    PostHolding holding(String personId, HoldingKind kind, boolean endMayBeStated) {
      // Some holdings run to the term's end, stated; the rest leave the end unrecorded.
      Optional<PartialDate> end =
          endMayBeStated && d.flip(30) ? Optional.of(termEnd) : Optional.empty();
      return PostHolding.builder()
          .personId(personId)
          .start(holdingStart())
          .end(end)
          .kind(kind)
          .build();
    }

    Post post(
        String id,
        PostKind kind,
        Optional<Boolean> fullTime,
        List<String> holders,
        boolean anyKind) {
      ImmutablePost.Builder b = Post.builder().id(id).kind(kind).fullTime(fullTime);
      if (d.flip(15)) {
        b.title(d.text());
      }
      // Only the Inspection Committee, which no generated meeting is a sitting of, states ends:
      // on the sitting body's posts, a mutation moving the meeting past the term would also
      // end the chair's or a member's holding, and the rule it aims at would not break alone.
      boolean endMayBeStated = id.startsWith("post.bkt.");
      for (String h : holders) {
        b.addHolding(
            holding(
                h, anyKind ? holdingKinds().generate(d.in) : HoldingKind.REGULAR, endMayBeStated));
      }
      return b.build();
    }

    MeetingRecord build() {
      Organisation organisation = organisation(d);

      // The term: five years by the year, its start and end at any precision.
      termStartYear = d.range(complete ? 1995 : 1990, complete ? 2019 : 2035);
      int month = d.range(1, 12);
      int day = d.range(1, 28);
      termStart = dateOf(termStartYear, d.range(0, 2), month, day);
      termEnd = dateOf(termStartYear + 5, d.range(0, 2), month, day);
      if (termEnd.isCertainlyBefore(termStart)) {
        termEnd = PartialDate.ofYear(termStartYear + 5);
      }

      // The Executive Committee: chairman, vice-chairmen (full-time and part-time),
      // secretary-general, members.
      int execSize = d.range(Math.max(minMembers, 5), Math.max(5, maxMembers));
      List<String> exec = new ArrayList<>();
      for (int i = 0; i < execSize; i++) {
        exec.add(newPerson());
      }
      String chairman = exec.get(0);
      int vices = d.range(1, 3);
      List<String> viceChairmen = exec.subList(1, 1 + vices);
      boolean partyDelegation = d.flip(50);
      int maxFullTime = partyDelegation ? 3 : 2;
      int fullTimeCount = d.range(0, Math.min(vices, maxFullTime));
      List<String> fullTime = viceChairmen.subList(0, fullTimeCount);
      List<String> partTime = viceChairmen.subList(fullTimeCount, vices);
      boolean flagsRecorded = recorded(70);
      String secretaryGeneral = d.flip(50) ? viceChairmen.get(0) : exec.get(1 + vices);
      PostKind viceKind = d.flip(30) ? PostKind.STANDING_VICE_CHAIRMAN : PostKind.VICE_CHAIRMAN;

      List<String> standing = new ArrayList<>(exec.subList(0, 1 + vices));
      if (!standing.contains(secretaryGeneral)) {
        standing.add(secretaryGeneral);
      }
      int standingExtra = d.range(0, Math.max(0, execSize - standing.size()));
      for (String p : exec) {
        if (standingExtra == 0) {
          break;
        }
        if (!standing.contains(p)) {
          standing.add(p);
          standingExtra--;
        }
      }

      List<Body> bodies = new ArrayList<>();
      bodies.add(
          committee(
              "bch",
              BodyKind.EXECUTIVE_COMMITTEE,
              Optional.empty(),
              exec,
              chairman,
              fullTime,
              partTime,
              flagsRecorded,
              viceKind,
              Optional.of(secretaryGeneral)));
      bodies.add(
          committee(
              "btv",
              BodyKind.STANDING_COMMITTEE,
              Optional.of("body.bch"),
              standing,
              chairman,
              fullTime,
              partTime,
              flagsRecorded,
              viceKind,
              Optional.of(secretaryGeneral)));
      List<String> office = new ArrayList<>(exec.subList(0, 1 + vices));
      bodies.add(
          committee(
              "tt",
              BodyKind.STANDING_OFFICE,
              Optional.of("body.btv"),
              office,
              chairman,
              fullTime,
              partTime,
              flagsRecorded,
              viceKind,
              Optional.empty()));
      if (partyDelegation) {
        List<String> members =
            new ArrayList<>(standing.subList(0, Math.min(standing.size(), d.range(2, 5))));
        ImmutableBody.Builder party =
            Body.builder()
                .id("body.dang-doan")
                .kind(BodyKind.PARTY_DELEGATION)
                .name(BilingualText.of(d.form("Đảng đoàn"), "Party Delegation"))
                .addPost(
                    post(
                        "post.dd.bi-thu",
                        PostKind.PARTY_SECRETARY,
                        Optional.empty(),
                        List.of(chairman),
                        false))
                .addPost(
                    post(
                        "post.dd.pho-bi-thu",
                        PostKind.PARTY_DEPUTY_SECRETARY,
                        Optional.empty(),
                        List.of(members.get(1)),
                        false))
                .addPost(post("post.dd.uy-vien", PostKind.MEMBER, Optional.empty(), members, true));
        if (recorded(50)) {
          party.seats(members.size());
        }
        bodies.add(party.build());
      }
      if (d.flip(40)) {
        List<String> inspection = new ArrayList<>();
        int n = d.range(1, 4);
        for (int i = 0; i < n; i++) {
          inspection.add(newPerson());
        }
        bodies.add(
            Body.builder()
                .id("body.ban-kiem-tra")
                .kind(BodyKind.INSPECTION_COMMITTEE)
                .name(BilingualText.of(d.form("Ban Kiểm tra"), "Inspection Committee"))
                .seats(n)
                .addPost(
                    post(
                        "post.bkt.truong-ban",
                        PostKind.HEAD,
                        Optional.empty(),
                        List.of(inspection.get(0)),
                        false))
                .addPost(
                    post("post.bkt.uy-vien", PostKind.MEMBER, Optional.empty(), inspection, true))
                .build());
      }
      if (d.flip(30)) {
        // A body of the organisation's own kind, with a post of its own kind.
        BodyKind kind = BodyKind.of(customCodes().generate(d.in));
        PostKind postKind = PostKind.of(customCodes().generate(d.in));
        List<String> members = new ArrayList<>(exec.subList(0, d.range(1, execSize)));
        bodies.add(
            Body.builder()
                .id("body.rieng")
                .kind(kind)
                .name(d.text())
                .addPost(post("post.rieng", postKind, Optional.empty(), members, true))
                .build());
      }

      // The meeting's body.
      boolean congress = !complete && d.flip(10);
      String bodyId;
      List<String> members;
      Threshold quorum;
      if (congress) {
        List<String> delegates = new ArrayList<>(exec);
        int more = d.range(0, Math.max(0, maxMembers - execSize));
        for (int i = 0; i < more; i++) {
          delegates.add(newPerson());
        }
        Body body =
            Body.builder()
                .id("body.dai-hoi")
                .kind(BodyKind.CONGRESS)
                .name(BilingualText.of(d.form("Đại hội đại biểu"), "Congress of delegates"))
                .seats(delegates.size())
                .addPost(
                    post(
                        "post.dh.dai-bieu",
                        PostKind.of("delegate"),
                        Optional.empty(),
                        delegates,
                        false))
                .build();
        bodies.add(body);
        bodyId = body.getId();
        members = delegates;
        quorum = Threshold.moreThan(1, 2);
      } else if (d.flip(50)) {
        bodyId = "body.bch";
        members = exec;
        quorum = Charter.modelCharter().getQuorum().get(BodyKind.EXECUTIVE_COMMITTEE);
      } else {
        bodyId = "body.btv";
        members = standing;
        quorum = Charter.modelCharter().getQuorum().get(BodyKind.STANDING_COMMITTEE);
      }

      // Guests and substitutes come from outside the body.
      List<String> outsiders = new ArrayList<>();
      int guests = d.range(0, 3);
      for (int i = 0; i < guests; i++) {
        outsiders.add(newPerson());
      }

      Term term =
          ImmutableTerm.builder()
              .id("term." + termStartYear + "-" + (termStartYear + 5))
              .ordinal(recorded(60) ? Optional.of(d.range(1, 30)) : Optional.empty())
              .start(termStart)
              .end(termEnd)
              .openingCongressId(
                  recorded(40) ? Optional.of("congress." + termStartYear) : Optional.empty())
              .workProgramme(d.flip(50) ? Optional.of(d.text()) : Optional.empty())
              .bodies(bodies)
              .build();

      // The meeting's date: within the term, certainly; partial or absent when incomplete.
      Optional<PartialDate> date = Optional.empty();
      int meetingYear = d.range(termStartYear + 1, termStartYear + 4);
      if (recorded(60)) {
        int precision = complete ? 2 : d.range(0, 2);
        date = Optional.of(dateOf(meetingYear, precision, d.range(1, 12), d.range(1, 31)));
      }
      ReportingPeriod reviewed = reviewedPeriod(date, meetingYear);

      // Attendance: a quorum attends, the rest excused, absent or represented.
      Optional<Attendance> attendance = Optional.empty();
      int attending = members.size();
      if (recorded(60)) {
        int notAttending = d.range(0, members.size() - quorum.minimumOf(members.size()));
        List<AttendanceEntry> entries = new ArrayList<>();
        int substitutes = 0;
        attending = 0;
        for (int i = 0; i < members.size(); i++) {
          String p = members.get(i);
          if (i > 0 && i >= members.size() - notAttending) {
            AttendanceStatus status =
                d.pick(
                    List.of(
                        AttendanceStatus.EXCUSED,
                        AttendanceStatus.ABSENT,
                        AttendanceStatus.REPRESENTED));
            entries.add(
                AttendanceEntry.builder()
                    .personId(p)
                    .status(status)
                    .reason(
                        status == AttendanceStatus.EXCUSED && d.flip(50)
                            ? Optional.of(d.text())
                            : Optional.empty())
                    .build());
            if (status == AttendanceStatus.REPRESENTED && substitutes < 2) {
              String substitute = newPerson();
              outsiders.add(substitute);
              entries.add(
                  AttendanceEntry.builder()
                      .personId(substitute)
                      .status(AttendanceStatus.SUBSTITUTE)
                      .onBehalfOfId(p)
                      .build());
              substitutes++;
              attending++;
            }
          } else {
            entries.add(
                AttendanceEntry.builder()
                    .personId(p)
                    .status(d.flip(85) ? AttendanceStatus.PRESENT : AttendanceStatus.REMOTE)
                    .build());
            attending++;
          }
        }
        for (int g = 0; g < guests; g++) {
          entries.add(
              AttendanceEntry.builder()
                  .personId(outsiders.get(g))
                  .status(AttendanceStatus.GUEST)
                  .build());
        }
        ImmutableAttendance.Builder a = Attendance.builder().entries(entries);
        if (recorded(60)) {
          int excused = 0;
          int absent = 0;
          for (AttendanceEntry e : entries) {
            excused += e.getStatus() == AttendanceStatus.EXCUSED ? 1 : 0;
            absent += e.getStatus() == AttendanceStatus.ABSENT ? 1 : 0;
          }
          a.counts(
              AttendanceCounts.builder()
                  .present(attending)
                  .excused(recorded(70) ? Optional.of(excused) : Optional.empty())
                  .absent(recorded(70) ? Optional.of(absent) : Optional.empty())
                  .build());
        }
        attendance = Optional.of(a.build());
      }

      // Reports: the one reviewed, presented; sometimes an earlier annual report.
      List<Report> reports = new ArrayList<>();
      reports.add(report("report.main", reviewed, true));
      if (d.flip(30)) {
        reports.add(
            report("report.nam-truoc", ReportingPeriod.year(reviewed.getYear() - 1), false));
      }

      // The agenda: the report presented, commented on and concluded; then other items.
      String presenter = d.pick(List.of(secretaryGeneral, viceChairmen.get(0), chairman));
      List<String> speakers = new ArrayList<>(members);
      List<AgendaItem> agenda = new ArrayList<>();
      ImmutableAgendaItem.Builder first =
          AgendaItem.builder()
              .title(d.text())
              .addPresentation(
                  Presentation.builder()
                      .presenterId(presenter)
                      .document(d.text())
                      .reportId("report.main")
                      .build());
      comments(first, speakers);
      first.conclusion(
          Conclusion.builder()
              .speakerId(chairman)
              .summary(d.text())
              .addDirection(d.text())
              .forPeriod(d.flip(70) ? Optional.of(reviewed.next()) : Optional.empty())
              .build());
      agenda.add(first.build());
      int more = d.range(0, Math.max(1, maxMembers / 10));
      for (int i = 0; i < more; i++) {
        ImmutableAgendaItem.Builder item = AgendaItem.builder().title(d.text());
        if (d.flip(20)) {
          item.chairId(d.pick(office));
        }
        if (d.flip(50)) {
          item.addPresentation(
              Presentation.builder().presenterId(d.pick(exec)).document(d.text()).build());
        }
        comments(item, speakers);
        int decisions = d.range(0, 2);
        for (int k = 0; k < decisions; k++) {
          item.addDecision(
              decision(
                  attending,
                  congress
                      ? Optional.empty()
                      : Optional.of(
                          Charter.modelCharter()
                              .getResolutionMajority()
                              .get(
                                  bodyId.equals("body.bch")
                                      ? BodyKind.EXECUTIVE_COMMITTEE
                                      : BodyKind.STANDING_COMMITTEE))));
        }
        agenda.add(item.build());
      }

      ImmutableMeeting.Builder meeting =
          Meeting.builder()
              .id("meeting." + termStartYear + "-" + meetingYear)
              .bodyId(bodyId)
              .kind(
                  congress
                      ? MeetingKind.CONGRESS
                      : complete
                          ? MeetingKind.REGULAR
                          : d.pick(List.of(MeetingKind.REGULAR, MeetingKind.EXTRAORDINARY)))
              .title(d.text())
              .reviewedPeriod(recorded(80) ? Optional.of(reviewed) : Optional.empty())
              .date(date)
              .venue(d.flip(50) ? Optional.of(d.text()) : Optional.empty())
              .recorderId(d.flip(50) ? Optional.of(d.pick(members)) : Optional.empty())
              .attendance(attendance)
              .agenda(agenda);
      if (recorded(80)) {
        meeting.chairId(chairman);
      }
      return MeetingRecord.builder()
          .organisation(organisation)
          .term(term)
          .people(people)
          .meeting(meeting.build())
          .reports(reports)
          .build();
    }

    Body committee(
        String code,
        BodyKind kind,
        Optional<String> parent,
        List<String> members,
        String chairman,
        List<String> fullTime,
        List<String> partTime,
        boolean flagsRecorded,
        PostKind viceKind,
        Optional<String> secretaryGeneral) {
      ImmutableBody.Builder b =
          Body.builder()
              .id("body." + code)
              .kind(kind)
              .name(
                  BilingualText.of(
                      d.form(kind.getLabel().get().getVi()), kind.getLabel().get().getEn().get()))
              .parentId(parent);
      Set<String> holders = new LinkedHashSet<>();
      b.addPost(
          post(
              "post." + code + ".chu-tich",
              PostKind.CHAIRMAN,
              Optional.empty(),
              List.of(chairman),
              false));
      holders.add(chairman);
      if (!fullTime.isEmpty()) {
        b.addPost(
            post(
                "post." + code + ".pct-chuyen-trach",
                viceKind,
                flagsRecorded ? Optional.of(true) : Optional.empty(),
                fullTime,
                false));
        holders.addAll(fullTime);
      }
      if (!partTime.isEmpty()) {
        b.addPost(
            post(
                "post." + code + ".pct-kiem-nhiem",
                viceKind,
                flagsRecorded ? Optional.of(false) : Optional.empty(),
                partTime,
                false));
        holders.addAll(partTime);
      }
      if (secretaryGeneral.isPresent()) {
        b.addPost(
            post(
                "post." + code + ".tong-thu-ky",
                PostKind.SECRETARY_GENERAL,
                Optional.empty(),
                List.of(secretaryGeneral.get()),
                false));
        holders.add(secretaryGeneral.get());
      }
      List<String> rest = new ArrayList<>();
      for (String m : members) {
        if (!holders.contains(m)) {
          rest.add(m);
        }
      }
      if (!rest.isEmpty()) {
        b.addPost(post("post." + code + ".uy-vien", PostKind.MEMBER, Optional.empty(), rest, true));
      }
      // A complete record gives the seats of every committee; as many as the members listed.
      if (kind.equals(BodyKind.STANDING_OFFICE) ? recorded(30) && !complete : recorded(70)) {
        b.seats(holders.size() + rest.size());
      }
      return b.build();
    }

    /** A period that certainly ended before the meeting (any period when it is not dated). */
    ReportingPeriod reviewedPeriod(Optional<PartialDate> date, int meetingYear) {
      LocalDate before = date.map(PartialDate::getEarliest).orElse(LocalDate.of(meetingYear, 1, 1));
      List<ReportingPeriod> candidates = new ArrayList<>();
      for (int y = before.getYear() - 1; y <= before.getYear(); y++) {
        for (PeriodKind kind : PeriodKind.values()) {
          for (int n = 1; n <= kind.getPerYear(); n++) {
            ReportingPeriod p = ReportingPeriod.of(kind, y, n);
            if (p.getEnd().isBefore(before)) {
              candidates.add(p);
            }
          }
        }
      }
      return d.pick(candidates);
    }

    Report report(String id, ReportingPeriod period, boolean presented) {
      ImmutableReport.Builder b =
          Report.builder()
              .id(id)
              .title(d.text())
              .period(period)
              .statusHistory(statusHistories(presented).generate(d.in));
      if (d.flip(50)) {
        b.documentNumber(
            d.range(1, 999)
                + "/"
                + d.pick(List.of("BC", "BB", "NQ", "TB", "KH"))
                + "-"
                + d.pick(List.of("LHH", "ĐĐ", "LHHĐ", "BTV")));
      }
      int results = d.range(0, 5);
      for (int i = 0; i < results; i++) {
        b.addResult(
            ActivityResult.builder()
                .area(activityAreas().generate(d.in))
                .summary(d.flip(60) ? Optional.of(d.text()) : Optional.empty())
                .build());
      }
      if (d.flip(60)) {
        b.resultsComplete(d.flip(50));
      }
      int context = d.range(0, 3);
      for (int i = 0; i < context; i++) {
        b.addContext(d.text());
      }
      int tasks = d.range(0, 3);
      for (int i = 0; i < tasks; i++) {
        b.addTasksForNextPeriod(d.text());
      }
      return b.build();
    }

    void comments(ImmutableAgendaItem.Builder item, List<String> speakers) {
      int n = d.range(0, 3);
      for (int i = 0; i < n; i++) {
        if (d.flip(50)) {
          item.addComment(Comment.builder().speakerId(d.pick(speakers)).summary(d.text()).build());
        } else {
          item.addComment(
              Comment.builder()
                  .speakerGroup(speakerGroups().generate(d.in))
                  .summary(d.text())
                  .build());
        }
      }
    }

    /** A decision whose votes fit the attendance and whose outcome agrees with its majority. */
    Decision decision(int attending, Optional<Threshold> charterMajority) {
      int inFavour = d.range(0, attending);
      int against = d.range(0, attending - inFavour);
      int abstaining = d.range(0, attending - inFavour - against);
      Optional<Threshold> required =
          d.flip(30) ? Optional.of(thresholds().generate(d.in)) : Optional.empty();
      Optional<Threshold> majority = required.or(() -> charterMajority);
      Optional<DecisionOutcome> outcome = Optional.empty();
      if (majority.isPresent() && d.flip(80)) {
        outcome =
            Optional.of(
                majority.get().isMetBy(inFavour, attending)
                    ? DecisionOutcome.ADOPTED
                    : DecisionOutcome.REJECTED);
      }
      return Decision.builder()
          .title(d.text())
          .method(d.flip(70) ? Optional.of(voteMethods().generate(d.in)) : Optional.empty())
          .votes(
              VoteCount.builder()
                  .inFavour(inFavour)
                  .against(against)
                  .abstaining(abstaining)
                  .build())
          .requiredMajority(required)
          .outcome(outcome)
          .build();
    }
  }
}
