package vn.massorg.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020;
import vn.massorg.governance.json.GovernanceJson;

/**
 * Whatever the input, the command line answers with its exit status and one line per problem, never
 * a stack trace: the seed's JSON damaged at random places (characters deleted, doubled, replaced by
 * JSON punctuation, digits, letters or non-ASCII), read as a document from standard input and as a
 * line of an archive.
 */
class BadInputPropertyTest {
  private static final String SEED =
      GovernanceJson.strict().write(HaiPhongStandingCommitteeQ3_2020.record());
  private static final String NOISE =
      "{}[]\":,0123456789-.eE+ \n\ttrfalsenul\\uÀ\u0301ệ\uD83D\uDE00";
  private static final int EXAMPLES = Integer.getInteger("governance.examples", 1000);

  @TempDir Path dir;

  @Test
  void aDamagedDocumentGivesAStatusAndLinesNotATrace() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(1, 6))
        .checkAssert(
            (seed, damage) -> {
              String document = damaged(SEED, new Random(seed), damage);
              CliRun run = CliRun.withInput(document, "validate", "-");
              assertNoTrace(run);
              assertThat(run.err).as(run.toString()).isEmpty();
              if (run.status == GovernanceCli.UNREADABLE) {
                assertThat(run.outLines())
                    .as(run.toString())
                    .singleElement()
                    .asString()
                    .matches("\\(đầu vào chuẩn\\):\\d+:\\d+: ERROR format\\.[a-z-]+ /.*: .+");
              }
            });
  }

  @Test
  void aDamagedArchiveLineIsReportedAndTheOtherLinesStillChecked() {
    qt().withExamples(Math.max(1, EXAMPLES / 5))
        .forAll(longs().all(), integers().between(1, 6))
        .checkAssert(
            (seed, damage) -> {
              String line = damaged(SEED, new Random(seed), damage).replace('\n', ' ');
              Path archive = write(SEED + "\n" + line + "\n" + SEED + "\n");
              CliRun run = CliRun.of("validate", "--lang", "en", archive.toString());
              assertNoTrace(run);
              assertThat(run.err).as(run.toString()).isEmpty();
              assertThat(run.outLines())
                  .anyMatch(l -> l.startsWith(archive + ":1: "))
                  .anyMatch(l -> l.startsWith(archive + ":3: "));
            });
  }

  private static void assertNoTrace(CliRun run) {
    assertThat(run.status).as(run.toString()).isBetween(0, 2);
    assertThat(run.out + run.err)
        .as(run.toString())
        .doesNotContain("\tat ", "Exception", "Caused by", "vn.massorg.governance.");
  }

  private static String damaged(String text, Random random, int times) {
    StringBuilder b = new StringBuilder(text);
    for (int i = 0; i < times && b.length() > 0; i++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(3)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, b.charAt(at));
        default -> b.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
      }
    }
    return b.toString();
  }

  private Path write(String content) {
    try {
      // A surrogate cut in half becomes '?': the bytes of a file are what a user has.
      return Files.write(
          Files.createTempFile(dir, "damaged", ".jsonl"), content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
