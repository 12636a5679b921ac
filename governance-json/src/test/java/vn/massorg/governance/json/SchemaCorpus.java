package vn.massorg.governance.json;

import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.massorg.governance.json.mutation.Mutations;
import vn.massorg.governance.json.mutation.Mutations.Mutant;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Generators;

/**
 * The schema corpus: a few hundred small documents, valid and invalid, with the strict reader's
 * verdict on each, so that a JSON Schema validator no one here wrote (ajv, run by {@code .ci/run}
 * from {@code governance-json/src/test/js}) can be held to the same verdicts. {@code
 * SchemaCorpusTest} reads every file again with {@link GovernanceJson#strict()} and fails when a
 * verdict, a file or a manifest entry differs, so the committed manifest cannot go stale.
 *
 * <p>What it holds, in a fixed order and the same bytes every run (fixed seeds; {@link
 * Mutations#systematic(byte[])} is deterministic):
 *
 * <ul>
 *   <li>valid documents: the shipped sample of governance-examples as committed, the test samples
 *       {@link Samples#haiPhong()} and {@link Samples#everyAttribute()} as written and in canonical
 *       form, and records of {@link Generators#validRecords(int)} drawn with a fixed seed;
 *   <li>mutants of the shipped sample and of {@code everyAttribute} by the engine of {@link
 *       Mutations}: for each operator, a fixed number spread evenly over its systematic list (so
 *       over the places of the document), leaving out the operators and variants that make large
 *       documents ({@code many-tokens}, the million-character strings): whole-document limits are
 *       not a schema's business, and every file stays under {@value #MAX_BYTES} bytes;
 *   <li>a few records that break a relation between values, which the engine does not aim at (an
 *       identifier used twice, an end before its start, a holding outside its term, a body that is
 *       its own parent).
 * </ul>
 *
 * <p>The manifest ({@value #MANIFEST}) gives for each file how it was made and the reader's
 * verdict: {@code accepted}, or {@code refused} with the {@code format.*} code, the JSON Pointer
 * and whether the refusal is of a class a JSON Schema cannot express ({@link
 * #inexpressible(GovernanceJsonException, byte[])}); there a schema validator's acceptance is
 * expected. Nothing in it is written by hand.
 *
 * <p>Regenerate from the repository root (deletes the corpus's files and writes them again; the
 * first command compiles the reactor's test code without installing anything):
 *
 * <pre>
 * mvn -B -ntp -q -pl governance-json -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp governance-json/target/test-classes:governance-json/target/classes:$(cat governance-json/target/test.classpath) \
 *     vn.massorg.governance.json.SchemaCorpus
 * </pre>
 *
 * <p>An optional argument names the repository root (default: the working directory).
 */
public final class SchemaCorpus {
  /** The corpus directory, from the repository root. */
  static final String DIRECTORY =
      "governance-json/src/test/resources/vn/massorg/governance/json/schema-corpus";

  /** The manifest's file name, in the corpus directory. */
  static final String MANIFEST = "verdicts.json";

  /** The shipped sample, from the repository root. */
  static final String SHIPPED_SAMPLE =
      "governance-examples/src/main/resources/vn/massorg/"
          + "governance/examples/hai-phong-2020-q3-standing-committee.json";

  /** No file of the corpus is larger: the schema's business is not size. */
  static final int MAX_BYTES = 128 * 1024;

  /** Mutants per operator, of the full sample and of the shipped sample. */
  private static final int PER_OPERATOR_FULL = 13;

  private static final int PER_OPERATOR_SHIPPED = 4;

  /** Generated valid records, and the seed they are drawn with. */
  private static final int GENERATED = 24;

  private static final long SEED = 20_201_021L;

  /** Operators whose every mutant is a whole-document limit or megabytes long. */
  private static final Set<String> LEFT_OUT = Set.of("many-tokens");

  private static final ObjectMapper EXACT =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** The manifest in ASCII: a pointer may name a member with a lone surrogate, escaped. */
  private static final ObjectMapper MANIFEST_WRITER =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private SchemaCorpus() {}

  /** One document of the corpus: a file name without its number, how it was made, the bytes. */
  record Document(String what, String made, byte[] bytes) {}

  /**
   * The strict reader's verdict on a document.
   *
   * @param accepted whether {@link GovernanceJson#strict()} reads it
   * @param code the {@code format.*} code of a refusal, else null
   * @param pointer the JSON Pointer of a refusal, else null
   * @param inexpressible for a refusal no JSON Schema can express, its class, else null
   */
  record Verdict(boolean accepted, String code, String pointer, String inexpressible) {
    static final Verdict ACCEPTED = new Verdict(true, null, null, null);

