package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor of governance-encodings on types the model does not have yet: it compiles them
 * here, with Immutables and the encodings, as governance-core's build does. Every form of text it
 * has a rule for is normalised; a form it has none for, a computed text and a type that does not
 * extend {@link ModelValue} stop the build, named.
 */
class NfcProcessorTest {
  private static final String SAMPLE =
      """
      package sample;

      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.Set;
      import org.immutables.value.Value;
      import vn.massorg.governance.model.ModelStyle;
      import vn.massorg.governance.model.ModelValue;

      @Value.Immutable
      @ModelStyle
      @SuppressWarnings("immutables:incompat")
      public abstract class Sample extends ModelValue<Sample> {
        public abstract String getName();

        public abstract Optional<String> getNote();

        public abstract List<String> getLines();

        public abstract Set<String> getTags();

        public abstract Map<String, Integer> getCounts();

        public abstract Map<Integer, String> getLabels();

        public abstract Map<String, String> getGlossary();

        @Value.Default
        public String getKind() {
          return "thường";
        }

        public abstract int getSize();
      }
      """;

  /**
   * Builds a sample from the text it is given, by builder and by with*, and reports what it holds.
   */
  private static final String PROBE =
      """
      package sample;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;
      import java.util.function.Function;

      public final class Probe implements Function<String[], List<Object>> {
        @Override
        public List<Object> apply(String[] text) {
          String nfd = text[0];
          String nfc = text[1];
          Sample s =
              ImmutableSample.builder()
                  .name(nfd)
                  .note(nfd)
                  .addLine(nfd)
                  .addTag(nfd)
                  .addTag(nfc)
                  .putCount(nfd, 1)
                  .putLabel(1, nfd)
                  .putGlossary(nfd, nfd)
                  .kind(nfd)
                  .size(1)
                  .build();
          List<Object> out = new ArrayList<>();
          out.add(s.getName());
          out.add(s.getNote().orElseThrow());
          out.add(s.getLines().get(0));
          out.add(s.getTags().size() + " " + s.getTags().iterator().next());
          out.add(s.getCounts().keySet().iterator().next());
          out.add(s.getLabels().get(1));
          Map.Entry<String, String> g = s.getGlossary().entrySet().iterator().next();
          out.add(g.getKey());
          out.add(g.getValue());
          out.add(s.getKind());
          Sample n =
              ImmutableSample.builder()
                  .name(nfc)
                  .note(nfc)
                  .addLine(nfc)
                  .addTag(nfc)
                  .putCount(nfc, 1)
                  .putLabel(1, nfc)
                  .putGlossary(nfc, nfc)
                  .kind(nfc)
                  .size(1)
                  .build();
          out.add(s.equals(n));
          ImmutableSample c = ImmutableSample.copyOf(n);
          out.add(
              c.withName(nfd).withNote(nfd).withLines(nfd).withTags(nfd).withCounts(Map.of(nfd, 1))
                  .withLabels(Map.of(1, nfd)).withGlossary(Map.of(nfd, nfd)).withKind(nfd)
                  .equals(n));
          out.add(ImmutableSample.builder().name("a").size(0).build().getKind());
          try {
            ImmutableSample.builder().from(n).putGlossary(nfd, "khác").build();
            out.add("no refusal");
          } catch (vn.massorg.governance.model.InvalidRecordException e) {
            out.add(e.getMessage(java.util.Locale.ENGLISH));
          }
          return out;
        }
      }
      """;

  private static final String REFUSED =
      """
      package refused;

      import java.util.List;
      import java.util.Optional;
      import org.immutables.value.Value;
      import vn.massorg.governance.model.ModelStyle;
      import vn.massorg.governance.model.ModelValue;

      @Value.Immutable
      @ModelStyle
      public abstract class Forms extends ModelValue<Forms> {
        public abstract Optional<List<String>> getParagraphs();

        public abstract String[] getWords();

        @Value.Derived
        public String getSummary() {
          return "tóm tắt";
        }
      }
      """;

  private static final String ORPHAN =
      """
      package refused;

      import org.immutables.value.Value;
      import vn.massorg.governance.model.ModelStyle;

      @Value.Immutable
      @ModelStyle
      public abstract class Orphan {
        public abstract String getName();
      }
      """;

  @TempDir Path dir;

  @Test
  @DisplayName("every form of text it has a rule for is stored NFC, by builder, with* and from")
  @SuppressWarnings("unchecked")
  void everyForm() throws Exception {
    Path classes = compile(List.of("sample/Sample.java", "sample/Probe.java"), SAMPLE, PROBE);
    String nfc = "Kể cả Hội đồng";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Function<String[], List<Object>> probe =
          (Function<String[], List<Object>>)
              loader.loadClass("sample.Probe").getDeclaredConstructor().newInstance();
      assertThat(probe.apply(new String[] {nfd, nfc}))
          .containsExactly(
              nfc, // String
              nfc, // Optional<String>
              nfc, // List<String>
              "1 " + nfc, // Set<String>: the two forms are one text
              nfc, // Map<String, Integer> keys
              nfc, // Map<Integer, String> values
              nfc, // Map<String, String> keys
              nfc, // and values
              nfc, // a @Value.Default String
              true, // equal to the sample built from NFC text
              true, // and so is the one made by with*
              "thường", // the default is kept when not set
              "'glossary' has two keys that differ only in their Unicode normalisation form: \""
                  + nfc
                  + "\"");
    }
  }

  @Test
  @DisplayName(
      "text in a form without a rule, computed text and a type not a ModelValue are refused")
  void refusals() throws IOException {
    List<String> errors =
        errors(List.of("refused/Forms.java", "refused/Orphan.java"), REFUSED, ORPHAN);
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .contains("Forms.getParagraphs() holds text in a form")
                    .contains("java.util.Optional<java.util.List<java.lang.String>>"))
        .anySatisfy(e -> assertThat(e).contains("Forms.getWords() holds text in a form"))
        .anySatisfy(e -> assertThat(e).contains("Forms.getSummary() computes text"))
        .anySatisfy(e -> assertThat(e).contains("Orphan must extend ModelValue<Orphan>"));
  }

  private Path compile(List<String> names, String... sources) throws IOException {
    List<String> errors = errors(names, sources);
    assertThat(errors).as("compiler errors").isEmpty();
    return dir.resolve("classes");
  }

  /** Compiles the sources with the test's class path as processor path: Immutables and ours. */
  private List<String> errors(List<String> names, String... sources) throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    List<File> files = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Path file = src.resolve(names.get(i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, sources[i], StandardCharsets.UTF_8);
      files.add(file.toFile());
    }
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      javac
          .getTask(
              null,
              fileManager,
              diagnostics,
              List.of(
                  "--release",
                  "17",
                  "-encoding",
                  "UTF-8",
                  "-classpath",
                  classPath,
                  "-processorpath",
                  classPath,
                  "-d",
                  classes.toString(),
                  "-s",
                  generated.toString()),
              null,
              fileManager.getJavaFileObjectsFromFiles(files))
          .call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .collect(Collectors.toList());
  }
}
