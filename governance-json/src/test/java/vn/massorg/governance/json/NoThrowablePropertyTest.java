package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import vn.massorg.governance.json.mutation.Mutations;
import vn.massorg.governance.json.mutation.Mutations.Mutant;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;

/**
 * No input crashes the reader: for random bytes and for mutants of valid documents (the hand-built
 * samples and generated records), every way in — bytes, string, stream; strict and lenient; read
 * and validate; an archive line — either gives a record or ends in {@link GovernanceJsonException}
 * with a real location (line and column from 1, a pointer). Anything else (a {@code
 * NullPointerException}, a {@code StackOverflowError}, an {@code UncheckedIOException} for bad
 * input, a location of -1) is a crash: the property catches every {@link Throwable} and shows the
 * input, shortened, with the operator and the pointer that made it. {@code governance.examples}
 * examples per property, 1,000 by default.
 */
class NoThrowablePropertyTest {
  private static final GovernanceJson STRICT = GovernanceJson.strict();
  private static final GovernanceJson LENIENT = GovernanceJson.lenient();
  private static final GovernanceValidator VALIDATOR = GovernanceValidator.standard();
  private static final byte[] FULL = Docs.utf8(STRICT.write(Samples.everyAttribute()));
  private static final byte[] SEED = Docs.utf8(STRICT.write(Samples.haiPhong()));

  /**
   * Shrinking draws a generated record again at every step: 100 cycles (QuickTheories' default)
   * take minutes, 20 already reach a one-operator mutant, which the description makes readable.
   */
  static final int SHRINK_CYCLES = 20;

  /**
   * Valid documents: the record that sets every attribute (every member the format has), the seed
   * meeting, and, when {@code generated}, generated records (every shape); shrinks towards the full
   * record.
   */
  static Gen<byte[]> validDocuments(boolean generated) {
    Gen<MeetingRecord> records = Generators.validRecords();
    return in -> {
      long which = in.next(Constraint.between(0, generated ? 3 : 1).withShrinkPoint(0));
      return which == 0 ? FULL : which == 1 ? SEED : Docs.utf8(STRICT.write(records.generate(in)));
    };
  }

  /** Mutants of valid documents, and in one case in ten random bytes. */
  static Gen<Mutant> inputs(boolean generated) {
    Gen<Mutant> mutants = Mutations.of(validDocuments(generated));
    Gen<byte[]> random = Mutations.randomBytes(300);
    Gen<Mutant> gen =
        in ->
            in.next(Constraint.between(0, 9).withShrinkPoint(0)) < 9
                ? mutants.generate(in)
                : new Mutant("random-bytes", "", random.generate(in));
    return gen.describedAs(Mutant::toString);
  }

