package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import vn.massorg.governance.testing.Generators;

/**
 * The scanners that replace regular expressions on the reading path agree with what they replace:
 * {@link Checks#isId} with {@link Checks#ID_FORM}, {@link Threshold#parse} with its form's
 * expression, and {@link Checks#unique} finds every duplicate, in short and long lists. (The NFC
 * scanner, which replaces Unicode's tables, is generated: TextNormalisationTest holds it to {@link
 * java.text.Normalizer}.)
 */
class ChecksTest {
  private static final Pattern ID = Pattern.compile(Checks.ID_FORM);

  /** The written form of a threshold, as its javadoc and the schema define it. */
  private static final Pattern THRESHOLD = Pattern.compile("(>=|>)(\\d{1,4})/(\\d{1,4})");

  /** Threshold characters, digits of other scripts, and their neighbours. */
  private static final String THRESHOLD_ALPHABET = ">=/0123456789<-+ \u0663\uFF12";

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
      assertThat(Checks.isId(s)).as("isId(%s)", s).isEqualTo(ID.matcher(s).matches());
    }
  }

  /**
   * Texts of up to {@code maxLength} characters drawn from an alphabet: what a hand-written scanner
   * is held to its regular expression on.
   */
  static Gen<String> textsOver(String alphabet, int maxLength) {
    return SourceDSL.integers()
        .between(0, maxLength)
        .flatMap(
            n ->
                SourceDSL.lists()
                    .of(SourceDSL.integers().between(0, alphabet.length() - 1))
                    .ofSize(n)
                    .map(
                        is -> {
                          StringBuilder s = new StringBuilder();
                          is.forEach(i -> s.append(alphabet.charAt(i)));
                          return s.toString();
                        }));
  }

  @Test
  void propertyIsIdAgreesWithThePattern() {
    Gen<String> ids = textsOver(ID_ALPHABET, 103);
    qt().withExamples(Generators.examples())
        .forAll(ids)
        .checkAssert(
            s -> assertThat(Checks.isId(s)).as("isId(%s)", s).isEqualTo(ID.matcher(s).matches()));
  }

  @Test
  void propertyThresholdParseAcceptsExactlyItsForm() {
    Gen<String> texts =
        SourceDSL.integers()
            .between(0, 12)
            .flatMap(
                n ->
                    SourceDSL.lists()
                        .of(SourceDSL.integers().between(0, THRESHOLD_ALPHABET.length() - 1))
                        .ofSize(n)
                        .map(
                            is -> {
                              StringBuilder s =
                                  new StringBuilder(
                                      is.isEmpty() || is.get(0) % 3 == 0 ? ">=" : ">");
                              is.forEach(i -> s.append(THRESHOLD_ALPHABET.charAt(i)));
                              return s.toString();
                            }));
    qt().withExamples(Generators.examples()).forAll(texts).checkAssert(ChecksTest::thresholdAgrees);
    for (String s :
        new String[] {
          ">=2/3",
          ">1/2",
          ">=0/1",
          ">9999/9999",
          ">=10000/1",
          ">1/",
          ">=/2",
          "=2/3",
          ">>1/2",
          ">=1/2/3",
          ">=1//2",
          ">1/2 ",
          " >1/2",
          ">=\u0662/3",
          ""
        }) {
      thresholdAgrees(s);
    }
  }

  private static void thresholdAgrees(String s) {
    Matcher m = THRESHOLD.matcher(s);
    if (!m.matches()) {
      assertThatThrownBy(() -> Threshold.parse(s))
          .as(s)
          .isInstanceOf(InvalidRecordException.class)
          .hasMessageContaining("dạng");
      return;
    }
    boolean strict = m.group(1).equals(">");
    int numerator = Integer.parseInt(m.group(2));
    int denominator = Integer.parseInt(m.group(3));
    if (denominator >= 1 && numerator <= denominator && !(strict && numerator == denominator)) {
      Threshold t = Threshold.parse(s);
      assertThat(t.isStrict()).as(s).isEqualTo(strict);
      assertThat(t.getNumerator()).as(s).isEqualTo(numerator);
      assertThat(t.getDenominator()).as(s).isEqualTo(denominator);
    } else {
      assertThatThrownBy(() -> Threshold.parse(s))
          .as(s)
          .isInstanceOf(InvalidRecordException.class)
          .hasMessageContaining("khoảng 0 đến 1");
    }
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
            .hasMessageContaining("\"" + expected + "\"")
            .hasMessageContaining("'things'");
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

  @Test
  void uniqueFindsDuplicatesFarApartAndAmongEqualHashes() {
    // "Aa" and "BB" have the same hash code, so every string made of them collides with every
    // other of its length: the table's probing, not its hashing, has to tell them apart.
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        s.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(s.toString());
    }
    assertThat(colliding.stream().map(String::hashCode).distinct()).hasSize(1);
    Checks.unique(colliding, Function.identity(), "things");
    for (int dup : new int[] {1, 100, 255}) {
      List<String> withDuplicate = new ArrayList<>(colliding);
      withDuplicate.set(dup, colliding.get(dup / 2));
      assertThatThrownBy(() -> Checks.unique(withDuplicate, Function.identity(), "things"))
          .hasMessageContaining("\"" + colliding.get(dup / 2) + "\"");
    }
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add("person." + i);
    }
    Checks.unique(many, Function.identity(), "things");
    many.set(4999, "person.0");
    assertThatThrownBy(() -> Checks.unique(many, Function.identity(), "things"))
        .hasMessageContaining("\"person.0\"");
  }
}
