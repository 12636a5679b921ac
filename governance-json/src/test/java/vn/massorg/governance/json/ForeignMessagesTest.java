package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code of governance-json or governance-core decides anything by the text of an exception's
 * message: Jackson's and Immutables' messages are English prose that any version may reword, so an
 * error code or message chosen by their text would change silently on an upgrade. Errors are told
 * apart by their types and by the input (docs/design/errors.md). A simple scan of the sources: a
 * message read and then compared, searched or matched, on one line, or Jackson's original message
 * read at all, fails here unless it is listed below with its reason.
 */
class ForeignMessagesTest {
  private static final Pattern INSPECTED =
      Pattern.compile(
          "get(?:Original|Localized)?Message\\(\\)\\s*"
              + "(?:\\.\\s*(?:toLowerCase|toUpperCase|trim|strip)\\([^)]{0,40}\\)\\s*){0,3}"
              + "\\.\\s*(?:contains|startsWith|endsWith|matches|equals|equalsIgnoreCase|indexOf"
              + "|lastIndexOf|regionMatches|split|replace\\w{0,5})\\("
              + "|matcher\\([^;]{0,80}get(?:Original|Localized)?Message\\(\\)"
              + "|getOriginalMessage\\(\\)"
              + "|=\\s*\\w+\\.get(?:Localized)?Message\\(\\)\\s*;");

  /** File and the number of its uses, each with the reason it decides nothing by the text. */
  private static final Map<String, Integer> ALLOWED =
      Map.of(
          // A finding's own message (the library's BilingualText), compared in equals().
          "governance-core/src/main/java/vn/massorg/governance/validation/Finding.java", 1,
          // Jackson's message handed on, unread, to the exception that names the limit.
          "governance-json/src/main/java/vn/massorg/governance/json/Limits.java", 1);

  @Test
  void noExceptionMessageIsInspected() throws IOException {
    Path root = Path.of("..");
    List<String> found = new ArrayList<>();
    for (String module : List.of("governance-json", "governance-core")) {
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          Matcher m = INSPECTED.matcher(text);
          while (m.find()) {
            found.add(root.relativize(file).toString().replace('\\', '/'));
          }
        }
      }
    }
    Map<String, Long> counts =
        found.stream().collect(Collectors.groupingBy(f -> f, Collectors.counting()));
    Map<String, Long> allowed =
        ALLOWED.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue()));
    assertThat(counts)
        .as("exception messages inspected in main code (file: uses); see this class")
        .isEqualTo(allowed);
  }

  /** The scan finds what it is for: the forms the classification by text used to take. */
  @Test
  void theScanRecognisesInspection() {
    for (String inspected :
        new String[] {
          "if (e.getMessage().contains(\"nesting depth\")) {",
          "String m = e.getOriginalMessage();",
          "m.getMessage().toLowerCase(Locale.ROOT).startsWith(\"duplicate\")",
          "Matcher t = TOKEN.matcher(e.getMessage());",
          "String message = e.getMessage();"
        }) {
      assertThat(INSPECTED.matcher(inspected).find()).as(inspected).isTrue();
    }
    for (String passed :
        new String[] {
          "Messages.detail(e.getMessage())",
          "e.getMessage(java.util.Locale.ENGLISH)",
          "text(finding.getMessage(), null);"
        }) {
      assertThat(INSPECTED.matcher(passed).find()).as(passed).isFalse();
    }
  }
}
