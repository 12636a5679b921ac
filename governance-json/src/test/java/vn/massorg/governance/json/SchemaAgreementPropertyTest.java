package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.massorg.governance.json.mutation.Mutations;
import vn.massorg.governance.json.mutation.Mutations.Mutant;
import vn.massorg.governance.testing.Generators;

/**
 * The shipped schema and the strict reader agree on every mutant of a valid document: the reader
 * reads it without {@link GovernanceJsonException} exactly when the schema (networknt, as {@link
 * SchemaTest} loads it) reports no error, except for the facts a JSON Schema cannot say ({@link
 * Cannot}). Each disagreement is attributed to one of them by a check that holds for that cause
 * only: the reader's error code and pointer together with an oracle computed here from the document
 * (a Jackson parser that refuses duplicate names, the two dates compared, the identifiers counted,
 * the tokens counted), never a message text. A disagreement that no check explains fails the
 * property; so does an input that is not JSON at all and that the reader reads.
 *
 * <p>The list of {@link Cannot} is the list in the schema's description and in
 * docs/design/json-format.md ("JSON Schema"); change them together.
 */
class SchemaAgreementPropertyTest {
  private static final GovernanceJson STRICT = GovernanceJson.strict();
  private static final byte[] FULL = Docs.utf8(STRICT.write(Samples.everyAttribute()));
  private static final byte[] SEED = Docs.utf8(STRICT.write(Samples.haiPhong()));

