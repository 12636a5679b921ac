package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The edges of the strict reader that whole-document tests pass by: surrogate pairs at the end of a
 * string, the exact limit of unknown members kept, byte order marks of exactly their own length and
 * inside an archive, every input type of {@code readAndValidate}, and a report written in the
 * middle of other JSON.
 */
class ReadingEdgesTest {
  private static final GovernanceJson STRICT = GovernanceJson.strict();
  private static final GovernanceJson LENIENT = GovernanceJson.lenient();
  private static final String NAME = "/organisation/name/vi";

  private static GovernanceJsonException refused(GovernanceJson json, byte[] input) {
    return catchThrowableOfType(GovernanceJsonException.class, () -> json.read(input));
  }

  @Test
  void aSurrogatePairThatEndsAStringIsKept() {
    MeetingRecord record = STRICT.read(Docs.with(NAME, "\"Hội \\ud83d\\ude00\""));
    assertThat(record.getOrganisation().getName().getVi()).isEqualTo("Hội \ud83d\ude00");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"Hội \\ud83d\"",
        "\"\\ude00 Hội\"",
        "\"Hội \\ud83dx\"",
        "\"Hội \\ude00\\ud83d\""
      })
  void anUnpairedSurrogateAnywhereInAStringIsRefused(String value) {
    GovernanceJsonException e =
        catchThrowableOfType(
            GovernanceJsonException.class, () -> STRICT.read(Docs.with(NAME, value)));
    assertThat(e).as(value).isNotNull();
    assertThat(e.getCode()).isEqualTo("format.value");
    assertThat(e.getPointer()).isEqualTo(NAME);
  }

  @Test
  void theLenientReaderKeepsExactlyTheLimitOfUnknownMembers() {
    int limit = JsonSetup.MAX_UNKNOWN_MEMBERS;
    String atLimit = Docs.edited(t -> unknowns((ObjectNode) t.get("meeting"), limit));
    assertThat(LENIENT.readDocument(atLimit).getUnknownMembers().get("/meeting")).hasSize(limit);
    String over = Docs.edited(t -> unknowns((ObjectNode) t.get("meeting"), limit + 1));
    GovernanceJsonException e =
        catchThrowableOfType(GovernanceJsonException.class, () -> LENIENT.readDocument(over));
    assertThat(e).isNotNull();
    assertThat(e.getCode()).isEqualTo("format.limit");
    assertThat(e.getPointer()).isEqualTo("/meeting/u" + limit);
  }

  private static void unknowns(ObjectNode object, int n) {
    for (int i = 0; i < n; i++) {
      object.set("u" + i, IntNode.valueOf(i));
    }
  }

  @Test
  void byteOrderMarksOfExactlyTheirOwnLengthAreRefusedAtTheStart() {
    for (byte[] input :
        List.of(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      GovernanceJsonException e = refused(STRICT, input);
      assertThat(e).isNotNull();
      assertThat(e.getCode()).isEqualTo("format.syntax");
      assertThat(e.getLine()).isEqualTo(1);
      assertThat(e.getColumn()).isEqualTo(1);
    }
    assertThat(refused(STRICT, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).getMessage())
        .isNotEqualTo(refused(STRICT, new byte[] {(byte) 0xFE, (byte) 0xFF}).getMessage());
  }

  @Test
  void aByteOrderMarkOnALaterLineOfAnArchiveIsRefusedOnThatLine() throws Exception {
    byte[] record = STRICT.write(Samples.haiPhong()).getBytes(StandardCharsets.UTF_8);
    for (byte[] mark :
        List.of(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      ByteArrayOutputStream archive = new ByteArrayOutputStream();
      archive.writeBytes(record);
      archive.write('\n');
      archive.writeBytes(mark);
      archive.writeBytes(record);
      archive.write('\n');
      archive.writeBytes(record);
      archive.write('\n');
      try (ArchiveReader reader =
          STRICT.openArchive(new ByteArrayInputStream(archive.toByteArray()))) {
        assertThat(reader.next().getRecord()).isPresent();
        ArchiveEntry bad = reader.next();
        assertThat(bad.getLine()).isEqualTo(2);
        assertThat(bad.getRecord()).isEmpty();
        assertThat(bad.getReport().getFindings())
            .singleElement()
            .satisfies(f -> assertThat(f.getCode()).isEqualTo("format.syntax"))
            .satisfies(f -> assertThat(f.getArguments()).containsEntry("column", "1"));
        assertThat(reader.next().getRecord()).isPresent();
      }
    }
  }

  @Test
  void readAndValidateTakesEveryInputTypeAlike() {
    String json = STRICT.write(Samples.haiPhong());
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    GovernanceValidator validator = GovernanceValidator.standard();
    ValidationReport expected = validator.validate(Samples.haiPhong());
    for (ReadResult result :
        List.of(
            STRICT.readAndValidate(json, validator),
            STRICT.readAndValidate(bytes, validator),
            STRICT.readAndValidate(new ByteArrayInputStream(bytes), validator),
            STRICT.readAndValidate(new StringReader(json), validator))) {
      assertThat(result.getRecord()).contains(Samples.haiPhong());
      assertThat(result.getReport()).isEqualTo(expected);
    }
    byte[] bad = "{\"format\":1}".getBytes(StandardCharsets.UTF_8);
    for (ReadResult result :
        List.of(
            STRICT.readAndValidate(bad, validator),
            STRICT.readAndValidate(new ByteArrayInputStream(bad), validator),
            STRICT.readAndValidate(new StringReader("{\"format\":1}"), validator))) {
      assertThat(result.getRecord()).isEmpty();
      assertThat(result.getReport().getFindings())
          .singleElement()
          .satisfies(f -> assertThat(f.getPath()).isEqualTo("/format"));
    }
  }

  @Test
  void reportsAndFindingsWrittenInsideOtherJsonAreClosedWhereTheyEnd() throws Exception {
    ValidationReport report = GovernanceValidator.standard().validate(Samples.haiPhong());
    String both =
        JsonMapper.builder()
            .addModule(new GovernanceModule())
            .build()
            .writeValueAsString(List.of(report, report.getFindings().get(0), report));
    JsonNode tree = Docs.parse(both);
    assertThat(tree).hasSize(3);
    assertThat(tree.get(0)).isEqualTo(Docs.parse(STRICT.writeReport(report)));
    assertThat(tree.get(1)).isEqualTo(Docs.parse(STRICT.writeFinding(report.getFindings().get(0))));
    assertThat(tree.get(2)).isEqualTo(tree.get(0));
  }
}
