package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import vn.massorg.governance.json.mutation.Mutations;
import vn.massorg.governance.json.mutation.Mutations.Mutant;
import vn.massorg.governance.testing.Generators;

/**
 * The mutation engine itself: it breaks every document it is given, in every way it names, the same
 * way every run, and within the document limit; a property built on it would otherwise pass on
 * documents that were never broken.
 */
class MutationsTest {
  private static final byte[] FULL =
      GovernanceJson.strict()
          .write(Samples.everyAttribute())
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void theSystematicListHasEveryOperatorChangesTheDocumentAndIsTheSameEveryRun() {
    List<Mutant> all = Mutations.systematic(FULL);
    List<Mutant> again = Mutations.systematic(FULL);
    assertThat(all.size()).isGreaterThan(3000).isEqualTo(again.size());
    Set<String> operators = new TreeSet<>();
    for (int i = 0; i < all.size(); i += 7) {
      Mutant m = all.get(i);
      operators.add(m.operator());
      assertThat(Arrays.equals(m.document(), FULL)).as("unchanged: %s", m).isFalse();
      assertThat(m.document().length)
          .as(m.operator())
          .isLessThanOrEqualTo(Mutations.DOCUMENT_LIMIT);
      if (!m.operator().equals("many-tokens")
          && !m.operator().equals("astral")
          && !m.operator().equals("lengthen")) {
        assertThat(again.get(i)).isEqualTo(m);
      }
    }
    assertThat(operators).containsExactlyInAnyOrderElementsOf(Mutations.OPERATORS);
    // One operator's list is the same mutants as its part of the whole list.
    List<Mutant> bytes = Mutations.systematic(FULL, "bytes"::equals);
    int before =
        Mutations.systematic(
                FULL, o -> Mutations.OPERATORS.indexOf(o) < Mutations.OPERATORS.indexOf("bytes"))
            .size();
    assertThat(all.subList(before, before + bytes.size())).isEqualTo(bytes);
  }

  /** A tree keeps one of two equal names: the engine writes both, as bytes. */
  @Test
  void aDocumentNestedPastTheTreeDepthIsBrokenOnlyAsBytes() {
    // Two nestings stacked: walking such a tree by recursion overflowed the test's stack.
    String doc = new String(FULL, java.nio.charset.StandardCharsets.UTF_8);
    int depth = 2 * Mutations.MAX_TREE_DEPTH;
    byte[] deep =
        (doc.substring(0, doc.length() - 1)
                + ",\"x\":"
                + "[".repeat(depth)
                + "1"
                + "]".repeat(depth)
                + "}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    qt().withExamples(100)
        .forAll(Mutations.of(in -> deep))
        .checkAssert(
            m ->
                assertThat(m.operator().split("\\+"))
                    .as(m.toString())
                    .allMatch(o -> o.equals("truncate") || o.equals("bytes")));
  }

  @Test
  void aDuplicatedMemberIsInTheBytesTwice() {
    ObjectMapper strict =
        JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    long duplicates =
        Mutations.systematic(FULL, "duplicate-member"::equals).stream()
            .peek(
                m -> {
                  assertThat(catchThrowable(() -> strict.readTree(m.document())))
                      .as(m.toString())
                      .hasMessageContaining("Duplicate field");
                  assertThat(Docs.parse(m.document()).isObject()).isTrue();
                })
            .count();
    assertThat(duplicates).isGreaterThan(200);
  }

  @Test
  void generatedMutantsAreBrokenAndNamed() {
    qt().withExamples(Generators.examples())
        .forAll(Mutations.of(Generate.constant(FULL)))
        .checkAssert(
            m -> {
              assertThat(Arrays.equals(m.document(), FULL)).as("unchanged: %s", m).isFalse();
              assertThat(Arrays.asList(m.operator().split("\\+"))).isSubsetOf(Mutations.OPERATORS);
              assertThat(m.pointer().split("\\+", -1)).hasSameSizeAs(m.operator().split("\\+"));
            });
  }

  /** A counter-example shows the place the mutant names, not only the document's start. */
  @Test
  void aMutantIsDescribedAroundItsPlace() {
    Mutant m =
        Mutations.systematic(FULL, "retype"::equals).stream()
            .filter(x -> x.pointer().equals("/reports/0/resultsComplete"))
            .findFirst()
            .orElseThrow();
    assertThat(m.toString())
        .startsWith("retype at '/reports/0/resultsComplete' (")
        .contains("\"resultsComplete\":null")
        .hasSizeLessThan(400);
  }

  @Test
  void anOversizedDocumentIsTheSameValuePastTheLimit() {
    Mutant m = Mutations.oversized(FULL);
    assertThat(m.document().length).isGreaterThan(Mutations.DOCUMENT_LIMIT + 1);
    assertThat(new String(m.document(), java.nio.charset.StandardCharsets.UTF_8).length())
        .isEqualTo(Mutations.DOCUMENT_LIMIT + 1);
    assertThat(m.toString()).startsWith("oversized at '' (").contains(" bytes): {\"format\"");
    assertThat(Docs.parse(m.document())).isEqualTo(Docs.parse(FULL));
  }
}
