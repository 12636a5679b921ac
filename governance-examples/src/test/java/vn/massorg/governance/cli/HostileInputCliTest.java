package vn.massorg.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.json.corpus.HostileInputs;

/**
 * The library's hostile-input corpus ({@link HostileInputs}: 100,000-level nesting, 100 MB strings,
 * invalid UTF-8, UTF-16, comments, gadget shapes...) fed through {@code validate}, as a document on
 * standard input and as one line of a JSON Lines archive between two good records. Each gives exit
 * status 2, exactly one line that says where (line and column), and no stack trace; in an archive,
 * the records after the bad line are still checked.
 *
 * <p>The huge cases are generated as they are read, never held in memory or stored in git; an
 * archive is written to a temporary file, streamed, and removed after its case.
 */
class HostileInputCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final byte[] SEED =
      GovernanceJson.strict()
          .write(HaiPhongStandingCommitteeQ3_2020.record())
          .getBytes(StandardCharsets.UTF_8);

  /** What the CLI calls standard input in its lines. */
  private static final String STDIN = "(đầu vào chuẩn)";

  private static final Pattern STDIN_LINE =
      Pattern.compile(
          Pattern.quote(STDIN) + ":[1-9][0-9]*:[1-9][0-9]*: ERROR format\\.[a-z.-]+ /\\S*: \\S.*");

  /** Cases that hold a raw line break and so are not one line of an archive. */
  private static final Set<String> NOT_ONE_LINE = ConcurrentHashMap.newKeySet();

  @TempDir static Path dir;

  static List<HostileInputs.Input> cases() {
    return HostileInputs.all();
  }

  @AfterAll
  static void mostCasesWereAlsoArchiveLines() {
    // Only a case with a raw line break in it cannot be one line; the corpus has two.
    assertThat(NOT_ONE_LINE).hasSizeLessThanOrEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aDocumentOnStandardInputGivesOneLocatedLine(HostileInputs.Input c) throws IOException {
    CliRun run;
    try (InputStream in = c.open()) {
      run = CliRun.with(in, new Terminal(false, 1), "validate", "-");
    }
    assertNoStackTrace(run);
    assertThat(run.status).as(run.toString()).isEqualTo(GovernanceCli.UNREADABLE);
    assertThat(run.errLines()).as(run.toString()).isEmpty();
    assertThat(run.outLines()).as(run.toString()).singleElement().asString().matches(STDIN_LINE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aDocumentOnStandardInputGivesOneJsonFindingWithItsLocation(HostileInputs.Input c)
      throws IOException {
    CliRun run;
    try (InputStream in = c.open()) {
      run = CliRun.with(in, new Terminal(false, 1), "validate", "--format", "json", "-");
    }
    assertNoStackTrace(run);
    assertThat(run.status).as(run.toString()).isEqualTo(GovernanceCli.UNREADABLE);
    assertThat(run.err).isEmpty();
    JsonNode report = MAPPER.readTree(run.out);
    assertThat(report.get("status").asInt()).isEqualTo(GovernanceCli.UNREADABLE);
    JsonNode record = report.get("files").get(0).get("records").get(0);
    assertThat(report.get("files").get(0).get("records")).hasSize(1);
    assertThat(record.get("parsed").asBoolean(true)).isFalse();
    JsonNode finding = record.get("findings").get(0);
    assertThat(record.get("findings")).hasSize(1);
    assertThat(finding.get("code").asText()).startsWith("format.");
    assertThat(finding.get("arguments").get("line").asInt()).isPositive();
    assertThat(finding.get("arguments").get("column").asInt()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aLineOfAnArchiveGivesOneLocatedLineAndTheNextRecordIsChecked(HostileInputs.Input c)
      throws IOException {
    Path archive = dir.resolve("hostile.jsonl");
    long lineBreaks;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16);
        InputStream in = c.open()) {
      out.write(SEED);
      out.write('\n');
      lineBreaks = copyCountingLineBreaks(in, out);
      out.write('\n');
      out.write(SEED);
      out.write('\n');
    }
    try {
      if (lineBreaks > 0) {
        NOT_ONE_LINE.add(c.name());
        return;
      }
      CliRun run = CliRun.of("validate", archive.toString());
      assertNoStackTrace(run);
      assertThat(run.status).as(run.toString()).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.errLines()).as(run.toString()).isEmpty();
      String name = Pattern.quote(archive.toString());
      List<String> second =
          run.outLines().stream()
              .filter(l -> l.startsWith(archive + ":2:"))
              .collect(Collectors.toList());
      assertThat(second)
          .as(run.toString())
          .singleElement()
          .asString()
          .matches(name + ":2:[1-9][0-9]*: ERROR format\\.[a-z.-]+ /\\S*: \\S.*");
      // Every line says which line of the archive it is about; the third record was checked.
      assertThat(run.outLines())
          .as(run.toString())
          .allMatch(l -> l.matches(name + ":[123]:.*"))
          .anyMatch(l -> l.startsWith(archive + ":3: NOT_CHECKED "));
    } finally {
      Files.delete(archive);
    }
  }

  /** Copies a generated stream, counting its line breaks (also used by HostileCliCheck). */
  static long copyCountingLineBreaks(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long breaks = 0;
    // readNBytes fills the buffer: the generated streams hand out a few bytes a call.
    for (int n = in.readNBytes(buffer, 0, buffer.length);
        n > 0;
        n = in.readNBytes(buffer, 0, buffer.length)) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          breaks++;
        }
      }
      out.write(buffer, 0, n);
    }
    return breaks;
  }

  private static void assertNoStackTrace(CliRun run) {
    assertThat(run.out + run.err)
        .as(run.toString())
        .doesNotContain("Exception", "at java.", "\tat ", "Error:", "vn.massorg.governance.json.");
  }
}
