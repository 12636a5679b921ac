package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import vn.massorg.governance.testing.Generators;

/**
 * The scanners that replace regular expressions and Unicode tables on the reading path agree
 * with what they replace: {@link Checks#isId} with {@link Checks#ID}, {@link Checks#isNfc} with
 * {@link Normalizer}, and {@link Checks#unique} finds every duplicate, in short and long lists.
 */
class ChecksTest {
  /** Identifier characters, their neighbours in ASCII, and a few that look alike. */
  private static final String ID_ALPHABET = "az09._:-/`{@AZ ạđ\u0130\u212A";

  @Test
  void isIdAgreesWithThePatternOnEverySingleAndPairOfCharacters() {
    List<String> samples = new ArrayList<>();
    samples.add("");
    for (char c = 0; c < 0x180; c++) {
      samples.add(String.valueOf(c));
      samples.add("a" + c);
      samples.add(c + "a");
      samples.add("a" + c + "a");
    }
    for (String s : samples) {
      assertThat(Checks.isId(s)).as("isId(%s)", s).isEqualTo(Checks.ID.matcher(s).matches());
    }
  }

  @Test
  void propertyIsIdAgreesWithThePattern() {
    Gen<String> ids = SourceDSL.integers().between(0, 103).flatMap(n ->
        SourceDSL.lists().of(SourceDSL.integers().between(0, ID_ALPHABET.length() - 1))
            .ofSize(n).map(is -> {
              StringBuilder s = new StringBuilder();
              is.forEach(i -> s.append(ID_ALPHABET.charAt(i)));
              return s.toString();
            }));
    qt().withExamples(Generators.examples()).forAll(ids).checkAssert(s ->
        assertThat(Checks.isId(s)).as("isId(%s)", s).isEqualTo(Checks.ID.matcher(s).matches()));
  }

  @Test
  void isNfcAgreesWithTheNormalizerOnEveryCharacterAndEveryPairOfTheFastPath() {
    for (int c = 0; c < 0x10000; c++) {
      String one = String.valueOf((char) c);
      assertThat(Checks.isNfc(one)).as("U+%04X", c)
          .isEqualTo(Normalizer.isNormalized(one, Normalizer.Form.NFC));
    }
    // The fast path answers for texts made only of its characters: every pair of them, in both
    // orders, must be NFC for the answer to be right.
    StringBuilder fast = new StringBuilder();
    for (char c = 0; c < 0x300; c++) {
      fast.append(c);
    }
    for (char c = '\u1E00'; c <= '\u1EFF'; c++) {
      fast.append(c);
    }
    for (char c = '\u2010'; c <= '\u2027'; c++) {
      fast.append(c);
    }
    for (int i = 0; i < fast.length(); i++) {
      for (int j = 0; j < fast.length(); j++) {
        String pair = "" + fast.charAt(i) + fast.charAt(j);
        if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
          assertThat(Checks.isNfc(pair)).as("%s", pair).isFalse();
        }
      }
    }
  }

  @Test
  void propertyIsNfcAgreesWithTheNormalizer() {
    String alphabet = "aAeoudđĐơưâêôăạếờữ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
        + "\u2013\u2014\u201c\u201d\u2026\u2000\u2001\u2028\u212b\u00c5\u0041\u030a\uac00\u1161"
        + " .,";
    Gen<String> texts = SourceDSL.lists()
        .of(SourceDSL.integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 12)
        .map(is -> {
          StringBuilder s = new StringBuilder();
          is.forEach(i -> s.append(alphabet.charAt(i)));
          return s.toString();
        });
    qt().withExamples(Generators.examples()).forAll(texts).checkAssert(s -> {
      assertThat(Checks.isNfc(s)).as("%s", s)
          .isEqualTo(Normalizer.isNormalized(s, Normalizer.Form.NFC));
      assertThat(Checks.nfc(s)).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFC));
    });
  }

  @Test
  void uniqueFindsTheDuplicateInShortAndLongLists() {
    for (int n = 2; n <= 40; n++) {
      for (int dup = 1; dup < n; dup++) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          ids.add("id-" + i);
        }
        ids.set(dup, "id-" + (dup - 1));
        String expected = "id-" + (dup - 1);
        assertThatThrownBy(() -> Checks.unique(ids, Function.identity(), "things"))
            .isInstanceOf(InvalidRecordException.class)
            .hasMessageContaining("\"" + expected + "\"").hasMessageContaining("'things'");
      }
      List<String> distinct = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        distinct.add("id-" + i);
      }
      Checks.unique(distinct, Function.identity(), "things");
    }
    Checks.unique(List.<String>of(), Function.identity(), "things");
    Checks.unique(List.of("one"), Function.identity(), "things");
  }
}
