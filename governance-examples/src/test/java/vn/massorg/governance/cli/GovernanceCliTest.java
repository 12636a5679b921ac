package vn.massorg.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020;
import vn.massorg.governance.json.ArchiveReader;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.Severity;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The command line as a user meets it: each command, each exit status, both languages, and every
 * kind of bad input, which must give one clear line and never a stack trace.
 */
class GovernanceCliTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final MeetingRecord SEED = HaiPhongStandingCommitteeQ3_2020.record();
  private static final ValidationReport SEED_REPORT = GovernanceValidator.standard().validate(SEED);
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private final Locale defaultLocale = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  @Nested
  class TheSeedMeeting {
    @Test
    void isShownInVietnameseByDefault() {
      CliRun run = CliRun.of();
      assertThat(run.status).as(run.toString()).isZero();
      assertThat(run.err).isEmpty();
      assertThat(run.out)
          .startsWith("Hội nghị Ban Thường vụ Liên hiệp Hội Hải Phòng quý III năm 2020\n")
          .contains("Tổ chức: Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng (Liên hiệp Hội)")
          .contains("Nhiệm kỳ 2019–2024; Chương trình công tác toàn khóa")
          .contains("Cơ quan họp: Ban Thường vụ Liên hiệp Hội\n")
          .contains("Kỳ đánh giá: quý III năm 2020")
          .contains("Chủ trì: TS. Hoàng Văn Kể – Chủ tịch kiêm Bí thư Đảng đoàn")
          .contains("Người trình bày: Đ/c Hoàng Minh Ngọc – Phó Chủ tịch kiêm Tổng Thư ký")
          .contains("Ngày họp: không được ghi")
          .contains("Địa điểm: không được ghi")
          .contains("Thành phần tham dự: không được ghi")
          .contains("Phương hướng, nhiệm vụ quý IV năm 2020:")
          .contains("- bám sát chương trình, nhiệm vụ chính trị của thành phố")
          .contains("Kết quả theo lĩnh vực (danh sách chưa đầy đủ)")
          .contains("Kết quả kiểm tra: hợp lệ (0 lỗi, 0 cảnh báo, 5 chưa kiểm tra được)");
      assertThat(run.out)
          .containsSubsequence(
              "1. Trình bày Dự thảo báo cáo kết quả hoạt động quý III năm 2020",
              "2. Ý kiến đóng góp của các đại biểu",
              "Các đại biểu: đóng góp thêm một số ý kiến",
              "Các đại biểu: đánh giá cao",
              "3. Phát biểu Kết luận Hội nghị",
              "Người kết luận: TS. Hoàng Văn Kể",
              "Kết luận: ghi nhận các ý kiến đóng góp của các đồng chí ủy viên BTV");
    }

    @Test
    void showsEachNotCheckedFindingWithItsReasonAndSource() {
      CliRun run = CliRun.of();
      List<Finding> notChecked = SEED_REPORT.findings(Severity.NOT_CHECKED);
      assertThat(notChecked).hasSize(5);
      for (Finding f : notChecked) {
        assertThat(run.out)
            .contains(
                "- [Chưa kiểm tra được] "
                    + f.getCode()
                    + " "
                    + f.getPath()
                    + "\n    Lý do: "
                    + f.getMessage().getVi()
                    + "\n    Nguồn: ");
      }
      assertThat(run.out).contains("Nguồn: Điều lệ — Điều lệ mẫu của hội");
    }

    @Test
    void isShownInEnglishWithLangEn() {
      CliRun run = CliRun.of("--lang", "en");
      assertThat(run.status).as(run.toString()).isZero();
      assertThat(run.out)
          .startsWith(
              "Standing Committee Conference of the Hai Phong Union of Associations, "
                  + "Q3 2020\n")
          .contains("Organisation: Hai Phong Union of Science and Technology Associations")
          .contains("Term 2019–2024; Whole-term work programme")
          .contains("Body: Standing Committee of the Union")
          .contains(
              "Chair: Dr. Hoàng Văn Kể – Chairman and concurrently Secretary of the Party "
                  + "Delegation")
          .contains(
              "Presenter: Comrade Hoàng Minh Ngọc – Vice-Chairman and concurrently "
                  + "Secretary-General")
          .contains("Date: not recorded")
          .contains("Directions and tasks for Q4 2020:")
          .contains("Validation: valid (0 errors, 0 warnings, 5 not checked)");
      for (Finding f : SEED_REPORT.findings(Severity.NOT_CHECKED)) {
        assertThat(run.out).contains("Reason: " + f.getMessage().getEn().orElseThrow());
      }
      assertThat(run.out).doesNotContain("Ngày họp", "Chủ trì:", "Lý do:", "không được ghi");
    }

    @Test
    void isInTheLanguageAskedForWhateverTheMachinesLocale() {
      Locale.setDefault(VI);
      assertThat(CliRun.of("--lang=en").out).contains("Date: not recorded");
      Locale.setDefault(Locale.ENGLISH);
      assertThat(CliRun.of().out).contains("Ngày họp: không được ghi");
      Locale.setDefault(Locale.US);
      assertThat(CliRun.of("show").out).contains("Ngày họp: không được ghi");
    }

    @Test
    void isTheSameWithTheShowCommandNamed() {
      assertThat(CliRun.of("show").out).isEqualTo(CliRun.of().out);
      assertThat(CliRun.of("show", "--lang", "en").out).isEqualTo(CliRun.of("--lang", "en").out);
    }

    @Test
    void isPrintedAsJsonThatReadsBackAsTheSameRecord() {
      CliRun run = CliRun.of("--json");
      assertThat(run.status).as(run.toString()).isZero();
      assertThat(run.err).isEmpty();
      assertThat(run.out).startsWith("{\n").endsWith("}\n");
      assertThat(JSON.read(run.out)).isEqualTo(SEED);
      assertThat(JSON.read(run.out)).isEqualTo(JSON.read(JSON.write(SEED)));
    }

    @Test
    void isPrintedAsJsonExactlyAsTheCommittedSampleDocument() throws IOException {
      // The sample is this output; when the example or the format changes, regenerate it with
      // java -jar governance-examples/target/governance-examples.jar --json > <the sample>.
      try (InputStream sample =
          HaiPhongStandingCommitteeQ3_2020.class.getResourceAsStream(
              "hai-phong-2020-q3-standing-committee.json")) {
        assertThat(CliRun.of("--json").out)
            .isEqualTo(new String(sample.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  @Nested
  class Validate {
    @Test
    void printsEachFindingOfAValidRecordAndExitsZero() throws IOException {
      Path seed = write("seed.json", JSON.write(SEED));
      CliRun run = CliRun.of("validate", seed.toString());
      assertThat(run.status).as(run.toString()).isEqualTo(GovernanceCli.OK);
      assertThat(run.err).isEmpty();
      assertThat(run.outLines())
          .containsExactlyElementsOf(
              SEED_REPORT.getFindings().stream().map(f -> f.line(VI)).collect(Collectors.toList()));
      assertThat(run.outLines()).allMatch(l -> l.matches("NOT_CHECKED [a-z.-]+ /\\S*: .+"));
    }

    @Test
    void printsTheFindingsInEnglishWithLangEn() throws IOException {
      Path seed = write("seed.json", JSON.write(SEED));
      CliRun run = CliRun.of("validate", "--lang", "en", seed.toString());
      assertThat(run.outLines())
          .containsExactlyElementsOf(
              SEED_REPORT.getFindings().stream()
                  .map(f -> f.line(Locale.ENGLISH))
                  .collect(Collectors.toList()));
      assertThat(run.out).contains("not recorded").doesNotContain("không được ghi");
    }

    @Test
    void printsOkForARecordWithNothingToReport() throws IOException {
      MeetingRecord complete = complete();
      assertThat(GovernanceValidator.standard().validate(complete).getFindings()).isEmpty();
      CliRun run = CliRun.of("validate", write("complete.json", JSON.write(complete)).toString());
      assertThat(run.status).as(run.toString()).isZero();
      assertThat(run.out).isEqualTo("OK\n");
    }

    @Test
    void exitsOneForARecordWithErrors() throws IOException {
      Path bad = write("chair.json", JSON.write(withChair("person.nobody")));
      CliRun run = CliRun.of("validate", bad.toString());
      assertThat(run.status).as(run.toString()).isEqualTo(GovernanceCli.INVALID);
      assertThat(run.outLines())
          .contains(
              "ERROR reference.person /meeting/chairId: Không có người nào trong hồ sơ "
                  + "mang mã \"person.nobody\"")
          .anyMatch(l -> l.startsWith("ERROR meeting.chair /meeting/chairId: "));
      assertThat(run.err).isEmpty();
    }

    @Test
    void readsStandardInputForADash() {
      CliRun run = CliRun.withInput(JSON.write(SEED), "validate", "-");
      assertThat(run.status).as(run.toString()).isZero();
      assertThat(run.outLines()).hasSize(SEED_REPORT.getFindings().size());

      CliRun bad = CliRun.withInput("{oops", "validate", "--lang", "en", "-");
      assertThat(bad.status).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(bad.outLines())
          .singleElement()
          .asString()
          .startsWith("(standard input):1:2: ERROR format.syntax /: ");
    }

    @Test
    void exitsTwoWithLineAndColumnForADocumentThatCannotBeParsed() throws IOException {
      Path bad =
          write(
              "bad.json",
              "{\"format\": \"vn.massorg.governance/meeting-record\",\n"
                  + "  \"formatVersion\": \"1.0\", \"organisation\": {\"id\": 5}}");
      CliRun run = CliRun.of("validate", bad.toString());
      assertThat(run.status).as(run.toString()).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.outLines())
          .singleElement()
          .asString()
          .isEqualTo(
              bad
                  + ":2:50: ERROR format.type /organisation/id: Sai kiểu giá trị: cần "
                  + "chuỗi, nhận được số nguyên");
      CliRun en = CliRun.of("validate", "--lang", "en", bad.toString());
      assertThat(en.outLines())
          .singleElement()
          .asString()
          .isEqualTo(
              bad
                  + ":2:50: ERROR format.type /organisation/id: Wrong type: expected a "
                  + "string, found an integer");
    }

    @Test
    void exitsTwoForAnEmptyFile() throws IOException {
      Path empty = write("empty.json", "");
      CliRun run = CliRun.of("validate", empty.toString());
      assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.outLines())
          .singleElement()
          .asString()
          .startsWith(empty + ":1:1: ERROR format.syntax /: ");
    }

    @Test
    void exitsTwoForAMissingFile() {
      Path missing = dir.resolve("missing.json");
      CliRun run = CliRun.of("validate", missing.toString());
      assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.errLines()).containsExactly("lỗi: không tìm thấy tệp " + missing);
      assertThat(CliRun.of("validate", "--lang", "en", missing.toString()).errLines())
          .containsExactly("error: file not found: " + missing);
      assertThat(run.out).isEmpty();
    }

    @Test
    void exitsTwoForADirectory() {
      CliRun run = CliRun.of("validate", dir.toString());
      assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.errLines())
          .containsExactly("lỗi: " + dir + " là một thư mục, không phải " + "một tệp");
    }

    @Test
    void takesTheWorstStatusOfSeveralFilesAndNamesEachFile() throws IOException {
      Path seed = write("seed.json", JSON.write(SEED));
      Path complete = write("complete.json", JSON.write(complete()));
      Path errors = write("errors.json", JSON.write(withChair("person.nobody")));
      CliRun one = CliRun.of("validate", seed.toString(), errors.toString(), complete.toString());
      assertThat(one.status).isEqualTo(GovernanceCli.INVALID);
      assertThat(one.outLines())
          .allMatch(
              l ->
                  l.startsWith(seed + ": ")
                      || l.startsWith(errors + ": ")
                      || l.equals(complete + ": OK"));
      assertThat(one.outLines()).contains(complete + ": OK");
      CliRun two = CliRun.of("validate", errors.toString(), dir.resolve("nope.json").toString());
      assertThat(two.status).isEqualTo(GovernanceCli.UNREADABLE);
    }

    @Test
    void rejectsAnUnknownMemberAsTheStrictReaderDoes() throws IOException {
      String json = JSON.write(SEED).replaceFirst("\\{", "{\"livestream\":\"x\",");
      CliRun run = CliRun.of("validate", write("unknown.json", json).toString());
      assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.outLines()).singleElement().asString().contains("format.unknown-field");
    }
  }

  @Nested
  class JsonLines {
    @Test
    void checksEveryRecordOfAnArchiveByLine() throws IOException {
      MeetingRecord q4 =
          vn.massorg.governance.model.ImmutableMeetingRecord.copyOf(complete())
              .withMeeting(
                  vn.massorg.governance.model.ImmutableMeeting.copyOf(complete().getMeeting())
                      .withId("meeting.btv-2020-q4"));
      Path archive = write("two.jsonl", JSON.write(SEED) + "\n" + JSON.write(q4) + "\n");
      CliRun run = CliRun.of("validate", archive.toString());
      assertThat(run.status).as(run.toString()).isZero();
      // The seed's own findings at line 1, then the one rule across records that lacks its
      // facts: how often the Standing Committee met needs dated meetings.
      List<String> expected =
          SEED_REPORT.getFindings().stream()
              .map(f -> archive + ":1: " + f.line(VI))
              .collect(Collectors.toList());
      expected.add(
          archive
              + ":1: NOT_CHECKED archive.meeting-cadence /meeting/bodyId: Không "
              + "kiểm tra được số lần họp của Ban Thường vụ Liên hiệp Hội: 1 hội nghị không ghi ngày");
      assertThat(run.outLines()).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsTheSameMeetingRecordedTwiceAtTheLineThatRepeatsIt() throws IOException {
      String line = JSON.write(complete()) + "\n";
      Path archive = write("twice.jsonl", line + line + line);
      CliRun run = CliRun.of("validate", archive.toString());
      assertThat(run.status).as(run.toString()).isEqualTo(GovernanceCli.INVALID);
      assertThat(run.outLines())
          .filteredOn(l -> l.contains("archive.duplicate-meeting"))
          .containsExactly(
              archive
                  + ":2: ERROR archive.duplicate-meeting /meeting/id: Hội nghị "
                  + "meeting.btv-2020-q3 được ghi thêm một lần nữa: hồ sơ ở /0/meeting/id là của "
                  + "cùng hội nghị này",
              archive
                  + ":3: ERROR archive.duplicate-meeting /meeting/id: Hội nghị "
                  + "meeting.btv-2020-q3 được ghi thêm một lần nữa: hồ sơ ở /0/meeting/id là của "
                  + "cùng hội nghị này");
    }

    @Test
    void reportsABadLineWithItsLineAndColumnAndStillChecksTheOthers() throws IOException {
      Path archive =
          write(
              "mixed.jsonl",
              JSON.write(SEED)
                  + "\n{\"format\": 12\n"
                  + JSON.write(withChair("person.nobody"))
                  + "\n");
      CliRun run = CliRun.of("validate", archive.toString());
      assertThat(run.status).as(run.toString()).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.outLines())
          .filteredOn(l -> l.startsWith(archive + ":2:"))
          .singleElement()
          .asString()
          .matches(".*:2:\\d+: ERROR format\\.[a-z-]+ /\\S*: .+");
      assertThat(run.outLines()).anyMatch(l -> l.startsWith(archive + ":1: NOT_CHECKED "));
      assertThat(run.outLines())
          .anyMatch(l -> l.startsWith(archive + ":3: ERROR reference.person /meeting/chairId"));
    }

    @Test
    void exitsOneWhenARecordHasErrorsAndEveryLineReads() throws IOException {
      Path archive =
          write(
              "errors.jsonl",
              JSON.write(SEED) + "\n" + JSON.write(withChair("person.nobody")) + "\n");
      assertThat(CliRun.of("validate", archive.toString()).status).isEqualTo(GovernanceCli.INVALID);
    }

    @Test
    void reportsTheRulesAcrossRecordsAtTheLineOfTheRecord() throws IOException {
      Path archive = write("cadence.jsonl", JSON.write(SEED) + "\n" + JSON.write(SEED) + "\n");
      CliRun run = CliRun.of("validate", archive.toString());
      assertThat(run.outLines())
          .anyMatch(
              l ->
                  l.matches(
                      java.util.regex.Pattern.quote(archive.toString())
                          + ":[12]: [A-Z_]+ archive\\.[a-z-]+ /meeting/\\S*: .+"));
    }

    @Test
    void saysOkForAnArchiveWithoutRecords() throws IOException {
      Path empty = write("empty.jsonl", "");
      CliRun run = CliRun.of("validate", empty.toString());
      assertThat(run.status).isZero();
      assertThat(run.out).isEqualTo(empty + ": OK (tệp không có hồ sơ nào)\n");
    }

    @Test
    void showsProgressOnATerminalOnly() throws IOException {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 5; i++) {
        lines.append(JSON.write(SEED)).append('\n');
      }
      Path archive = write("five.jsonl", lines.toString());
      CliRun terminal =
          CliRun.with(
              InputStream.nullInputStream(), new Terminal(true, 2), "validate", archive.toString());
      assertThat(terminal.errLines())
          .containsExactly(
              "… đã kiểm tra 2 hồ sơ của " + archive, "… đã kiểm tra 4 hồ sơ của " + archive);
      CliRun pipe =
          CliRun.with(
              InputStream.nullInputStream(),
              new Terminal(false, 2),
              "validate",
              archive.toString());
      assertThat(pipe.err).isEmpty();
      assertThat(pipe.out).isEqualTo(terminal.out);
    }
  }

  @Nested
  class JsonReports {
    @Test
    void describeEachFileRecordAndFindingForMachines() throws IOException {
      Path seed = write("seed.json", JSON.write(SEED));
      Path bad = write("bad.json", "{oops");
      Path missing = dir.resolve("missing.json");
      Path archive = write("a.jsonl", JSON.write(SEED) + "\n[]\n");
      CliRun run =
          CliRun.of(
              "validate",
              "--format",
              "json",
              seed.toString(),
              bad.toString(),
              missing.toString(),
              archive.toString());
      assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
      JsonNode report = MAPPER.readTree(run.out);
      assertThat(report.get("status").asInt()).isEqualTo(2);
      JsonNode files = report.get("files");
      assertThat(files).hasSize(4);

      JsonNode first = files.get(0);
      assertThat(first.get("file").asText()).isEqualTo(seed.toString());
      assertThat(first.get("readable").asBoolean()).isTrue();
      JsonNode record = first.get("records").get(0);
      assertThat(record.get("valid").asBoolean()).isTrue();
      assertThat(record.get("findings")).hasSize(SEED_REPORT.getFindings().size());
      Finding expected = SEED_REPORT.getFindings().get(0);
      JsonNode finding = record.get("findings").get(0);
      assertThat(finding.get("severity").asText()).isEqualTo("not-checked");
      assertThat(finding.get("code").asText()).isEqualTo(expected.getCode());
      assertThat(finding.get("path").asText()).isEqualTo(expected.getPath());
      assertThat(finding.get("message").get("vi").asText())
          .isEqualTo(expected.getMessage().getVi());
      assertThat(finding.get("message").get("en").asText())
          .isEqualTo(expected.getMessage().getEn().orElseThrow());
      assertThat(finding.get("source").get("layer").asText())
          .isEqualTo(expected.getSource().getLayer().getCode());
      assertThat(finding.get("arguments").get("period").asText()).isEqualTo("2020-Q3");
      // One JSON form of a report: a single document's record is the library's report as is.
      assertThat(record).isEqualTo(MAPPER.readTree(JSON.writeReport(SEED_REPORT)));

      JsonNode unparsed = files.get(1).get("records").get(0);
      assertThat(unparsed.get("parsed").asBoolean(true)).isFalse();
      assertThat(unparsed.get("valid").asBoolean(true)).isFalse();
      assertThat(unparsed.get("findings").get(0).get("code").asText()).startsWith("format.");
      assertThat(unparsed.get("findings").get(0).get("arguments").get("line").asText())
          .isEqualTo("1");

      assertThat(files.get(2).get("readable").asBoolean(true)).isFalse();
      assertThat(files.get(2).get("error").asText()).contains(missing.toString());

      JsonNode lines = files.get(3).get("records");
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
      assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
      assertThat(lines.get(1).get("parsed").asBoolean(true)).isFalse();
      JsonNode across = files.get(3).get("acrossRecords");
      assertThat(across).hasSize(1);
      assertThat(across.get(0).get("code").asText()).isEqualTo("archive.meeting-cadence");
      assertThat(across.get(0).get("path").asText()).startsWith("/0/");
      assertThat(across.get(0).get("line").asInt()).isEqualTo(1);
      // The finding across records is the library's finding with the envelope's line added.
      ObjectNode withoutLine = (ObjectNode) across.get(0).deepCopy();
      withoutLine.remove("line");
      ValidationReport acrossReport;
      try (ArchiveReader reader = JSON.openArchive(Files.newInputStream(archive))) {
        reader.forEachRemaining(entry -> {});
        acrossReport = reader.finish();
      }
      assertThat(withoutLine)
          .isEqualTo(MAPPER.readTree(JSON.writeFinding(acrossReport.getFindings().get(0))));
    }

    @Test
    void giveStatusOneForRecordsWithErrors() throws IOException {
      Path errors = write("errors.json", JSON.write(withChair("person.nobody")));
      CliRun run = CliRun.of("validate", "--format=json", errors.toString());
      assertThat(run.status).isEqualTo(GovernanceCli.INVALID);
      JsonNode report = MAPPER.readTree(run.out);
      assertThat(report.get("status").asInt()).isEqualTo(1);
      assertThat(report.get("files").get(0).get("records").get(0).get("valid").asBoolean(true))
          .isFalse();
    }
  }

  @Nested
  class CommandLine {
    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void printsTheHelpInVietnameseByDefault(String option) {
      CliRun run = CliRun.of(option);
      assertThat(run.status).isZero();
      assertThat(run.out)
          .startsWith("Hồ sơ hội nghị")
          .contains("validate [--format text|json]")
          .contains("Mã thoát:")
          .contains("  0  ")
          .contains("  1  ")
          .contains("  2  ");
    }

    @Test
    void printsTheHelpInEnglish() {
      CliRun run = CliRun.of("--help", "--lang", "en");
      assertThat(run.status).isZero();
      assertThat(run.out)
          .startsWith("Governance records")
          .contains("Exit status:")
          .contains(".jsonl")
          .contains("--format json");
      assertThat(CliRun.of("validate", "--help", "--lang", "en").out).isEqualTo(run.out);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "--bogus",
          "-x",
          "frobnicate",
          "--lang",
          "--lang=fr",
          "--json=yes",
          "--format=json",
          "validate",
          "validate --json x.json",
          "validate --format xml x.json",
          "show extra",
          "- x"
        })
    void rejectsABadCommandLineWithExitTwoAndAHint(String line) {
      CliRun run = CliRun.of(line.split(" "));
      assertThat(run.status).as(run.toString()).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.out).isEmpty();
      assertThat(run.errLines()).hasSize(2);
      assertThat(run.errLines().get(0)).startsWith("lỗi: ");
      assertThat(run.errLines().get(1)).isEqualTo("Xem: java -jar governance-examples.jar --help");
    }

    @Test
    void saysWhatIsWrongInTheLanguageAskedFor() {
      assertThat(CliRun.of("--lang", "en", "--bogus").errLines())
          .containsExactly(
              "error: unknown option: --bogus", "See: java -jar governance-examples.jar --help");
      assertThat(CliRun.of("--bogus").errLines().get(0))
          .isEqualTo("lỗi: tùy chọn không có: --bogus");
    }

    @Test
    void takesWhatFollowsTheDoubleDashAsFiles() {
      CliRun run = CliRun.of("validate", "--", "--bogus");
      assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.errLines()).containsExactly("lỗi: không tìm thấy tệp --bogus");
    }
  }

  @Nested
  class OneProblemOneLine {
    @Test
    void evenWhenAMemberNameHoldsALineBreak() {
      CliRun run =
          CliRun.withInput(
              "{\"format\":\"vn.massorg.governance/meeting-record\","
                  + "\"formatVersion\":\"1.0\",\"a\\nb\":1}",
              "validate",
              "-");
      assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.outLines())
          .singleElement()
          .asString()
          .contains("ERROR format.unknown-field /a\\u000ab: ");
    }

    @Test
    void evenWhenAFileNameOrAnArgumentHoldsALineBreak() {
      CliRun file = CliRun.of("validate", dir.resolve("two\nlines.json").toString());
      assertThat(file.errLines()).singleElement().asString().endsWith("two\\u000alines.json");
      CliRun option = CliRun.of("--a\rb");
      assertThat(option.errLines())
          .hasSize(2)
          .first()
          .asString()
          .isEqualTo("lỗi: tùy chọn không có: --a\\u000db");
    }
  }

  @Nested
  class NoStackTrace {
    @Test
    void whenStandardInputFails() {
      InputStream failing =
          new InputStream() {
            @Override
            public int read() throws IOException {
              throw new IOException("device gone");
            }
          };
      CliRun run = CliRun.with(failing, new Terminal(false, 1), "validate", "-");
      assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith("lỗi: không đọc được đầu vào chuẩn: ")
          .contains("device gone");
    }

    @Test
    void whenSomethingUnexpectedBreaks() {
      InputStream broken =
          new InputStream() {
            @Override
            public int read() {
              throw new IllegalStateException("broken pipe of a test");
            }
          };
      CliRun run = CliRun.with(broken, new Terminal(false, 1), "validate", "--lang", "en", "-");
      assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith("error: internal error (")
          .contains("broken pipe of a test");
    }

    @Test
    void forBinaryGarbage() throws IOException {
      byte[] garbage = new byte[512];
      new java.util.Random(7).nextBytes(garbage);
      Path file = dir.resolve("garbage.json");
      Files.write(file, garbage);
      Path lines = dir.resolve("garbage.jsonl");
      Files.write(lines, garbage);
      for (CliRun run :
          List.of(
              CliRun.of("validate", file.toString(), lines.toString()),
              CliRun.with(
                  new ByteArrayInputStream(garbage), new Terminal(false, 1), "validate", "-"))) {
        assertThat(run.status).isEqualTo(GovernanceCli.UNREADABLE);
        assertThat(run.out + run.err).doesNotContain("\tat ", "Exception", "vn.massorg");
        assertThat(run.outLines()).allMatch(l -> l.contains(": ERROR format."));
      }
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static MeetingRecord withChair(String chairId) {
    return MeetingRecord.builder()
        .from(SEED)
        .meeting(Meeting.builder().from(SEED.getMeeting()).chairId(chairId).build())
        .build();
  }

  /**
   * The seed with the facts every rule needs: a date, the Standing Committee's two seats held by
   * the two people, and the attendance. Invented for the test, never part of the example.
   */
  private static MeetingRecord complete() {
    Term term = SEED.getTerm();
    Body committee =
        Body.builder()
            .from(term.body(HaiPhongStandingCommitteeQ3_2020.STANDING_COMMITTEE).orElseThrow())
            .seats(2)
            .addPost(
                Post.builder()
                    .id("post.member")
                    .kind(PostKind.MEMBER)
                    .addHolding(
                        PostHolding.builder().personId(HaiPhongStandingCommitteeQ3_2020.KE).build())
                    .addHolding(
                        PostHolding.builder()
                            .personId(HaiPhongStandingCommitteeQ3_2020.NGOC)
                            .build())
                    .build())
            .build();
    Term completeTerm =
        Term.builder()
            .from(term)
            .bodies(List.of(committee, term.getBodies().get(1), term.getBodies().get(2)))
            .build();
    return MeetingRecord.builder()
        .from(SEED)
        .term(completeTerm)
        .meeting(
            Meeting.builder()
                .from(SEED.getMeeting())
                .date(PartialDate.of(java.time.LocalDate.of(2020, 10, 15)))
                .attendance(
                    Attendance.builder()
                        .counts(AttendanceCounts.builder().present(2).build())
                        .build())
                .build())
        .build();
  }
}
