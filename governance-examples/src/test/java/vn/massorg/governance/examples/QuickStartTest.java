package vn.massorg.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Severity;
import vn.massorg.governance.validation.ValidationReport;

/** The README's quick start is code that compiles, and it does what the README says. */
class QuickStartTest {

  @Test
  void theReadmeShowsExactlyTheQuickStartCode() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("## Quick start[^\\n]*\\n(?:.*\\n)*?```java\\n((?:.*\\n)*?)```")
            .matcher(readme);
    assertThat(block.find()).as("README has a java block under 'Quick start'").isTrue();
    String shown =
        block
            .group(1)
            .lines()
            .filter(l -> !l.startsWith("import "))
            .collect(Collectors.joining("\n"))
            .strip();

    String source =
        Files.readString(
            Path.of("src/main/java/vn/massorg/governance/examples/QuickStart.java"),
            StandardCharsets.UTF_8);
    String region =
        source.substring(
            source.indexOf("// README:start") + "// README:start".length(),
            source.indexOf("// README:end"));
    String code =
        region
            .lines()
            .map(l -> l.startsWith("    ") ? l.substring(4) : l)
            .collect(Collectors.joining("\n"))
            .strip();

    assertThat(shown).isEqualTo(code);
  }

  @Test
  void theQuickStartRecordIsValidAndSaysWhatItCouldNotCheck() {
    ValidationReport report = QuickStart.run();
    assertThat(report.isValid()).isTrue();
    List<Finding> findings = report.getFindings();
    assertThat(findings).allMatch(f -> f.getSeverity() == Severity.NOT_CHECKED);
    assertThat(findings.get(0).getCode()).isEqualTo("meeting.quorum");
    assertThat(findings.get(0).getPath()).isEqualTo("/meeting/attendance");
    assertThat(findings.get(0).getMessage().getVi())
        .startsWith("Không kiểm tra được số lượng tham dự");
  }
}