  /**
   * The trees the schema sees: a plain parser without the reader's limits, keeping the last of two
   * equal names, as a non-Java application's JSON library would.
   */
  private static final ObjectMapper TREES =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxStringLength(Integer.MAX_VALUE)
                      .maxDocumentLength(-1)
                      .maxNestingDepth(5000)
                      .maxNumberLength(10_000)
                      .build())
              .build());

  /** The schema's threshold form: an odd ratio in this form is the schema's to refuse. */
  private static final Pattern THRESHOLD_FORM = Pattern.compile("(>=|>)([0-9]{1,4})/([0-9]{1,4})");

  /**
   * What a JSON Schema cannot say, and so the schema leaves to the reader and the model. The
   * schema's description and the design document list exactly these.
   */
  enum Cannot {
    /** A name twice in one object: a schema sees the parsed value, which holds one of them. */
    DUPLICATE_NAMES("a member name twice in one object"),
    /** Identifiers unique within a record: people, reports, bodies, posts, units, entries. */
    UNIQUE_IDENTIFIERS("identifiers unique within a record"),
    /** Dates in order: a term's or a holding's end before its start, a holding outside its term. */
    DATE_ORDER("dates in order"),
    /** A body its own parent: a relation between two members' values. */
    SELF_PARENT("a body that is its own parent"),
    /** A threshold above 1 ({@code >3/2}, {@code >1/1}): two numbers of a string compared. */
    THRESHOLD_ABOVE_ONE("a threshold above 1"),
    /** Whole-document limits: size, nesting depth, token count. */
    DOCUMENT_LIMITS("the whole-document limits"),
    /** An escaped lone surrogate: a schema sees a string, not whether it is valid Unicode. */
    LONE_SURROGATES("escaped lone surrogates"),
    /** An integer written {@code 1.0} or {@code 1e2}: one number in JSON Schema's data model. */
    INTEGER_SPELLING("an integer written with a fraction or an exponent"),
    /** The bytes' encoding (a byte order mark): a schema sees the decoded value, not the bytes. */
    ENCODING("a byte order mark");

    /** How the schema's description and the design document name it. */
    final String phrase;

    Cannot(String phrase) {
      this.phrase = phrase;
    }
  }

  /** A text of 1,000,000 code points in 1,000,001 UTF-16 units. */
  private static final String MILLION_CODE_POINTS = "a".repeat(999_999) + "\uD83D\uDE00";

  private static final Map<Cannot, AtomicInteger> SEEN = new EnumMap<>(Cannot.class);
  private static final AtomicInteger AGREED = new AtomicInteger();

  static Gen<byte[]> validDocuments() {
    return NoThrowablePropertyTest.validDocuments(true);
  }

  @Test
  void theSchemaAndTheReaderAgreeOnEveryMutantButWhatASchemaCannotSay() {
    qt().withExamples(Generators.examples())
        .withShrinkCycles(NoThrowablePropertyTest.SHRINK_CYCLES)
        .forAll(Mutations.of(validDocuments()))
        .checkAssert(SchemaAgreementPropertyTest::agree);
  }

  /**
   * The same over the systematic mutants of the full record and the seed: for each operator about 6
   * of its places in each, spread over the document (all of them would take minutes), so that every
   * operator is checked whatever the generator happens to draw.
   */
  @Test
  void theSchemaAndTheReaderAgreeOnASampleOfEveryOperatorsSystematicMutants() {
    for (byte[] document : List.of(FULL, SEED)) {
      for (String operator : Mutations.OPERATORS) {
        List<Mutant> mutants = Mutations.systematic(document, operator::equals);
        // Megabytes each: a few of them are enough, the generator draws others.
        int wanted = List.of("many-tokens", "astral", "lengthen").contains(operator) ? 1 : 6;
        int step = Math.max(1, mutants.size() / wanted);
        for (int i = 0; i < mutants.size(); i += step) {
          agree(mutants.get(i));
        }
      }
    }
  }

  /**
   * The schema's {@code maxLength: 1000000} counts code points, and the format means code points:
   * the reader counts them too, beyond the parser's own limit in UTF-16 units, so a string under
   * the limit in code points and over it in UTF-16 units is read.
   */
  @Test
  void aStringOfAtMostAMillionCodePointsIsReadAsTheSchemaAcceptsIt() {
    String json = Docs.with("/meeting/title/vi", "\"" + MILLION_CODE_POINTS + "\"");
    assertThat(SchemaTest.errors(json)).as("the schema counts code points").isEmpty();
    assertThat(readError(json.getBytes(StandardCharsets.UTF_8)))
        .as("the reader reads 1,000,000 code points in 1,000,001 UTF-16 units")
        .isEmpty();
  }

  /** The attribution is not a blanket: each check refuses a disagreement of another cause. */
  @Test
  void eachClassIsAttributedOnlyOnItsOwnEvidence() {
    // A duplicate name: attributed; the same error code on a document without one: not.
    byte[] duplicate = ("{\"format\":\"a\",\"format\":\"b\"}").getBytes(StandardCharsets.UTF_8);
    GovernanceJsonException dup =
        new GovernanceJsonException(
            "format.duplicate-key",
            "/format",
            1,
            20,
            Messages.of("format.duplicate-key", "format"));
    assertThat(attribute(duplicate, tree(duplicate), dup)).contains(Cannot.DUPLICATE_NAMES);
    assertThat(attribute(FULL, tree(FULL), dup)).isEmpty();
    // An invariant at the record: identifiers twice are attributed, a malformed one is not.
    String twice =
        Docs.edited(
            t ->
                ((com.fasterxml.jackson.databind.node.ArrayNode) t.get("people"))
                    .add(t.get("people").get(0).deepCopy()));
    GovernanceJsonException root =
        new GovernanceJsonException(
            "format.invariant", "", 1, 1, Messages.of("format.invariant", "x"));
    assertThat(attribute(Docs.utf8(twice), tree(Docs.utf8(twice)), root))
        .contains(Cannot.UNIQUE_IDENTIFIERS);
    assertThat(attribute(FULL, tree(FULL), root)).isEmpty();
    // A threshold: above 1 is attributed, a zero denominator (the schema's to refuse) is not.
    String pointer = "/meeting/agenda/0/decisions/0/requiredMajority";
    GovernanceJsonException value =
        new GovernanceJsonException(
            "format.value", pointer, 1, 1, Messages.of("format.invariant", "x"));
    byte[] above = Docs.utf8(Docs.with(pointer, "\">3/2\""));
    byte[] zero = Docs.utf8(Docs.with(pointer, "\">=1/0\""));
    assertThat(attribute(above, tree(above), value)).contains(Cannot.THRESHOLD_ABOVE_ONE);
    assertThat(attribute(zero, tree(zero), value)).isEmpty();
    // Dates: an end before its start is attributed; an invariant at /term without one is not.
    byte[] early = Docs.utf8(Docs.with("/term/end", "\"2001\""));
    GovernanceJsonException term =
        new GovernanceJsonException(
            "format.invariant", "/term", 1, 1, Messages.of("format.invariant", "x"));
    assertThat(attribute(early, tree(early), term)).contains(Cannot.DATE_ORDER);
    assertThat(attribute(FULL, tree(FULL), term)).isEmpty();
    // A body its own parent is attributed; an invariant at a body with another parent is not.
    byte[] own = Docs.utf8(Docs.with("/term/bodies/1/parentId", "\"body.btv\""));
    GovernanceJsonException body =
        new GovernanceJsonException(
            "format.invariant", "/term/bodies/1", 1, 1, Messages.of("format.invariant", "x"));
    assertThat(attribute(own, tree(own), body)).contains(Cannot.SELF_PARENT);
    assertThat(attribute(FULL, tree(FULL), body)).isEmpty();
    // An integer spelled 1.0 is attributed; a type error on a string is not.
    byte[] spelled = Docs.utf8(Docs.with("/term/ordinal", "7.0"));
    byte[] string = Docs.utf8(Docs.with("/term/ordinal", "\"7\""));
    GovernanceJsonException type =
        new GovernanceJsonException(
            "format.type", "/term/ordinal", 1, 1, Messages.of("format.invariant", "x"));
    assertThat(attribute(spelled, tree(spelled), type)).contains(Cannot.INTEGER_SPELLING);
    assertThat(attribute(string, tree(string), type)).isEmpty();
    // A lone surrogate in the text at the error's pointer; none there: not.
    // Written as text: a tree would write the lone surrogate as "?".
    byte[] lone =
        Docs.utf8(
            new String(FULL, StandardCharsets.UTF_8)
                .replace("\"Hội nghị bất thường\"", "\"Hội nghị bất thường\\ud800\""));
    GovernanceJsonException text =
        new GovernanceJsonException(
            "format.value", "/meeting/title/vi", 1, 1, Messages.of("format.value.surrogate"));
    assertThat(attribute(lone, tree(lone), text)).contains(Cannot.LONE_SURROGATES);
    assertThat(attribute(FULL, tree(FULL), text)).isEmpty();
    // A limit: a list past 500,000 tokens is attributed; a document within the limits is not.
    byte[] many = Mutations.systematic(FULL, "many-tokens"::equals).get(0).document();
    GovernanceJsonException limit =
        new GovernanceJsonException(
            "format.limit", "", 1, 1, Messages.of("format.limit.document", "8388608"));
    assertThat(attribute(many, tree(many), limit)).contains(Cannot.DOCUMENT_LIMITS);
    assertThat(attribute(FULL, tree(FULL), limit)).isEmpty();
    // A byte order mark before the document is attributed; a syntax error without one is not.
    byte[] bom = new byte[FULL.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(FULL, 0, bom, 3, FULL.length);
    GovernanceJsonException syntax =
        new GovernanceJsonException("format.syntax", "", 1, 1, Messages.of("format.syntax.bom"));
    assertThat(attribute(bom, tree(bom), syntax)).contains(Cannot.ENCODING);
    assertThat(attribute(FULL, tree(FULL), syntax)).isEmpty();
  }

  /** The schema's description and the design document list exactly the classes exempted here. */
  @Test
  void theSchemaAndTheDesignDocumentSayWhatASchemaCannotSay() throws IOException {
    String description = SchemaTest.load().getSchemaNode().get("description").textValue();
    String design =
        java.nio.file.Files.readString(java.nio.file.Path.of("../docs/design/json-format.md"))
            .replaceAll("\\s+", " ");
    for (Cannot c : Cannot.values()) {
      assertThat(description).as("the schema's description names " + c).contains(c.phrase);
      assertThat(design).as("json-format.md names " + c).contains(c.phrase);
    }
    assertThat(description).doesNotContain("Feb 29").doesNotContain("29 February of a common");
  }

  @AfterAll
  static void summary() {
    System.out.println(
        "SchemaAgreementPropertyTest: agreed " + AGREED + ", disagreements by " + "class " + SEEN);
  }

  // ------------------------------------------------------------------------------ the check

  private static void agree(Mutant m) {
    byte[] bytes = m.document();
    Optional<GovernanceJsonException> reader = readError(bytes);
    JsonNode tree = tree(bytes);
    if (tree == null) {
      // Not JSON to a plain parser: there is no value for a schema to accept.
      assertThat(reader).as("the reader refuses what is not JSON: %s", m).isPresent();
      AGREED.incrementAndGet();
      return;
    }
    List<Error> errors = SchemaTest.SCHEMA.validate(tree);
    if (errors.isEmpty() != reader.isEmpty()) {
      Optional<Cannot> cause =
          reader.isEmpty() ? Optional.empty() : attribute(bytes, tree, reader.get());
      assertThat(cause)
          .as(
              "the schema %s and the reader %s on %s; schema errors %s",
              errors.isEmpty() ? "accepts" : "refuses",
              reader
                  .map(
                      e ->
                          "refuses "
                              + e.getCode()
                              + " at '"
                              + e.getPointer()
                              + "' ("
                              + e.getMessage(java.util.Locale.ENGLISH)
                              + ")")
                  .orElse("reads it"),
              m,
              errors.stream().limit(3).map(Error::toString).toList())
          .isPresent();
      synchronized (SEEN) {
        SEEN.computeIfAbsent(cause.get(), k -> new AtomicInteger()).incrementAndGet();
      }
    } else {
      AGREED.incrementAndGet();
    }
  }

  private static Optional<GovernanceJsonException> readError(byte[] bytes) {
    try {
      STRICT.read(bytes);
      return Optional.empty();
    } catch (GovernanceJsonException e) {
      return Optional.of(e);
    }
  }

  private static JsonNode tree(byte[] bytes) {
    try {
      return TREES.readTree(bytes);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The class of fact that explains why the reader refused what the schema accepted: the error's
   * code and pointer, and the document's own evidence of that class, must both hold.
   */
  static Optional<Cannot> attribute(byte[] bytes, JsonNode tree, GovernanceJsonException e) {
    String code = e.getCode();
    String at = e.getPointer();
    if (code.equals("format.duplicate-key") && at.equals(firstDuplicate(bytes))) {
      return Optional.of(Cannot.DUPLICATE_NAMES);
    }
    if (code.equals("format.invariant") && identifiersTwice(tree).contains(at)) {
      return Optional.of(Cannot.UNIQUE_IDENTIFIERS);
    }
    if (code.equals("format.invariant") && datesOutOfOrder(tree).contains(at)) {
      return Optional.of(Cannot.DATE_ORDER);
    }
    if (code.equals("format.invariant")
        && tree.at(at).path("parentId").isTextual()
        && tree.at(at).path("parentId").equals(tree.at(at).path("id"))) {
      return Optional.of(Cannot.SELF_PARENT);
    }
    if (code.equals("format.value") && aboveOne(tree.at(at))) {
      return Optional.of(Cannot.THRESHOLD_ABOVE_ONE);
    }
    if (code.equals("format.limit") && overDocumentLimits(bytes)) {
      return Optional.of(Cannot.DOCUMENT_LIMITS);
    }
    if (code.equals("format.value") && hasLoneSurrogate(tree.at(at))) {
      return Optional.of(Cannot.LONE_SURROGATES);
    }
    if (code.equals("format.type") && integerSpelledAsFraction(tree.at(at))) {
      return Optional.of(Cannot.INTEGER_SPELLING);
    }
    if (code.equals("format.syntax") && at.isEmpty() && startsWithByteOrderMark(bytes)) {
      return Optional.of(Cannot.ENCODING);
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------ the oracles

  /**
   * The pointer of the first name given twice in one object, found here by keeping the names of
   * every open object while a plain parser reads the bytes; null when there is none.
   */
  private static String firstDuplicate(byte[] bytes) {
    java.util.Deque<java.util.Set<String>> open = new java.util.ArrayDeque<>();
    try (JsonParser p = TREES.getFactory().createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          open.push(new java.util.HashSet<>());
        } else if (t == JsonToken.END_OBJECT) {
          open.pop();
        } else if (t == JsonToken.FIELD_NAME && !open.peek().add(p.currentName())) {
          return p.getParsingContext().pathAsPointer().toString();
        }
      }
    } catch (IOException ex) {
      // not JSON past some point: no duplicate before it
    }
    return null;
  }

  /**
   * The pointers of the objects whose lists hold an identifier twice: the record (people, reports),
   * the organisation (member units), the term (bodies, and posts across its bodies), the attendance
   * (entries by person).
   */
  private static List<String> identifiersTwice(JsonNode tree) {
    List<String> out = new ArrayList<>();
    twice(out, "", List.of(tree.path("people")), n -> n.path("id"));
    twice(out, "", List.of(tree.path("reports")), n -> n.path("id"));
    twice(out, "/organisation", List.of(tree.at("/organisation/memberUnits")), n -> n.path("id"));
    twice(out, "/term", List.of(tree.at("/term/bodies")), n -> n.path("id"));
    List<JsonNode> posts = new ArrayList<>();
    tree.at("/term/bodies").forEach(b -> posts.add(b.path("posts")));
    twice(out, "/term", posts, n -> n.path("id"));
    twice(
        out,
        "/meeting/attendance",
        List.of(tree.at("/meeting/attendance/entries")),
        n -> n.path("personId"));
    return out;
  }

  /** Adds the holder when a key is twice among the elements of the lists taken together. */
  private static void twice(
      List<String> out, String holder, List<JsonNode> lists, Function<JsonNode, JsonNode> key) {
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode list : lists) {
      for (JsonNode element : list) {
        JsonNode k = key.apply(element);
        if (k.isTextual() && seen.merge(k.textValue(), 1, Integer::sum) == 2) {
          out.add(holder);
        }
      }
    }
  }

  /**
   * The pointers of the objects whose dates are certainly out of order: the term (its end before
   * its start, a holding outside it) and a holding (its end before its start). A date is the span
   * of days it may be; one is certainly before another when its last day is before the other's
   * first.
   */
  private static List<String> datesOutOfOrder(JsonNode tree) {
    List<String> out = new ArrayList<>();
    JsonNode term = tree.path("term");
    Optional<LocalDate[]> start = span(term.path("start"));
    Optional<LocalDate[]> end = span(term.path("end"));
    if (start.isPresent() && end.isPresent() && before(end.get(), start.get())) {
      out.add("/term");
    }
    JsonNode bodies = term.path("bodies");
    for (int b = 0; b < bodies.size(); b++) {
      JsonNode posts = bodies.get(b).path("posts");
      for (int p = 0; p < posts.size(); p++) {
        JsonNode holdings = posts.get(p).path("holdings");
        for (int h = 0; h < holdings.size(); h++) {
          Optional<LocalDate[]> from = span(holdings.get(h).path("start"));
          Optional<LocalDate[]> to = span(holdings.get(h).path("end"));
          if (from.isPresent() && to.isPresent() && before(to.get(), from.get())) {
            out.add("/term/bodies/" + b + "/posts/" + p + "/holdings/" + h);
          }
          for (Optional<LocalDate[]> date : List.of(from, to)) {
            if (date.isPresent()
                && start.isPresent()
                && end.isPresent()
                && (before(date.get(), start.get()) || before(end.get(), date.get()))) {
              out.add("/term");
            }
          }
        }
      }
    }
    return out;
  }

  /** The first and last day a partial date may be, or empty when it is not one. */
  private static Optional<LocalDate[]> span(JsonNode date) {
    if (!date.isTextual()) {
      return Optional.empty();
    }
    String s = date.textValue();
    try {
      if (s.matches("[0-9]{4}")) {
        int y = Integer.parseInt(s);
        return Optional.of(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
      }
      if (s.matches("[0-9]{4}-[0-9]{2}")) {
        YearMonth ym = YearMonth.parse(s);
        return Optional.of(new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()});
      }
      LocalDate d = LocalDate.parse(s);
      return Optional.of(new LocalDate[] {d, d});
    } catch (RuntimeException ex) {
      return Optional.empty();
    }
  }

  private static boolean before(LocalDate[] a, LocalDate[] b) {
    return a[1].isBefore(b[0]);
  }

  /** A threshold in the schema's form whose ratio is above 1, or "more than" all. */
  private static boolean aboveOne(JsonNode value) {
    if (!value.isTextual()) {
      return false;
    }
    java.util.regex.Matcher m = THRESHOLD_FORM.matcher(value.textValue());
    if (!m.matches()) {
      return false;
    }
    int n = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    return d > 0 && (n > d || m.group(1).equals(">") && n == d);
  }

  /** Over the reader's whole-document limits: 8 MiB, 64 levels, 500,000 tokens. */
  private static boolean overDocumentLimits(byte[] bytes) {
    if (bytes.length > JsonSetup.MAX_DOCUMENT) {
      return true;
    }
    try (JsonParser p = TREES.getFactory().createParser(bytes)) {
      long tokens = 0;
      int depth = 0;
      int deepest = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
        if (t.isStructStart()) {
          deepest = Math.max(deepest, ++depth);
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
      return tokens > JsonSetup.MAX_TOKENS || deepest > JsonSetup.MAX_DEPTH;
    } catch (IOException ex) {
      return false;
    }
  }

  /** A string in the subtree (a text's object, or the string itself) with a lone surrogate. */
  private static boolean hasLoneSurrogate(JsonNode node) {
    if (node.isTextual()) {
      String s = node.textValue();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
    for (JsonNode child : node) {
      if (hasLoneSurrogate(child)) {
        return true;
      }
    }
    return false;
  }

  /** A number with a fraction or an exponent whose value is an integer: 1.0, 1e2. */
  private static boolean integerSpelledAsFraction(JsonNode value) {
    return value.isFloatingPointNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
