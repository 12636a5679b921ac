package vn.massorg.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020;
import vn.massorg.governance.json.GovernanceJson;

/**
 * The executable jar as the README runs it, {@code java -jar target/governance-examples.jar}, in a
 * separate JVM: the shading (merged service files, the main class), the UTF-8 output whatever the
 * machine's locale, the quiet logging and the exit status of {@code main}. Runs in the
 * integration-test phase, after the jar is built.
 */
class ExecutableJarIT {
  private static final Path JAR = Path.of("target", "governance-examples.jar");
  private static final String SAMPLE =
      "src/main/resources/vn/massorg/governance/examples/"
          + "hai-phong-2020-q3-standing-committee.json";

  @TempDir Path dir;

  @Test
  void showsTheSeedMeetingInVietnameseAsUtf8EvenInThePosixLocale() throws Exception {
    Result run = java(null);
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("Hội nghị Ban Thường vụ Liên hiệp Hội Hải Phòng quý III năm " + "2020\n")
        .contains("Người trình bày: Đ/c Hoàng Minh Ngọc – Phó Chủ tịch kiêm Tổng Thư ký");
    assertThat(run.err()).as("nothing on standard error, not even a logging line").isEmpty();
  }

  @Test
  void showsItInEnglishAndAsJson() throws Exception {
    assertThat(java(null, "--lang", "en").out()).contains("Date: not recorded");
    Result json = java(null, "--json");
    assertThat(json.status()).isZero();
    assertThat(GovernanceJson.strict().read(json.out()))
        .isEqualTo(HaiPhongStandingCommitteeQ3_2020.record());
    assertThat(json.out()).isEqualTo(Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8));
  }

  @Test
  void validatesWithEachExitStatus() throws Exception {
    Result sample = java(null, "validate", SAMPLE);
    assertThat(sample.status()).as(sample.toString()).isZero();
    assertThat(sample.out().lines()).hasSize(5).allMatch(l -> l.startsWith("NOT_CHECKED "));

    Result stdin = java(Path.of(SAMPLE), "validate", "-");
    assertThat(stdin.status()).isZero();
    assertThat(stdin.out()).isEqualTo(sample.out());

    Path errors =
        Files.writeString(
            dir.resolve("errors.json"),
            Files.readString(Path.of(SAMPLE))
                .replace("\"chairId\": \"person.hoang-van-ke\"", "\"chairId\": \"person.nobody\""));
    Result invalid = java(null, "validate", errors.toString());
    assertThat(invalid.status()).as(invalid.toString()).isEqualTo(1);
    assertThat(invalid.out()).contains("ERROR reference.person /meeting/chairId");

    Path bad = Files.writeString(dir.resolve("bad.json"), "{oops");
    Result unreadable = java(null, "validate", bad.toString());
    assertThat(unreadable.status()).isEqualTo(2);
    assertThat(unreadable.out().lines())
        .singleElement()
        .asString()
        .matches(".*bad\\.json:1:\\d+: ERROR format\\.syntax /\\S*: .+");
    assertThat(unreadable.out() + unreadable.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void answersABadCommandLineWithExitTwo() throws Exception {
    Result run = java(null, "--frobnicate");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "lỗi: tùy chọn không có: --frobnicate\n"
                + "Xem: java -jar governance-examples.jar --help\n");
    assertThat(java(null, "--help").out()).contains("Mã thoát:");
  }

  private static Result java(Path stdin, String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("the jar is built by `mvn package` before this test").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    Path out = Files.createTempFile("jar-out", ".txt");
    Path err = Files.createTempFile("jar-err", ".txt");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finishes").isTrue();
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private record Result(int status, String out, String err) {
    @Override
    public String toString() {
      return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