  @Test
  void everyWayInGivesARecordOrAGovernanceJsonExceptionWithALocation() {
    qt().withExamples(Generators.examples())
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs(true))
        .checkAssert(NoThrowablePropertyTest::everyWayIn);
  }

  static void everyWayIn(Mutant m) {
    byte[] bytes = m.document();
    String text = new String(bytes, StandardCharsets.UTF_8);
    Optional<MeetingRecord> strict = outcome(m, "strict read(byte[])", () -> STRICT.read(bytes));
    outcome(m, "strict read(String)", () -> STRICT.read(text));
    Optional<MeetingRecord> stream =
        outcome(m, "strict read(InputStream)", () -> STRICT.read(new ByteArrayInputStream(bytes)));
    assertThat(stream).as("bytes and stream agree on %s", m).isEqualTo(strict);

    Optional<JsonDocument> lenient =
        outcome(m, "lenient readDocument(byte[])", () -> LENIENT.readDocument(bytes));
    // Lenient only adds what it keeps: what strict reads, lenient reads the same.
    strict.ifPresent(
        r -> assertThat(lenient.map(JsonDocument::getRecord)).as(m.toString()).contains(r));
    lenient.ifPresent(d -> assertNoNullKept(m, d));

    ReadResult fromBytes =
        validated(m, "readAndValidate(byte[])", () -> STRICT.readAndValidate(bytes, VALIDATOR));
    assertThat(fromBytes.getRecord())
        .as("read and readAndValidate agree on %s", m)
        .isEqualTo(strict);
    if (bytes.length < 64 * 1024) {
      // The same reads again through the other inputs; the megabyte mutants (long strings,
      // long lists) were read through them above, and validating them again only costs.
      validated(m, "readAndValidate(String)", () -> STRICT.readAndValidate(text, VALIDATOR));
      validated(
          m,
          "readAndValidate(InputStream)",
          () -> STRICT.readAndValidate(new ByteArrayInputStream(bytes), VALIDATOR));
      validated(
          m,
          "lenient readAndValidate(InputStream)",
          () -> LENIENT.readAndValidate(new ByteArrayInputStream(bytes), VALIDATOR));
    }
  }

  /**
   * Mutants as archive lines between good lines: every line is reported under its own number, a bad
   * one with its {@code format.*} finding at that line, and reading goes on to the good line after
   * it.
   */
  @Test
  void anArchiveReportsEachBadLineAndReadsOn() {
    // Mutants of the samples: what this property adds is the archive, not the record's shape.
    Gen<Mutant> one = inputs(false);
    Gen<List<Mutant>> several =
        in -> {
          int n = (int) in.next(Constraint.between(1, 3).withShrinkPoint(1));
          List<Mutant> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            out.add(one.generate(in));
          }
          return out;
        };
    qt().withExamples(Math.max(50, Generators.examples() / 5))
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(several.describedAs(List::toString))
        .checkAssert(this::archiveOf);
  }

  private void archiveOf(List<Mutant> mutants) {
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    List<Long> goodLines = new ArrayList<>();
    long line = 1;
    archive.writeBytes(SEED);
    archive.write('\n');
    goodLines.add(line);
    for (Mutant m : mutants) {
      archive.writeBytes(m.document());
      archive.write('\n');
      for (byte b : m.document()) {
        line += b == '\n' ? 1 : 0; // a raw line break makes the mutant two lines
      }
      line += 2;
      archive.writeBytes(SEED);
      archive.write('\n');
      goodLines.add(line);
    }
    String what = "archive of " + mutants;
    try (ArchiveReader reader =
        STRICT.openArchive(new ByteArrayInputStream(archive.toByteArray()))) {
      long expected = 1;
      while (reader.hasNext()) {
        ArchiveEntry entry = reader.next();
        assertThat(entry.getLine()).as(what).isEqualTo(expected);
        if (goodLines.contains(expected)) {
          assertThat(entry.getRecord())
              .as("good line %d after the bad ones in %s", expected, what)
              .contains(Samples.haiPhong());
        } else if (entry.getRecord().isEmpty()) {
          long at = expected;
          assertThat(entry.getReport().getFindings())
              .as("line %d of %s", at, what)
              .singleElement()
              .satisfies(f -> assertLocated(f, at, what));
        }
        expected++;
      }
      assertThat(expected - 1).as("lines read of " + what).isEqualTo(line);
      reader.finish();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (Throwable t) {
      if (t instanceof AssertionError a) {
        throw a;
      }
      throw crash("the archive reader", mutants.toString(), t);
    }
  }

  /**
   * Over the document limit: refused as {@code format.limit} with a location, whichever way in.
   * Kept out of the property so that it stays fast (a mutant of 8 MiB read nine times). A byte
   * array is measured before a parser is made, and refused at the byte past the limit.
   */
  @Test
  void aDocumentOverTheLimitIsRefusedWithALocationEveryWayIn() {
    Mutant m = Mutations.oversized(FULL);
    byte[] bytes = m.document();
    Map<String, Supplier<Object>> ways = new java.util.LinkedHashMap<>();
    ways.put("read(byte[])", () -> STRICT.read(bytes));
    ways.put("read(InputStream)", () -> STRICT.read(new ByteArrayInputStream(bytes)));
    ways.put("read(String)", () -> STRICT.read(new String(bytes, StandardCharsets.UTF_8)));
    ways.put("lenient read(byte[])", () -> LENIENT.read(bytes));
    for (Map.Entry<String, Supplier<Object>> way : ways.entrySet()) {
      Throwable thrown = catchAll(way.getValue());
      assertThat(thrown).as(way.getKey()).isInstanceOf(GovernanceJsonException.class);
      GovernanceJsonException e = (GovernanceJsonException) thrown;
      assertThat(e.getCode()).as(way.getKey()).isEqualTo("format.limit");
      assertThat(e.getLine()).as(way.getKey() + " line").isGreaterThanOrEqualTo(1);
      assertThat(e.getColumn()).as(way.getKey() + " column").isGreaterThanOrEqualTo(1);
    }
    validated(
        m,
        "readAndValidate(byte[]) over the limit",
        () -> STRICT.readAndValidate(bytes, VALIDATOR));
  }

  /**
   * An archive line over the limit is skipped unread and reported at its line, and the good line
   * after it is read.
   */
  @Test
  void anArchiveLineOverTheLimitIsReportedAndTheNextLineRead() {
    archiveOf(List.of(Mutations.oversized(FULL)));
  }

  /** The property is not vacuous: its check fails on a throwable and on a missing location. */
  @Test
  void theCheckFailsOnAThrowableAndOnALocationOfMinusOne() {
    Mutant m = new Mutant("retype", "/x", new byte[] {'{', '}'});
    assertThat(
            catchAll(
                () ->
                    outcome(
                        m,
                        "a crash",
                        () -> {
                          throw new StackOverflowError();
                        })))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("StackOverflowError")
        .hasMessageContaining("retype at '/x'");
    assertThat(
            catchAll(
                () ->
                    outcome(
                        m,
                        "no location",
                        () -> {
                          throw new GovernanceJsonException(
                              "format.limit",
                              "",
                              -1,
                              -1,
                              Messages.of("format.limit.document", "8388608"));
                        })))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("line");
  }

  // ---------------------------------------------------------------------------------- checks

  /** A result, or empty after a GovernanceJsonException with a location; any other is a crash. */
  private static <T> Optional<T> outcome(Mutant m, String way, Supplier<T> read) {
    T result;
    try {
      result = read.get();
    } catch (GovernanceJsonException e) {
      assertThat(e.getLine())
          .as("%s: line of %s on %s", way, e.getCode(), m)
          .isGreaterThanOrEqualTo(1);
      assertThat(e.getColumn())
          .as("%s: column of %s on %s", way, e.getCode(), m)
          .isGreaterThanOrEqualTo(1);
      assertThat(e.getPointer()).as("%s: pointer of %s on %s", way, e.getCode(), m).isNotNull();
      assertThat(e.getCode()).as("%s on %s", way, m).startsWith("format.");
      return Optional.empty();
    } catch (Throwable t) {
      throw crash(way, m.toString(), t);
    }
    assertThat(result).as("%s on %s", way, m).isNotNull();
    return Optional.of(result);
  }

  /** readAndValidate never throws; without a record it reports one located format finding. */
  private static ReadResult validated(Mutant m, String way, Supplier<ReadResult> read) {
    ReadResult result;
    try {
      result = read.get();
    } catch (Throwable t) {
      throw crash(way, m.toString(), t);
    }
    if (result.getRecord().isEmpty()) {
      assertThat(result.getReport().getFindings())
          .as("%s on %s", way, m)
          .singleElement()
          .satisfies(f -> assertLocated(f, -1, way + " on " + m));
    }
    return result;
  }

  /** A format finding at a line (or any line when {@code line} is -1) and a column from 1. */
  private static void assertLocated(Finding f, long line, String what) {
    assertThat(f.getCode()).as(what).startsWith("format.");
    assertThat(f.getPath()).as(what).isNotNull();
    long at = Long.parseLong(f.getArguments().get("line"));
    assertThat(at).as("line of %s in %s", f.getCode(), what).isGreaterThanOrEqualTo(1);
    if (line > 0) {
      assertThat(at).as("line of %s in %s", f.getCode(), what).isEqualTo(line);
    }
    assertThat(Long.parseLong(f.getArguments().get("column")))
        .as("column of %s in %s", f.getCode(), what)
        .isGreaterThanOrEqualTo(1);
  }

  /** {@code null} is refused everywhere, in both modes: a kept member is never null. */
  private static void assertNoNullKept(Mutant m, JsonDocument document) {
    for (Map<String, JsonNode> members : document.getUnknownMembers().values()) {
      members.forEach(
          (name, value) ->
              assertThat(value.isNull()).as("lenient kept %s: null on %s", name, m).isFalse());
    }
  }

  private static AssertionError crash(String way, String input, Throwable t) {
    StringBuilder trace = new StringBuilder();
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < Math.min(12, frames.length); i++) {
      trace.append("\n  at ").append(frames[i]);
    }
    String message = String.valueOf(t.getMessage());
    return new AssertionError(
        way
            + " threw "
            + t.getClass().getName()
            + ": "
            + (message.length() > 300 ? message.substring(0, 300) + "…" : message)
            + trace
            + "\non "
            + input,
        t);
  }

  private static Throwable catchAll(Supplier<?> action) {
    try {
      action.get();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
