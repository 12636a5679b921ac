package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.json.SchemaCorpus.Verdict;

/**
 * The committed schema corpus and its manifest agree with the strict reader as it is now: every
 * file is read again and its verdict (accepted, or refused with code, pointer and whether a schema
 * can express the refusal) must be the manifest's, and every file must have one entry and every
 * entry one file. So the manifest that {@code .ci/run} holds ajv to cannot go stale: when the
 * reader changes a verdict, this test fails until the corpus is regenerated ({@link SchemaCorpus}'s
 * javadoc says how).
 */
class SchemaCorpusTest {
  /** The corpus in the source tree (not a copy in target/, which may hold deleted files). */
  static final Path DIRECTORY =
      moduleRoot().resolve(SchemaCorpus.DIRECTORY.substring("governance-json/".length()));

  private static List<Path> files;
  private static Map<String, JsonNode> manifest;

  static Path moduleRoot() {
    Path basedir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return Files.isDirectory(basedir.resolve("src/test/java"))
        ? basedir
        : basedir.resolve("governance-json");
  }

  @BeforeAll
  static void read() throws IOException {
    assertThat(DIRECTORY).as("the schema corpus").isDirectory();
    try (Stream<Path> list = Files.list(DIRECTORY)) {
      files =
          list.filter(p -> !p.getFileName().toString().equals(SchemaCorpus.MANIFEST))
              .sorted()
              .toList();
    }
    JsonNode root = Docs.PLAIN.readTree(DIRECTORY.resolve(SchemaCorpus.MANIFEST).toFile());
    manifest = new LinkedHashMap<>();
    List<String> twice = new ArrayList<>();
    for (JsonNode entry : root.get("documents")) {
      if (manifest.put(entry.get("file").asText(), entry) != null) {
        twice.add(entry.get("file").asText());
      }
    }
    assertThat(twice).as("files the manifest names twice").isEmpty();
  }

  @Test
  void everyFileHasOneManifestEntryAndEveryEntryAFile() {
    Set<String> named = new TreeSet<>();
    files.forEach(p -> named.add(p.getFileName().toString()));
    Set<String> notInManifest = new TreeSet<>(named);
    notInManifest.removeAll(manifest.keySet());
    Set<String> noFile = new TreeSet<>(manifest.keySet());
    noFile.removeAll(named);
    List<String> problems = new ArrayList<>();
    notInManifest.forEach(n -> problems.add(n + ": a file without a manifest entry"));
    noFile.forEach(n -> problems.add(n + ": a manifest entry without a file"));
    assertThat(problems)
        .as("the corpus %s and its manifest differ (regenerate with " + "SchemaCorpus)", DIRECTORY)
        .isEmpty();
    assertThat(named).as("file names").allMatch(n -> n.matches("[0-9]{3}-[a-z0-9-]+\\.json"));
  }

  @Test
  void theCorpusIsLargeSmallAndHoldsValidAndInvalidDocuments() throws IOException {
    assertThat(files).as("documents in the corpus").hasSizeGreaterThanOrEqualTo(200);
    for (Path p : files) {
      assertThat(Files.size(p))
          .as("size of %s", p.getFileName())
          .isLessThanOrEqualTo(SchemaCorpus.MAX_BYTES);
    }
    long accepted =
        manifest.values().stream()
            .filter(e -> e.get("verdict").asText().equals("accepted"))
            .count();
    assertThat(accepted).as("valid documents").isGreaterThanOrEqualTo(20);
    assertThat(manifest.size() - accepted).as("invalid documents").isGreaterThanOrEqualTo(100);
    assertThat(manifest.values().stream().filter(e -> e.path("inexpressible").asBoolean()))
        .as("refusals a schema cannot express")
        .isNotEmpty();
  }

  @Test
  void theReadersVerdictOnEveryFileIsTheManifests() throws IOException {
    List<String> differences = new ArrayList<>();
    for (Path p : files) {
      String name = p.getFileName().toString();
      JsonNode entry = manifest.get(name);
      if (entry == null) {
        continue; // reported by everyFileHasOneManifestEntryAndEveryEntryAFile
      }
      Verdict now = SchemaCorpus.verdict(Files.readAllBytes(p));
      Verdict recorded = recorded(entry);
      if (!now.equals(recorded)) {
        differences.add(name + ": the manifest says " + recorded + ", the reader now " + now);
      }
    }
    assertThat(differences)
        .as(
            "verdicts that differ from the manifest (if the reader changed "
                + "on purpose, regenerate the corpus with SchemaCorpus)")
        .isEmpty();
  }

  /** The manifest's verdict, strictly: an entry of another shape is itself a difference. */
  private static Verdict recorded(JsonNode entry) {
    String verdict = entry.path("verdict").asText();
    if (verdict.equals("accepted")) {
      assertThat(entry.has("code") || entry.has("pointer") || entry.has("inexpressible"))
          .as("an accepted entry with a refusal's members: %s", entry)
          .isFalse();
      return Verdict.ACCEPTED;
    }
    assertThat(verdict).as("verdict of %s", entry).isEqualTo("refused");
    assertThat(entry.path("inexpressible").isBoolean()).as("inexpressible of %s", entry).isTrue();
    boolean inexpressible = entry.get("inexpressible").asBoolean();
    assertThat(entry.has("class"))
        .as("class of %s, exactly when inexpressible", entry)
        .isEqualTo(inexpressible);
    return new Verdict(
        false,
        entry.path("code").asText(null),
        entry.path("pointer").asText(null),
        inexpressible ? entry.get("class").asText() : null);
  }
}
