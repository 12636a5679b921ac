package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.charter.ImmutableCharter;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.testing.Records;

/**
 * Every text the model stores is NFC, by the one mechanism of {@link ModelValue}: whichever way a
 * value is made (builder, {@code with*}, {@code copyOf}, {@code from}), from NFD input it holds NFC
 * and equals the value made from NFC input. The rule itself, generated into each type's normaliser,
 * agrees with {@link Normalizer}.
 */
class TextNormalisationTest {
  /** "é" decomposed: "e" and a combining acute accent. */
  private static final String DECOMPOSED = "e\u0301";

  private static final String COMPOSED = "\u00e9";

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static Person ke() {
    return Person.builder()
        .id("person.hoang-van-ke")
        .familyName("Hoàng")
        .middleName("Văn")
        .givenName("Kể")
        .build();
  }

  @Test
  @DisplayName("a builder given NFD text builds the value it builds from NFC text")
  void builders() {
    Person p =
        Person.builder()
            .id("person.hoang-van-ke")
            .familyName(nfd("Hoàng"))
            .middleName(nfd("Văn"))
            .givenName(nfd("Kể"))
            .build();
    assertThat(p.getFamilyName()).isEqualTo("Hoàng");
    assertThat(p.getMiddleName()).contains("Văn");
    assertThat(p.getGivenName()).isEqualTo("Kể");
    assertThat(p).isEqualTo(ke()).hasSameHashCodeAs(ke()).hasToString(ke().toString());
    assertThat(Person.builder().from(ke()).middleName(Optional.of(nfd("Văn"))).build())
        .isEqualTo(ke());

    BilingualText t = BilingualText.of(nfd("Báo cáo quý"), nfd("Café report"));
    assertThat(t.getVi()).isEqualTo("Báo cáo quý");
    assertThat(t.getEn()).contains("Café report");
    assertThat(t).isEqualTo(BilingualText.of("Báo cáo quý", "Café report"));

    Organisation o =
        Organisation.builder().from(Records.haiPhong()).abbreviation(nfd("Liên hiệp Hội")).build();
    assertThat(o.getAbbreviation()).contains("Liên hiệp Hội");
    assertThat(o).isEqualTo(Records.haiPhong());

    Report r = Report.builder().from(Records.q3Report()).documentNumber(nfd("12/BC-LHHĐ")).build();
    assertThat(r.getDocumentNumber()).contains("12/BC-LHHĐ");

    Charter c =
        ImmutableCharter.builder()
            .from(Charter.modelCharter())
            .putArticle(nfd("quorum.hội-nghị"), BilingualText.of("Điều 20"))
            .build();
    assertThat(c.getArticles())
        .containsKey("quorum.hội-nghị")
        .doesNotContainKey(nfd("quorum.hội-nghị"));
  }

  @Test
  @DisplayName("every with* method given NFD text gives the value made from NFC text")
  void withMethods() {
    ImmutablePerson p = ImmutablePerson.copyOf(ke());
    assertThat(p.withFamilyName(nfd("Hoàng"))).isEqualTo(p);
    assertThat(p.withMiddleName(nfd("Văn"))).isEqualTo(p);
    assertThat(p.withMiddleName(Optional.of(nfd("Văn")))).isEqualTo(p);
    assertThat(p.withGivenName(nfd("Ngọc")).getGivenName()).isEqualTo("Ngọc");

    ImmutableBilingualText t = ImmutableBilingualText.copyOf(BilingualText.of("Hội nghị"));
    assertThat(t.withVi(nfd("Hội nghị"))).isEqualTo(t);
    assertThat(t.withEn(nfd("Café")).getEn()).contains("Café");
    assertThat(t.withEn(Optional.of(nfd("Café")))).isEqualTo(t.withEn("Café"));

    ImmutableOrganisation o = ImmutableOrganisation.copyOf(Records.haiPhong());
    assertThat(o.withAbbreviation(nfd("Liên hiệp Hội"))).isEqualTo(o);
    ImmutableReport r = ImmutableReport.copyOf(Records.q3Report());
    assertThat(r.withDocumentNumber(nfd("12/BC-LHHĐ")).getDocumentNumber()).contains("12/BC-LHHĐ");

    ImmutableCharter c = ImmutableCharter.copyOf(Charter.modelCharter());
    Map<String, BilingualText> articles = new LinkedHashMap<>(c.getArticles());
    articles.put(nfd("quorum.hội-nghị"), BilingualText.of("Điều 20"));
    assertThat(c.withArticles(articles).getArticles()).containsKey("quorum.hội-nghị");
  }