    /** Refused or accepted, with the code, pointer and class: how a failure message says it. */
    @Override
    public String toString() {
      return accepted
          ? "accepted"
          : "refused "
              + code
              + " at '"
              + pointer
              + "'"
              + (inexpressible == null ? "" : " (inexpressible: " + inexpressible + ")");
    }
  }

  // ------------------------------------------------------------------------------ the verdicts

  /**
   * What the strict reader says of a document.
   *
   * @param document the bytes as in the file
   * @return the verdict, not null
   */
  static Verdict verdict(byte[] document) {
    try {
      GovernanceJson.strict().read(document);
      return Verdict.ACCEPTED;
    } catch (GovernanceJsonException e) {
      return new Verdict(
          false, e.getCode(), e.getPointer(), inexpressible(e, document).orElse(null));
    }
  }

  private static final Pattern USED_TWICE = Pattern.compile("identifier \".*\" is used twice in '");
  private static final Pattern RELATION =
      Pattern.compile("is before 'start'|names itself as its 'parentId'|\\) is outside term ");
  private static final Pattern SHARE =
      Pattern.compile("threshold >=?(\\d+)/(\\d+) is not a share between 0 and 1");
  private static final Pattern LONE_SURROGATE = Pattern.compile("has a lone surrogate U\\+");

