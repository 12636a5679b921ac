package vn.massorg.governance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Report;

/**
 * Every regular expression in the library's main code, across its modules, is known here with the
 * reason it cannot be made to recurse or backtrack without bound by input; a new one fails this
 * test until it is added with its reason (or replaced by a scanner, as codes, identifiers,
 * thresholds and dates are). Java's engine recurses once per repetition of a group, so a pattern
 * such as {@code (?:-[a-z0-9]+)*} on a long input overflows the stack.
 */
class RegularExpressionsTest {
  private static final Pattern USE =
      Pattern.compile(
          "Pattern\\.compile\\(|\\.matches\\(\"|@Pattern\\(|replaceAll\\(|replaceFirst\\("
              + "|\\.split\\(\"(?!/\"\\))");

  /** File, and how many uses it has, with the reason each is safe. */
  private static final Map<String, Integer> KNOWN =
      Map.of(
          // The document number: group repetition bounded ({0,4}), every quantifier bounded, so
          // a failed match costs at most a few hundred steps whatever the length: see below.
          // The generated FieldRules compiles it once; FieldRuleSupport names the model's
          // other @Pattern in a comment (it tests that one without a regular expression).
          "governance-core/src/main/java/vn/massorg/governance/model/Report.java", 1,
          "governance-core/src/main/java/vn/massorg/governance/validation/rules/FieldRules.java", 1,
          "governance-core/src/main/java/vn/massorg/governance/validation/rules/FieldRuleSupport.java",
              1,
          // Checks.NOT_BLANK on optional texts, (?s).*\S.*: single-character repetitions, which
          // Java matches in a loop, not by recursion: see below.
          "governance-core/src/main/java/vn/massorg/governance/model/Person.java", 1,
          "governance-core/src/main/java/vn/massorg/governance/model/Organisation.java", 1,
          "governance-core/src/main/java/vn/massorg/governance/model/BilingualText.java", 1,
          // The lenient format version, its length checked to be at most 6 first.
          "governance-json/src/main/java/vn/massorg/governance/json/ReaderSupport.java", 1);

  @Test
  void everyRegularExpressionInMainCodeIsKnownWithItsReason() throws IOException {
    Path root = Path.of("..");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> root.relativize(f).toString().matches("governance-[a-z-]+/src/main/.*"))
              .filter(f -> !root.relativize(f).startsWith("governance-benchmarks"))
              // Build time only: it writes "Pattern.compile(" into FieldRules, it runs none.
              .filter(f -> !root.relativize(f).startsWith("governance-format-generator"))
              .collect(Collectors.toList())) {
        String text = read(file);
        Matcher m = USE.matcher(text);
        while (m.find()) {
          found.add(root.relativize(file).toString().replace('\\', '/'));
        }
      }
    }
    Map<String, Long> counts =
        found.stream().collect(Collectors.groupingBy(f -> f, Collectors.counting()));
    Map<String, Long> known =
        KNOWN.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue()));
    assertThat(counts)
        .as(
            "regular expressions in main code; add a new one to KNOWN with the "
                + "reason it cannot recurse or backtrack without bound, or use a scanner")
        .isEqualTo(known);
  }

  @Test
  void thePatternsThatMeetInputFinishOnLongHostileTexts() {
    Pattern number = Pattern.compile(Report.DOCUMENT_NUMBER_FORM);
    for (String hostile :
        new String[] {
          "1/A" + "-A".repeat(500_000),
          "1".repeat(1_000_000),
          "1/" + "A".repeat(1_000_000),
          "1/AB" + "-ABCDEFGHIJKL".repeat(80_000) + "!"
        }) {
      assertThat(number.matcher(hostile).matches()).isFalse();
    }
    // Through a host's Jakarta validator, which runs @Pattern itself.
    Validator host = Validation.buildDefaultValidatorFactory().getValidator();
    for (String hostile :
        new String[] {" ".repeat(1_000_000), "\n".repeat(1_000_000), " a".repeat(500_000)}) {
      BilingualText text = BilingualText.of("Hội nghị", hostile);
      assertThat(host.validate(text)).hasSize(hostile.isBlank() ? 1 : 0);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
