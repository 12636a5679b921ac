package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link LargeArchiveCheck} (a 1 GiB archive, or {@code governance.largeArchive.bytes}) and
 * {@link HostileInputCheck} in child JVMs under {@code -Xmx64m}. Too slow for every build: only
 * with {@code -Dgovernance.largeArchive=true}.
 */
@EnabledIfSystemProperty(named = "governance.largeArchive", matches = "true")
class SmallHeapTest {

  private static String run(Class<?> main, String... args) throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                main.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  @Test
  void aLargeArchiveStreamsUnderSixtyFourMegabytes() throws Exception {
    String bytes = System.getProperty("governance.largeArchive.bytes", Long.toString(1L << 30));
    assertThat(run(LargeArchiveCheck.class, bytes)).contains("OK bytes=");
  }

  @Test
  void aLargeArchiveReadWithEveryCoreStreamsUnderSixtyFourMegabytes() throws Exception {
    String bytes = System.getProperty("governance.largeArchive.bytes", Long.toString(1L << 30));
    String threads = Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors()));
    assertThat(run(LargeArchiveCheck.class, bytes, threads)).contains("OK bytes=");
  }

  @Test
  void theHostileCorpusEndsInErrorsUnderSixtyFourMegabytes() throws Exception {
    assertThat(run(HostileInputCheck.class)).contains("OK cases=");
  }
}