  /**
   * Whether a refusal is of a class that a JSON Schema cannot express, and which. A schema
   * validates the value that a JSON parser makes of the text, one value at a time:
   *
   * <ul>
   *   <li>{@code duplicate-member}: a parser keeps one of two members of the same name ({@code
   *       format.duplicate-key});
   *   <li>{@code unique-identifier}: an identifier used twice in a record, in lists of different
   *       objects;
   *   <li>{@code relation}: a relation between values: an end before its start, a holding outside
   *       its term, a body that is its own parent, a threshold above 1 (its numerator against its
   *       denominator; a zero denominator is a form, which the schema refuses);
   *   <li>{@code document-limit}: nesting depth, tokens and bytes of the whole document;
   *   <li>{@code lone-surrogate}: an escaped unpaired surrogate, which a parser in UTF-16
   *       (JavaScript's) keeps as a character;
   *   <li>{@code number-spelling}: {@code 1.0} or {@code 1e2} for an integer: in JSON Schema's data
   *       model a number with a zero fractional part is an integer, whatever its spelling.
   * </ul>
   *
   * @param e the reader's refusal
   * @param document the document refused
   * @return the class, or empty when a schema can say the same
   */
  static Optional<String> inexpressible(GovernanceJsonException e, byte[] document) {
    String en = e.getText().getEn().orElseThrow();
    switch (e.getCode()) {
      case "format.duplicate-key":
        return Optional.of("duplicate-member");
      case "format.limit":
        return en.equals(
                    Messages.of("format.limit.depth", Integer.toString(JsonSetup.MAX_DEPTH))
                        .getEn()
                        .orElseThrow())
                || en.equals(
                    Messages.of("format.limit.tokens", Long.toString(JsonSetup.MAX_TOKENS))
                        .getEn()
                        .orElseThrow())
                || en.equals(
                    Messages.of("format.limit.document", Integer.toString(JsonSetup.MAX_DOCUMENT))
                        .getEn()
                        .orElseThrow())
            ? Optional.of("document-limit")
            : Optional.empty();
      case "format.type":
        return integralNumberAt(document, e.getPointer())
            ? Optional.of("number-spelling")
            : Optional.empty();
      case "format.value":
      case "format.invariant":
        if (en.equals(Messages.of("format.value.surrogate").getEn().orElseThrow())
            || LONE_SURROGATE.matcher(en).find()) {
          return Optional.of("lone-surrogate");
        }
        if (USED_TWICE.matcher(en).find()) {
          return Optional.of("unique-identifier");
        }
        Matcher share = SHARE.matcher(en);
        if (RELATION.matcher(en).find()
            || (share.find() && new BigDecimal(share.group(2)).signum() != 0)) {
          return Optional.of("relation");
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /**
   * Whether the value at the pointer is a number written with a fraction or an exponent that is, as
   * a number, an integer (so JSON Schema's "integer").
   */
  private static boolean integralNumberAt(byte[] document, String pointer) {
    JsonNode value;
    try {
      value = EXACT.readTree(document).at(JsonPointer.compile(pointer));
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
    if (!value.isFloatingPointNumber()) {
      return false;
    }
    BigDecimal exact = value.decimalValue();
    return exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
  }

  // ------------------------------------------------------------------------------ the documents

  /**
   * Every document of the corpus, in its fixed order, without two of the same bytes.
   *
   * @param root the repository root, where the shipped sample is read
   * @return the documents, not null
   */
  static List<Document> documents(Path root) {
    List<Document> out = new ArrayList<>();
    byte[] shipped = read(root.resolve(SHIPPED_SAMPLE));
    byte[] full = utf8(GovernanceJson.strict().write(Samples.everyAttribute()));
    out.add(new Document("valid-shipped-sample", "the shipped sample, as committed", shipped));
    out.add(
        new Document(
            "valid-hai-phong",
            "Samples.haiPhong(), written",
            utf8(GovernanceJson.strict().write(Samples.haiPhong()))));
    out.add(
        new Document(
            "valid-hai-phong-canonical",
            "Samples.haiPhong(), canonical form",
            GovernanceJson.strict().canonicalBytes(Samples.haiPhong())));
    out.add(new Document("valid-every-attribute", "Samples.everyAttribute(), written", full));
    out.add(
        new Document(
            "valid-every-attribute-canonical",
            "Samples.everyAttribute(), canonical form",
            GovernanceJson.strict().canonicalBytes(Samples.everyAttribute())));
    List<MeetingRecord> generated = new ArrayList<>();
    qt().withFixedSeed(SEED)
        .withExamples(GENERATED)
        .forAll(Generators.validRecords(8))
        .checkAssert(generated::add);
    for (int i = 0; i < generated.size(); i++) {
      out.add(
          new Document(
              "valid-generated-" + i,
              "Generators.validRecords(8), seed " + SEED + ", example " + i,
              utf8(GovernanceJson.strict().write(generated.get(i)))));
    }
    mutants(out, "every-attribute", full, PER_OPERATOR_FULL);
    mutants(out, "shipped-sample", shipped, PER_OPERATOR_SHIPPED);
    relations(out);
    return distinct(out);
  }

  /** For each operator, {@code count} small mutants spread evenly over its systematic list. */
  private static void mutants(List<Document> out, String source, byte[] valid, int count) {
    for (String operator : Mutations.OPERATORS) {
      if (LEFT_OUT.contains(operator)) {
        continue;
      }
      List<Mutant> all = Mutations.systematic(valid, operator::equals); // none: no such place
      int taken = 0;
      // Evenly spaced starting points; from each, the first small mutant not yet taken.
      Set<Integer> used = new HashSet<>();
      for (int k = 0; k < count && k < all.size(); k++) {
        for (int i = (int) ((long) all.size() * k / count); i < all.size(); i++) {
          if (used.contains(i)) {
            continue;
          }
          Mutant m = all.get(i);
          if (m.document().length <= MAX_BYTES) {
            used.add(i);
            out.add(
                new Document(
                    operator + "-" + slug(m.pointer()),
                    "Mutations.systematic("
                        + source
                        + ")["
                        + i
                        + "]: "
                        + operator
                        + " at '"
                        + m.pointer()
                        + "'",
                    m.document()));
            taken++;
            break;
          }
        }
      }
      if (taken == 0 && !all.isEmpty()) {
        throw new IllegalStateException("no small mutant of " + operator + " for " + source);
      }
    }
  }

  /** Relations between values, which the mutation engine does not aim at. */
  private static void relations(List<Document> out) {
    relation(
        out,
        "relation-person-id-twice",
        "a person's identifier used twice",
        t -> ((ObjectNode) t.at("/people/1")).put("id", "person.a"));
    relation(
        out,
        "relation-post-id-twice",
        "a post's identifier used twice",
        t -> ((ObjectNode) t.at("/term/bodies/1/posts/1")).put("id", "post.chair"));
    relation(
        out,
        "relation-term-end-before-start",
        "the term's end before its start",
        t -> ((ObjectNode) t.at("/term")).put("end", "2018"));
    relation(
        out,
        "relation-holding-end-before-start",
        "a holding's end before its start",
        t -> ((ObjectNode) t.at("/term/bodies/1/posts/0/holdings/0")).put("end", "2019-10-01"));
    relation(
        out,
        "relation-holding-outside-term",
        "a holding that starts before its term",
        t -> ((ObjectNode) t.at("/term/bodies/1/posts/0/holdings/0")).put("start", "2018"));
    relation(
        out,
        "relation-body-own-parent",
        "a body that is its own parent",
        t -> ((ObjectNode) t.at("/term/bodies/1")).put("parentId", "body.btv"));
    relation(
        out,
        "relation-threshold-above-one",
        "a threshold above 1",
        t -> ((ObjectNode) t.at("/meeting/agenda/0/decisions/0")).put("requiredMajority", ">=3/2"));
    relation(
        out,
        "relation-more-than-all",
        "a threshold of more than all",
        t -> ((ObjectNode) t.at("/meeting/agenda/0/decisions/0")).put("requiredMajority", ">1/1"));
    relation(
        out,
        "relation-report-id-twice",
        "a report's identifier used twice",
        t -> ((ArrayNode) t.at("/reports")).add(t.at("/reports/0").deepCopy()));
    relation(
        out,
        "relation-term-ends-before-a-holding",
        "a term that ends before a holding " + "of it ends",
        t -> ((ObjectNode) t.at("/term")).put("end", "2020"));
    relation(
        out,
        "relation-valid-holding-year-of-term-start",
        "a holding from the year the term starts, given to the year only",
        t -> ((ObjectNode) t.at("/term/bodies/1/posts/0/holdings/0")).put("start", "2019"));
  }

  private static void relation(
      List<Document> out, String what, String made, Consumer<ObjectNode> edit) {
    ObjectNode tree = Docs.tree(Samples.everyAttribute());
    edit.accept(tree);
    out.add(
        new Document(what, made + " (Samples.everyAttribute(), edited)", utf8(tree.toString())));
  }

  private static List<Document> distinct(List<Document> documents) {
    Set<String> seen = new HashSet<>();
    List<Document> out = new ArrayList<>();
    for (Document d : documents) {
      if (seen.add(sha256(d.bytes()))) {
        out.add(d);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------ the files

  /**
   * Writes the corpus: deletes the directory's {@code .json} files and writes each document as
   * {@code NNN-what.json} and the manifest.
   *
   * @param args optionally the repository root
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve(SHIPPED_SAMPLE))) {
      throw new IllegalArgumentException("not the repository root: " + root);
    }
    Path dir = root.resolve(DIRECTORY);
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        if (p.getFileName().toString().endsWith(".json")) {
          Files.delete(p);
        }
      }
    }
    List<Document> documents = documents(root);
    List<String> lines = new ArrayList<>();
    int accepted = 0;
    int inexpressible = 0;
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      String file = String.format(Locale.ROOT, "%03d-%s.json", i + 1, d.what());
      Files.write(dir.resolve(file), d.bytes());
      Verdict v = verdict(d.bytes());
      accepted += v.accepted() ? 1 : 0;
      inexpressible += v.inexpressible() != null ? 1 : 0;
      lines.add(MANIFEST_WRITER.writeValueAsString(entry(file, d.made(), v)));
    }
    String manifest =
        "{\"generator\": \"vn.massorg.governance.json.SchemaCorpus (test code; "
            + "the javadoc says how to regenerate)\",\n \"reader\": \"GovernanceJson.strict()\",\n"
            + " \"documents\": [\n  "
            + String.join(",\n  ", lines)
            + "\n]}\n";
    Files.writeString(dir.resolve(MANIFEST), manifest, StandardCharsets.US_ASCII);
    System.out.printf(
        Locale.ROOT,
        "%d documents in %s: %d accepted, %d refused "
            + "(%d of a class a schema cannot express)%n",
        documents.size(),
        root.relativize(dir),
        accepted,
        documents.size() - accepted,
        inexpressible);
  }

  /** A manifest entry, members in a fixed order. */
  static Map<String, Object> entry(String file, String made, Verdict v) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("file", file);
    entry.put("made", made);
    entry.put("verdict", v.accepted() ? "accepted" : "refused");
    if (!v.accepted()) {
      entry.put("code", v.code());
      entry.put("pointer", v.pointer());
      entry.put("inexpressible", v.inexpressible() != null);
      if (v.inexpressible() != null) {
        entry.put("class", v.inexpressible());
      }
    }
    return entry;
  }

  /** A pointer as part of a file name: lowercase ASCII letters, digits and dashes. */
  static String slug(String pointer) {
    String s =
        pointer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (s.isEmpty()) {
      return "document";
    }
    return s.length() <= 50 ? s : s.substring(0, 50).replaceAll("-$", "");
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return Arrays.toString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