  /**
   * A value that is not a generated one can hold NFD text; copyOf and from must not take it as it
   * is. (BilingualText, not Person: a type this test implements by hand would need an edit here for
   * every attribute it gains.)
   */
  @Test
  @DisplayName("copyOf and from, given a value that is not a generated one and holds NFD, give NFC")
  void copyOfAndFrom() {
    BilingualText decomposed =
        new BilingualText() {
          @Override
          public String getVi() {
            return nfd("Hội nghị Ban Thường vụ");
          }

          @Override
          public Optional<String> getEn() {
            return Optional.of(nfd("Café meeting"));
          }
        };
    BilingualText composed = BilingualText.of("Hội nghị Ban Thường vụ", "Café meeting");
    assertThat(ImmutableBilingualText.copyOf(decomposed)).isEqualTo(composed);
    assertThat(ImmutableBilingualText.builder().from(decomposed).build()).isEqualTo(composed);
    assertThat(ImmutableBilingualText.copyOf(decomposed).getVi())
        .isEqualTo("Hội nghị Ban Thường vụ");
  }

  @Test
  @DisplayName("text already in NFC is kept as given, the same string: nothing is copied")
  void nfcIsKept() {
    String family = new String("Hoàng".toCharArray());
    String vi =
        new String("Phó Chủ tịch kiêm Tổng Thư ký “Liên hiệp Hội” – quý III…".toCharArray());
    assertThat(Person.builder().from(ke()).familyName(family).build().getFamilyName())
        .isSameAs(family);
    assertThat(BilingualText.of(vi).getVi()).isSameAs(vi);
  }

  /**
   * Every text attribute of every type, found by reflection (each {@code with*(String)} method of a
   * generated class that is not an identifier's), given a decomposed ending through its {@code
   * with*} method, holds it composed: a type whose texts escaped the mechanism fails here, named.
   */
  @Test
  @DisplayName("every text attribute of every value type, set with NFD text, holds NFC")
  void everyTextAttribute() throws Exception {
    Map<Class<?>, Object> instances = instances(Records.complete(), Charter.modelCharter());
    Set<String> texts = new TreeSet<>();
    Set<String> notNfc = new TreeSet<>();
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : ConstructionInvariantsTest.VALUE_TYPES) {
      Class<?> immutable =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      for (Method with : immutable.getMethods()) {
        String attribute = attribute(with);
        if (attribute == null) {
          continue;
        }
        String name = type.getSimpleName() + "." + attribute;
        Object value = instances.get(type);
        if (value == null) {
          missing.add(name);
          continue;
        }
        texts.add(name);
        Object changed = with.invoke(value, "Thử nghiệm " + nfd("Hội") + DECOMPOSED);
        Object text = type.getMethod(getter(attribute)).invoke(changed);
        String stored = text instanceof Optional<?> o ? (String) o.orElseThrow() : (String) text;
        if (!stored.equals("Thử nghiệm Hội" + COMPOSED)) {
          notNfc.add(name);
        }
        Object composed = with.invoke(value, "Thử nghiệm Hội" + COMPOSED);
        assertThat(changed).as(name).isEqualTo(composed).hasSameHashCodeAs(composed);
      }
    }
    assertThat(missing).as("text attributes of types the records lack").isEmpty();
    assertThat(notNfc).as("text attributes kept decomposed").isEmpty();
    assertThat(texts)
        .contains(
            "BilingualText.en",
            "BilingualText.vi",
            "Organisation.abbreviation",
            "Person.familyName",
            "Person.givenName",
            "Person.middleName",
            "Report.documentNumber");
  }

  /** The text attribute a {@code withX(String)} method sets, or null: identifiers are skipped. */
  private static String attribute(Method with) {
    String n = with.getName();
    if (!n.startsWith("with")
        || n.length() == 4
        || with.getParameterCount() != 1
        || with.getParameterTypes()[0] != String.class
        || Modifier.isStatic(with.getModifiers())) {
      return null;
    }
    String attribute = Character.toLowerCase(n.charAt(4)) + n.substring(5);
    // An identifier's form is lowercase ASCII: its type's check refuses a decomposed one first.
    return attribute.equals("id") || attribute.endsWith("Id") ? null : attribute;
  }

  private static String getter(String attribute) {
    return "get" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
  }

  /** One value of each type reachable from the roots, by the abstract type it is a value of. */
  private static Map<Class<?>, Object> instances(Object... roots)
      throws IllegalAccessException, InvocationTargetException {
    Map<Class<?>, Object> found = new LinkedHashMap<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> todo = new ArrayDeque<>(List.of(roots));
    while (!todo.isEmpty()) {
      Object v = todo.pop();
      if (!(v instanceof ModelValue<?>) || seen.put(v, true) != null) {
        continue;
      }
      found.putIfAbsent(v.getClass().getSuperclass(), v);
      for (Method m : v.getClass().getMethods()) {
        if (m.getParameterCount() == 0 && m.getName().startsWith("get")) {
          Object r = m.invoke(v);
          if (r instanceof Optional<?> o) {
            o.ifPresent(todo::push);
          } else if (r instanceof Collection<?> c) {
            c.forEach(todo::push);
          } else if (r instanceof Map<?, ?> map) {
            map.values().forEach(todo::push);
          } else if (r != null) {
            todo.push(r);
          }
        }
      }
    }
    return found;
  }

  @Test
  @DisplayName("an identifier with a decomposed letter is refused as not an identifier, as before")
  void identifiers() {
    assertThatThrownBy(() -> Person.builder().from(ke()).id(nfd("person.kể")).build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("'id' không phải là mã định danh");
  }

  @Test
  @DisplayName("a map's keys that differ only in form are refused: one key cannot hold two values")
  void mapKeysThatMeetInNfc() {
    assertThatThrownBy(
            () ->
                ImmutableCharter.builder()
                    .from(Charter.modelCharter())
                    .putArticle("quorum.hội-nghị", BilingualText.of("Điều 20"))
                    .putArticle(nfd("quorum.hội-nghị"), BilingualText.of("Điều 21"))
                    .build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage(
            "'articles' có hai khoá chỉ khác nhau ở dạng chuẩn hoá Unicode: \"quorum.hội-nghị\"")
        .satisfies(
            e ->
                assertThat(((InvalidRecordException) e).getMessage(java.util.Locale.ENGLISH))
                    .isEqualTo(
                        "'articles' has two keys that differ only in their Unicode normalisation"
                            + " form: \"quorum.hội-nghị\""));
    assertThatThrownBy(
            () ->
                ImmutableCharter.builder()
                    .from(Charter.modelCharter())
                    .putArticle("quorum\uD800", BilingualText.of("Điều 20"))
                    .build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("'articles' có ký tự thay thế (surrogate) đơn lẻ U+D800");
  }

  @Test
  @DisplayName(
      "the rule agrees with the Normalizer on every character, and on every pair of the fast path")
  void agreesWithTheNormalizerOnEveryCharacterAndEveryPairOfTheFastPath() {
    for (int c = 0; c < 0x10000; c++) {
      String one = String.valueOf((char) c);
      if (Character.isSurrogate((char) c)) {
        assertThatThrownBy(() -> BilingualText.of(one))
            .as("U+%04X", c)
            .isInstanceOf(InvalidRecordException.class);
      } else {
        assertThat(BilingualText.of(one).getVi()).as("U+%04X", c).isEqualTo(nfc(one));
      }
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
          assertThat(BilingualText.of(pair).getVi()).as("%s", pair).isEqualTo(nfc(pair));
        }
      }
    }
  }

  @Test
  @DisplayName("property: any text is stored as the Normalizer's NFC of it")
  void propertyAgreesWithTheNormalizer() {
    String alphabet =
        "aAeoudđĐơưâêôăạếờữ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
            + "\u2013\u2014\u201c\u201d\u2026\u2000\u2001\u2028\u212b\u00c5\u0041\u030a\uac00\u1161"
            + " .,";
    Gen<String> texts =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, alphabet.length() - 1))
            .ofSizeBetween(0, 12)
            .map(
                is -> {
                  StringBuilder s = new StringBuilder();
                  is.forEach(i -> s.append(alphabet.charAt(i)));
                  return s.toString();
                });
    qt().withExamples(Generators.examples())
        .forAll(texts)
        .checkAssert(
            s -> {
              BilingualText t = BilingualText.of(s, s);
              assertThat(t.getVi()).as("%s", s).isEqualTo(nfc(s));
              assertThat(t.getEn()).contains(nfc(s));
              assertThat(t).isEqualTo(BilingualText.of(nfc(s), nfd(s)));
            });
  }
}
