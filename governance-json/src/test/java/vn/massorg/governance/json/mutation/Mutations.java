package vn.massorg.governance.json.mutation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import vn.massorg.governance.testing.Generators;

/**
 * Breaks valid documents of the exchange format, one way at a time, so that the reader's
 * reliability can be checked on inputs that are almost right, where bugs live, and not only on
 * random bytes that fail at the first token.
 *
 * <p>Two faces over one catalogue of operators: {@link #systematic(byte[])} enumerates every
 * operator at every place of a document, deterministically (a committed corpus is sampled from it),
 * and {@link #of(Gen)} draws a random operator at a random place, sometimes several stacked, for
 * property tests; it shrinks towards the first operator at the first place with the first variant,
 * which are the simplest.
 *
 * <p>The operators (names are stable; a corpus and the properties' attribution key on them):
 *
 * <ul>
 *   <li>{@code delete-member}: a member of an object or an element of a list removed;
 *   <li>{@code add-member}: a member the format does not have (plain, {@code null}, a class-name
 *       gadget, a 201-character name, an empty name, an escaped lone surrogate in the name, a known
 *       name with another case);
 *   <li>{@code retype}: a value replaced by one of each other JSON type;
 *   <li>{@code duplicate-member}: a member written twice in its object, with the same and with
 *       another value (written as bytes: a tree cannot hold it);
 *   <li>{@code empty-value}: {@code ""}, {@code []} and {@code {}};
 *   <li>{@code lengthen}: strings of 100, 101, 1,000, 1,001, 1,000,000 and 1,000,001 characters,
 *       long codes {@code "a-a-a-..."}, long identifiers, a list with its elements repeated;
 *   <li>{@code out-of-range}: integers beyond the int range, at its ends, 0, negative, huge, and
 *       the spellings {@code 1.0}, {@code 1e2} and {@code -0};
 *   <li>{@code date-shape}: dates and periods of odd shapes ({@code "2100-02-29"}, {@code
 *       "2020-2-3"}, {@code "2020-13"}, {@code "0000"}, {@code "20201"}, {@code " 2020"}, {@code
 *       "2020-02-30"}, {@code "2024-02-29"}, ...), in every date and period;
 *   <li>{@code threshold}: odd thresholds ({@code ">=1/0"}, {@code ">3/2"}, {@code ">=00/1"}, ...)
 *       in every threshold;
 *   <li>{@code escape}: a string or a member name written with {@code \}{@code u} escapes, or with
 *       {@code \/};
 *   <li>{@code surrogate}: escaped lone high and low surrogates, a reversed pair, a valid pair;
 *   <li>{@code control-character}: raw and escaped control characters, NUL, DEL, U+2028, a BOM;
 *   <li>{@code astral}: characters beyond U+FFFF, so that a string is under a length limit in code
 *       points and over it in UTF-16 units;
 *   <li>{@code nest}: a value replaced by arrays or objects nested 65 and 1,000 deep;
 *   <li>{@code many-tokens}: a list repeated past 500,000 tokens (under 8 MiB);
 *   <li>{@code truncate}: the document cut at a byte offset (pointer {@code ""});
 *   <li>{@code bytes}: bytes overwritten or inserted (invalid UTF-8, NUL, BOMs), or the whole
 *       document replaced by random bytes (pointer {@code ""});
 *   <li>{@code self-reference}: an object's {@code parentId} (set or added) and each of its other
 *       references ({@code ...Id}) set to its own {@code id}: a body its own parent (added last, so
 *       that the systematic order of the others does not change).
 * </ul>
 *
 * <p>No mutant is longer than 8 MiB (the reader's document limit) but {@link #oversized(byte[])}.
 * Every mutant is made from a valid document with plain Jackson trees, independently of the
 * library's own reader and writer.
 */
public final class Mutations {
  /** The document limit of the reader: mutants stay under it (see {@link #oversized}). */
  public static final int DOCUMENT_LIMIT = 8 * 1024 * 1024;

  /** The operators, in the order the generator shrinks towards (the simplest first). */
  public static final List<String> OPERATORS =
      List.of(
          "delete-member",
          "add-member",
          "retype",
          "duplicate-member",
          "empty-value",
          "lengthen",
          "out-of-range",
          "date-shape",
          "threshold",
          "escape",
          "surrogate",
          "control-character",
          "astral",
          "nest",
          "many-tokens",
          "truncate",
          "bytes",
          "self-reference");

  /**
   * The operators as the generator draws them: each four times but {@code many-tokens}, once (its
   * mutants are megabytes of a list, and every one ends at the same limit).
   */
  private static final List<String> WEIGHTED =
      OPERATORS.stream()
          .flatMap(o -> Collections.nCopies(o.equals("many-tokens") ? 1 : 4, o).stream())
          .toList();

  /** Operators on the bytes, which apply to a document that is no longer JSON. */
  private static final List<String> BYTE_OPERATORS = List.of("truncate", "bytes");

  /** A marker no valid document holds: a value or a name replaced by raw JSON text. */
  private static final String MARK = "~mutation~site~";

  /**
   * The deepest document mutated further as a tree: the {@code nest} operator's 1,000 levels and a
   * record's own. A deeper one (two nestings stacked) is only broken as bytes, since walking its
   * tree, which is done by recursion, overflowed the test's own stack.
   */
  public static final int MAX_TREE_DEPTH = 1_100;

  /** Plain trees without limits below the mutants' sizes, keeping the last of duplicates. */
  private static final ObjectMapper TREES =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxStringLength(Integer.MAX_VALUE)
                      .maxDocumentLength(-1)
                      .maxNestingDepth(MAX_TREE_DEPTH)
                      .maxNumberLength(1000)
                      .build())
              .streamWriteConstraints(
                  StreamWriteConstraints.builder().maxNestingDepth(MAX_TREE_DEPTH).build())
              .build());

  private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}(?:-[0-9A-Za-z-]*)?");

  private static final List<String> DATE_SHAPES =
      List.of(
          "2100-02-29",
          "2020-2-3",
          "2020-13",
          "0000",
          "20201",
          " 2020",
          "2020-02-30",
          "2024-02-29",
          "2000-02-29",
          "1900-02-29",
          "2023-02-29",
          "2020-04-31",
          "2020-00",
          "2020-01-00",
          "2020-01-32",
          "2020-1",
          "2020-01-1",
          "2020-",
          "2020-02-29 ",
          "+2020",
          "-2020",
          "0001-01-01",
          "9999-12-31",
          "10000",
          "2020-10-15T00:00:00Z",
          "2020-Q3",
          "2020-Q5",
          "2020-q1",
          "2020-H3",
          "2020-M9",
          "2020-M6",
          "0000-Q1",
          "2020-Q0");

  private static final List<String> THRESHOLDS =
      List.of(
          ">=1/0",
          ">3/2",
          ">=00/1",
          ">=0/1",
          ">1/1",
          ">=1/1",
          ">=2/3",
          ">1/2",
          ">0/0",
          ">=0/0",
          ">=01/02",
          ">=9999/9999",
          ">=10000/1",
          ">= 1/2",
          "=1/2",
          "2/3",
          ">=1/2/3",
          ">-1/2",
          ">=1/2 ",
          ">=1.5/2");

  private static final List<String> NUMBERS =
      List.of(
          "2147483648",
          "-2147483649",
          "0",
          "-1",
          "2147483647",
          "-2147483648",
          "99999999999999999999",
          "1" + "0".repeat(31),
          "1" + "0".repeat(32),
          "1.0",
          "1e2",
          "-0");

  private static final String EMOJI = "\uD83D\uDE00";

  private Mutations() {}

  /**
   * One broken document.
   *
   * @param operator the operator's name ({@link #OPERATORS}); for stacked mutations the names in
   *     the order applied, joined by {@code +}
   * @param pointer the JSON Pointer of the value or member it touched ({@code ""} for the whole
   *     document); for stacked mutations the pointers joined by {@code +}
   * @param document the bytes, UTF-8 unless the operator broke the encoding
   */
  public record Mutant(String operator, String pointer, byte[] document) {
    /** Compared by content: a record's array component would compare by identity. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Mutant m
          && m.operator.equals(operator)
          && m.pointer.equals(pointer)
          && Arrays.equals(m.document, document);
    }

    @Override
    public int hashCode() {
      return (operator.hashCode() * 31 + pointer.hashCode()) * 31 + Arrays.hashCode(document);
    }

    /**
     * Operator, pointer and the document shortened around the place the pointer names (its
     * beginning when the place cannot be found), so that a counter-example is readable.
     */
    @Override
    public String toString() {
      String first = pointer.split("\\+", -1)[0];
      long at = first.isEmpty() ? -1 : offsetOf(document, first);
      if (at < 0) {
        return operator
            + " at '"
            + pointer
            + "' ("
            + document.length
            + " bytes): "
            + shorten(document);
      }
      int from = (int) Math.max(0, at - 80);
      int to = (int) Math.min(document.length, at + 160);
      return operator
          + " at '"
          + pointer
          + "' ("
          + document.length
          + " bytes; at byte "
          + at
          + "): "
          + (from > 0 ? "…" : "")
          + shorten(Arrays.copyOfRange(document, from, to))
          + (to < document.length ? "…" : "");
    }
  }

  // ------------------------------------------------------------------------------ the two faces

  /**
   * Every operator that applies at every place of a document, each variant once, in a fixed order.
   * The list is lazy: a mutant is made when it is got (a full record gives thousands, some of
   * several megabytes; the caller samples).
   *
   * @param validDocument a valid document, UTF-8
   * @return the mutants, not null, unmodifiable
   */
  public static List<Mutant> systematic(byte[] validDocument) {
    return systematic(validDocument, operator -> true);
  }

  /**
   * {@link #systematic(byte[])} for some operators only, without making the others' mutants.
   *
   * @param validDocument a valid document, UTF-8
   * @param operators which operators, by name
   * @return the mutants, not null, unmodifiable
   */
  public static List<Mutant> systematic(byte[] validDocument, Predicate<String> operators) {
    ObjectNode tree = treeOrNull(validDocument);
    if (tree == null) {
      throw new IllegalArgumentException("not a JSON object: " + shorten(validDocument));
    }
    List<Recipe> recipes = new ArrayList<>();
    List<Long> seeds = new ArrayList<>();
    for (String operator : OPERATORS) {
      if (operators.test(operator)) {
        List<Recipe> of = recipes(operator, tree, validDocument);
        for (int i = 0; i < of.size(); i++) {
          // A fixed parameter per operator and place: the same mutants every run, and whichever
          // operators are asked for.
          seeds.add(operator.hashCode() * 7919L + i);
        }
        recipes.addAll(of);
      }
    }
    return new AbstractList<>() {
      @Override
      public Mutant get(int index) {
        Recipe r = recipes.get(index);
        return new Mutant(r.operator, r.pointer, r.maker.make(new Random(seeds.get(index))));
      }

      @Override
      public int size() {
        return recipes.size();
      }
    };
  }

  /**
   * Mutants of generated documents: an operator, a place and a variant drawn at random, and in one
   * case in five a second or third mutation stacked on the first (on the bytes when the first left
   * no JSON). Shrinks towards one mutation, the first operator, place and variant.
   *
   * @param validDocuments valid documents, UTF-8
   * @return the generator, not null; its description is {@link Mutant#toString()}
   */
  public static Gen<Mutant> of(Gen<byte[]> validDocuments) {
    Gen<Mutant> gen =
        in -> {
          byte[] original = validDocuments.generate(in);
          byte[] document = original;
          Mutant first = null;
          long stack = in.next(Constraint.between(0, 9).withShrinkPoint(0));
          int layers = stack < 8 ? 1 : stack < 9 ? 2 : 3;
          List<String> operators = new ArrayList<>();
          List<String> pointers = new ArrayList<>();
          for (int layer = 0; layer < layers; layer++) {
            // A layer on a huge mutant (a list past 500,000 tokens) breaks its bytes only: a tree
            // of it, and the places in it, would take a second a layer.
            ObjectNode tree =
                layer > 0 && document.length > 256 * 1024 ? null : treeOrNull(document);
            List<String> choices = tree == null ? BYTE_OPERATORS : WEIGHTED;
            List<Recipe> recipes = List.of();
            String operator = null;
            // An operator with no place in this document (no int, no threshold) draws again.
            for (int attempt = 0; attempt < 20 && recipes.isEmpty(); attempt++) {
              operator = choices.get(pick(in, choices.size()));
              try {
                recipes = recipes(operator, tree, document);
              } catch (RuntimeException e) {
                recipes = List.of(); // a stacked layer on a tree Jackson cannot write back
              }
            }
            if (recipes.isEmpty()) {
              continue;
            }
            Recipe recipe = recipes.get(pick(in, recipes.size()));
            long seed = in.next(Constraint.between(0, Integer.MAX_VALUE).withShrinkPoint(0));
            byte[] next;
            try {
              next = recipe.maker.make(new Random(seed));
            } catch (RuntimeException e) {
              continue; // a stacked layer on a tree Jackson cannot write back (a lone surrogate)
            }
            document = next;
            operators.add(operator);
            pointers.add(recipe.pointer);
            if (first == null) {
              first = new Mutant(operator, recipe.pointer, next);
            }
          }
          if (first != null && Arrays.equals(document, original)) {
            return first; // a later layer undid the first (a threshold changed and changed back)
          }
          return new Mutant(String.join("+", operators), String.join("+", pointers), document);
        };
    return gen.describedAs(Mutant::toString);
  }

  /**
   * Random bytes of up to {@code maxLength}: half of them from a JSON alphabet (brackets, quotes,
   * digits, escapes, letters), so that some get past the first token.
   *
   * @param maxLength the longest, at least 0
   * @return the generator, not null; shrinks towards the empty array
   */
  public static Gen<byte[]> randomBytes(int maxLength) {
    Gen<byte[]> gen =
        in -> {
          int length = (int) in.next(Constraint.between(0, maxLength).withShrinkPoint(0));
          boolean json = in.next(Constraint.between(0, 1)) == 0;
          byte[] out = new byte[length];
          byte[] alphabet =
              "{}[]\":,0123456789-+.eE \t\n\\utrfalsnu\u00e9".getBytes(StandardCharsets.UTF_8);
          for (int i = 0; i < length; i++) {
            out[i] =
                json
                    ? alphabet[(int) in.next(Constraint.between(0, alphabet.length - 1))]
                    : (byte) in.next(Constraint.between(-128, 127).withShrinkPoint(32));
          }
          return out;
        };
    return gen.describedAs(Mutations::shorten);
  }

  /**
   * The document padded with whitespace past {@link #DOCUMENT_LIMIT}, in bytes and in UTF-16
   * characters alike (the limit of text input counts characters, and a Vietnamese document has
   * fewer characters than bytes): still the same JSON value, but over the reader's document limit.
   * Kept out of {@link #systematic} and {@link #of}, whose mutants stay under the limit, so that a
   * property runs fast; a test asks for it by name.
   *
   * @param validDocument a valid document
   * @return the mutant, operator {@code oversized}, pointer {@code ""}
   */
  public static Mutant oversized(byte[] validDocument) {
    int surplus = validDocument.length - new String(validDocument, StandardCharsets.UTF_8).length();
    byte[] out = Arrays.copyOf(validDocument, DOCUMENT_LIMIT + 1 + surplus);
    Arrays.fill(out, validDocument.length, out.length, (byte) ' ');
    return new Mutant("oversized", "", out);
  }

  /**
   * A document for a message: decoded leniently, control characters escaped, and at most about 300
   * characters (its beginning, the byte count left out, its end).
   *
   * @param document any bytes
   * @return a one-line description, not null
   */
  public static String shorten(byte[] document) {
    String text = new String(document, StandardCharsets.UTF_8);
    if (text.length() > 300) {
      text =
          text.substring(0, 200)
              + "…["
              + (text.length() - 300)
              + " characters]…"
              + text.substring(text.length() - 100);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        out.append(c).append(text.charAt(++i));
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        out.append(String.format("\\x{%x}", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The byte offset of the member or value a pointer names, or -1 when it is not found. */
  private static long offsetOf(byte[] document, String pointer) {
    try (JsonParser p = TREES.getFactory().createParser(document)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (p.getParsingContext().pathAsPointer().toString().equals(pointer)) {
          return p.currentTokenLocation().getByteOffset();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not found before the document broke
    }
    return -1;
  }

  // ------------------------------------------------------------------------------ the catalogue

  /** One mutation at one place: made on demand from a parameter drawn at random. */
  private record Recipe(String operator, String pointer, Maker maker) {}

  private interface Maker {
    byte[] make(Random random);
  }

  /** The places of a tree, with their values, in document order; the root is {@code ""}. */
  private static List<Map.Entry<String, JsonNode>> places(JsonNode root) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    places(root, "", out);
    return out;
  }

  private static void places(JsonNode node, String at, List<Map.Entry<String, JsonNode>> out) {
    out.add(Map.entry(at, node));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        places(f.getValue(), at + "/" + escapePointer(f.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        places(node.get(i), at + "/" + i, out);
      }
    }
  }

  /** The recipes of one operator over a document; the byte operators need no tree. */
  private static List<Recipe> recipes(String operator, ObjectNode tree, byte[] document) {
    List<Recipe> out = new ArrayList<>();
    if (operator.equals("truncate")) {
      truncations(document, out);
      return out;
    }
    if (operator.equals("bytes")) {
      byteEdits(document, out);
      return out;
    }
    if (tree == null) {
      return out;
    }
    for (Map.Entry<String, JsonNode> place : places(tree)) {
      String at = place.getKey();
      JsonNode value = place.getValue();
      boolean root = at.isEmpty();
      boolean member = !root && tree.at(JsonPointer.compile(at).head()).isObject();
      switch (operator) {
        case "delete-member":
          if (!root) {
            out.add(new Recipe(operator, at, r -> bytes(edit(tree, at, null))));
          }
          break;
        case "add-member":
          if (value.isObject()) {
            addMembers(tree, at, value, out);
          }
          break;
        case "retype":
          for (String other : List.of("null", "true", "0", "1.5", "\"1\"", "[]", "{}")) {
            if (!sameType(value, other)) {
              out.add(new Recipe(operator, at, r -> raw(tree, at, other)));
            }
          }
          break;
        case "duplicate-member":
          if (member) {
            String name = JsonPointer.compile(at).last().getMatchingProperty();
            out.add(new Recipe(operator, at, r -> duplicate(tree, at, name, value)));
            JsonNode other =
                value.isTextual()
                    ? TextNode.valueOf("x")
                    : JsonNodeFactory.instance.textNode(text(value));
            out.add(new Recipe(operator, at, r -> duplicate(tree, at, name, other)));
          }
          break;
        case "empty-value":
          for (String empty : List.of("\"\"", "[]", "{}")) {
            if (!text(value).equals(empty)) {
              out.add(new Recipe(operator, at, r -> raw(tree, at, empty)));
            }
          }
          break;
        case "lengthen":
          if (value.isTextual()) {
            // Made when the mutant is: some are megabytes, and a generator draws one.
            for (int i = 0; i < LENGTHENED; i++) {
              int variant = i;
              out.add(
                  new Recipe(
                      operator,
                      at,
                      r -> raw(tree, at, quote(lengthened(value.textValue(), variant)))));
            }
          } else if (value.isArray() && value.size() > 0) {
            out.add(
                new Recipe(
                    operator,
                    at,
                    r -> {
                      ArrayNode twice = ((ArrayNode) value).deepCopy();
                      twice.addAll(((ArrayNode) value).deepCopy());
                      return bytes(edit(tree, at, twice));
                    }));
          }
          break;
        case "out-of-range":
          if (value.isNumber()) {
            for (String number : NUMBERS) {
              if (number.equals(text(value))) {
                continue;
              }
              out.add(new Recipe(operator, at, r -> raw(tree, at, number)));
            }
          }
          break;
        case "date-shape":
          if (value.isTextual() && DATE_LIKE.matcher(value.textValue()).matches()) {
            reshape(out, operator, tree, at, value, DATE_SHAPES);
          }
          break;
        case "threshold":
          if (value.isTextual() && value.textValue().startsWith(">")) {
            reshape(out, operator, tree, at, value, THRESHOLDS);
          }
          break;
        case "escape":
          if (value.isTextual() && !value.textValue().isEmpty()) {
            String s = value.textValue();
            out.add(
                new Recipe(
                    operator, at, r -> raw(tree, at, "\"" + unicodeEscaped(s, false) + "\"")));
            out.add(
                new Recipe(
                    operator, at, r -> raw(tree, at, "\"" + unicodeEscaped(s, true) + "\"")));
            out.add(
                new Recipe(operator, at, r -> raw(tree, at, "\"\\/" + escapeBody(s) + "\\/\"")));
          }
          if (member) {
            String name = JsonPointer.compile(at).last().getMatchingProperty();
            out.add(
                new Recipe(
                    operator,
                    at,
                    r -> renamed(tree, at, "\"" + unicodeEscaped(name, false) + "\"")));
          }
          break;
        case "surrogate":
          if (value.isTextual()) {
            String body = escapeBody(value.textValue());
            for (String[] around :
                new String[][] {
                  {"", "\\ud800"},
                  {"\\udc00", ""},
                  {"\\udc00\\ud800", ""},
                  {"\\ud83d\\ude00", ""},
                  {"\\uD83D\\uDE00", ""},
                  {"\\ud83dx", ""},
                  {"", "\\ud83d\\ud83d"}
                }) {
              out.add(
                  new Recipe(
                      operator,
                      at,
                      r -> raw(tree, at, "\"" + around[0] + body + around[1] + "\"")));
            }
          }
          break;
        case "control-character":
          if (value.isTextual()) {
            String body = escapeBody(value.textValue());
            for (String c :
                List.of(
                    "\u0001", "\u001f", "\t", "\n", "\u0000", "\\u0000", "\\u0001", "\\u001F",
                    "\\t\\n", "\u007f", "\u0085", "\u2028", "\uFEFF")) {
              out.add(
                  new Recipe(
                      operator,
                      at,
                      r -> {
                        int middle = middle(body);
                        return raw(
                            tree,
                            at,
                            "\"" + body.substring(0, middle) + c + body.substring(middle) + "\"");
                      }));
            }
          }
          break;
        case "astral":
          if (value.isTextual()) {
            // Under 1,000,000 code points, over 1,000,000 UTF-16 units; then over both.
            for (int i = 0; i < 5; i++) {
              int variant = i;
              out.add(
                  new Recipe(
                      operator, at, r -> raw(tree, at, quote(astral(value.textValue(), variant)))));
            }
          }
          break;
        case "nest":
          for (int depth : new int[] {65, 1000}) {
            out.add(
                new Recipe(
                    operator, at, r -> raw(tree, at, "[".repeat(depth) + "1" + "]".repeat(depth))));
            out.add(
                new Recipe(
                    operator,
                    at,
                    r -> raw(tree, at, "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))));
          }
          break;
        case "many-tokens":
          if (value.isArray() && value.size() > 0) {
            JsonNode first = value.get(0);
            int tokens = tokens(first);
            int copies = 500_001 / tokens + 2;
            long size = (long) copies * (text(first).length() + 1) + document.length;
            if (size < DOCUMENT_LIMIT - 1024) {
              out.add(
                  new Recipe(
                      operator,
                      at,
                      r -> {
                        String element = text(first);
                        StringBuilder many = new StringBuilder(copies * (element.length() + 1) + 2);
                        many.append('[').append(element);
                        for (int i = 1; i < copies; i++) {
                          many.append(',').append(element);
                        }
                        return raw(tree, at, many.append(']').toString());
                      }));
            }
          }
          break;
        case "self-reference":
          if (value.isObject() && value.path("id").isTextual()) {
            TextNode own = TextNode.valueOf(value.get("id").textValue());
            List<String> names = new ArrayList<>(List.of("parentId"));
            value
                .fieldNames()
                .forEachRemaining(
                    n -> {
                      if (n.endsWith("Id") && !names.contains(n)) {
                        names.add(n);
                      }
                    });
            for (String name : names) {
              out.add(
                  new Recipe(
                      operator,
                      at + "/" + name,
                      r -> {
                        ObjectNode copy = tree.deepCopy();
                        ((ObjectNode) copy.at(JsonPointer.compile(at))).set(name, own);
                        return bytes(copy);
                      }));
            }
          }
          break;
        default:
          throw new IllegalArgumentException("no operator " + operator);
      }
    }
    return out;
  }

  private static void addMembers(ObjectNode tree, String at, JsonNode object, List<Recipe> out) {
    String op = "add-member";
    String known = object.fieldNames().hasNext() ? object.fieldNames().next() : "id";
    String otherCase = Character.toUpperCase(known.charAt(0)) + known.substring(1);
    for (String member :
        List.of(
            "\"zzUnknown\":7",
            "\"zzUnknown\":null",
            "\"@class\":\"java.lang.Runtime\"",
            "\"" + "n".repeat(201) + "\":1",
            "\"\":1",
            "\"zz\\ud800\":1",
            quote(otherCase) + ":\"x\"",
            "\"zzUnknown\":{\"a\":[null]}",
            "\"zzUnknown\":\"\\ud800\"")) {
      String pointer = at + "/" + member.substring(1, member.indexOf("\":"));
      out.add(
          new Recipe(
              op,
              pointer.replace("\\ud800", "\ud800"),
              r -> {
                ObjectNode copy = tree.deepCopy();
                ((ObjectNode) copy.at(JsonPointer.compile(at))).put(MARK, 0);
                return replaceMark(text(copy), quote(MARK) + ":0", member);
              }));
    }
    out.add(
        new Recipe(
            op,
            at + "/zzText",
            r -> {
              ObjectNode copy = tree.deepCopy();
              ((ObjectNode) copy.at(JsonPointer.compile(at))).put("zzText", vietnamese(r));
              return bytes(copy);
            }));
  }

  /** A few letters of Vietnamese, every diacritic possible (the core generators' letters). */
  private static String vietnamese(Random r) {
    List<String> letters = Generators.vietnameseLetters();
    StringBuilder out = new StringBuilder();
    for (int i = 1 + r.nextInt(12); i > 0; i--) {
      out.append(letters.get(r.nextInt(letters.size())));
    }
    return out.toString();
  }

  private static final int LENGTHENED = 11;

  /**
   * A longer string: codes of 100 and 101 characters ({@code maxLength} of a code is 100), a long
   * code {@code a-a-a-...} (once a regular expression's stack overflow), identifiers of 100, 101
   * and 1,000 characters, the value repeated to 1,000 and 1,001 characters, and texts at and past
   * the string limit of 1,000,000 characters.
   */
  private static String lengthened(String s, int variant) {
    String base = s.isEmpty() ? "a" : s;
    return switch (variant) {
      case 0 -> "a".repeat(100);
      case 1 -> "a".repeat(101);
      case 2 -> "a-".repeat(50) + "a";
      case 3 -> "a-".repeat(50_000) + "a";
      case 4 -> "a." + "b".repeat(97) + "c";
      case 5 -> "a." + "b".repeat(98) + "c";
      case 6 -> "a." + "b".repeat(997) + "c";
      case 7 -> repeatTo(base, 1000);
      case 8 -> repeatTo(base, 1001);
      case 9 -> "\u0103".repeat(1_000_000);
      default -> "\u0103".repeat(1_000_001);
    };
  }

  /**
   * Characters beyond U+FFFF: 1,000,000 code points in 1,000,001 UTF-16 units, 500,001 code points
   * in 1,000,002 units (both under the string limit in code points, over it in units), 1,000,001
   * code points (over it both ways), 100 code points in 200 units, and one before the value.
   */
  private static String astral(String s, int variant) {
    return switch (variant) {
      case 0 -> "a".repeat(999_999) + EMOJI;
      case 1 -> EMOJI.repeat(500_001);
      case 2 -> EMOJI.repeat(1_000_001);
      case 3 -> EMOJI.repeat(100);
      default -> EMOJI + s;
    };
  }

  /** The value at a place replaced by each of some other shapes of it (its own left out). */
  private static void reshape(
      List<Recipe> out,
      String operator,
      ObjectNode tree,
      String at,
      JsonNode value,
      List<String> shapes) {
    for (String shape : shapes) {
      if (!shape.equals(value.textValue())) {
        out.add(new Recipe(operator, at, r -> raw(tree, at, quote(shape))));
      }
    }
  }

  private static void truncations(byte[] document, List<Recipe> out) {
    List<Integer> offsets = new ArrayList<>(List.of(0, 1, document.length - 1));
    for (int i = 1; i < 48; i++) {
      offsets.add((int) ((long) document.length * i / 48));
    }
    int inside = 0;
    for (int i = 1; i < document.length && inside < 8; i++) {
      if ((document[i] & 0xC0) == 0x80) { // a continuation byte: a cut inside a character
        offsets.add(i);
        inside++;
      }
    }
    for (int offset : offsets) {
      if (offset >= 0 && offset < document.length) {
        out.add(new Recipe("truncate", "", r -> Arrays.copyOf(document, offset)));
      }
    }
    // The generator's own cut: anywhere.
    out.add(
        new Recipe(
            "truncate",
            "",
            r -> Arrays.copyOf(document, document.length == 0 ? 0 : r.nextInt(document.length))));
  }

  private static void byteEdits(byte[] document, List<Recipe> out) {
    String op = "bytes";
    byte[][] inserts = {
      {(byte) 0xFF},
      {0},
      {(byte) 0xC3},
      {(byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
    };
    for (int i = 0; i < 16; i++) {
      int offset = (int) ((long) document.length * i / 16);
      for (byte[] insert : inserts) {
        out.add(new Recipe(op, "", r -> splice(document, offset, 0, insert)));
        out.add(
            new Recipe(
                op,
                "",
                r ->
                    splice(
                        document,
                        offset,
                        Math.min(insert.length, document.length - offset),
                        insert)));
      }
    }
    for (byte[] prefix :
        new byte[][] {
          {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          {(byte) 0xFE, (byte) 0xFF},
          {(byte) 0xFF, (byte) 0xFE},
          {0, 0}
        }) {
      out.add(new Recipe(op, "", r -> splice(document, 0, 0, prefix)));
    }
    out.add(
        new Recipe(
            op,
            "",
            r -> {
              byte[] copy = document.clone();
              int n = 1 + r.nextInt(8);
              for (int i = 0; i < n && copy.length > 0; i++) {
                copy[r.nextInt(copy.length)] ^= (byte) (1 + r.nextInt(255)); // never the same byte
              }
              return copy;
            }));
    out.add(
        new Recipe(
            op,
            "",
            r -> {
              int offset = document.length == 0 ? 0 : r.nextInt(document.length);
              byte[] insert = new byte[1 + r.nextInt(8)];
              r.nextBytes(insert);
              return splice(document, offset, 0, insert);
            }));
    out.add(
        new Recipe(
            op,
            "",
            r -> {
              byte[] random = new byte[r.nextInt(257)];
              r.nextBytes(random);
              return random;
            }));
  }

  // ------------------------------------------------------------------------------ the editing

  /** A copy of the tree with the value at a pointer replaced, or removed when {@code null}. */
  private static JsonNode edit(ObjectNode tree, String at, JsonNode value) {
    if (at.isEmpty()) {
      return value;
    }
    ObjectNode copy = tree.deepCopy();
    JsonPointer p = JsonPointer.compile(at);
    JsonNode holder = copy.at(p.head());
    if (holder.isArray()) {
      int index = p.last().getMatchingIndex();
      if (value == null) {
        ((ArrayNode) holder).remove(index);
      } else {
        ((ArrayNode) holder).set(index, value);
      }
    } else if (value == null) {
      ((ObjectNode) holder).remove(p.last().getMatchingProperty());
    } else {
      ((ObjectNode) holder).set(p.last().getMatchingProperty(), value);
    }
    return copy;
  }

  /** The document with the value at a pointer replaced by raw JSON text. */
  private static byte[] raw(ObjectNode tree, String at, String rawJson) {
    if (at.isEmpty()) {
      return rawJson.getBytes(StandardCharsets.UTF_8);
    }
    return replaceMark(text(edit(tree, at, TextNode.valueOf(MARK))), quote(MARK), rawJson);
  }

  /** The document with the name of the member at a pointer written as raw JSON text. */
  private static byte[] renamed(ObjectNode tree, String at, String rawName) {
    JsonPointer p = JsonPointer.compile(at);
    ObjectNode copy = tree.deepCopy();
    ObjectNode holder = (ObjectNode) copy.at(p.head());
    String name = p.last().getMatchingProperty();
    ObjectNode rebuilt = JsonNodeFactory.instance.objectNode();
    holder
        .properties()
        .forEach(f -> rebuilt.set(f.getKey().equals(name) ? MARK : f.getKey(), f.getValue()));
    holder.removeAll();
    holder.setAll(rebuilt);
    return replaceMark(text(copy), quote(MARK) + ":", rawName + ":");
  }

  /** The document with the member at a pointer written twice, the second time with a value. */
  private static byte[] duplicate(ObjectNode tree, String at, String name, JsonNode second) {
    JsonPointer p = JsonPointer.compile(at);
    ObjectNode copy = tree.deepCopy();
    ObjectNode holder = (ObjectNode) copy.at(p.head());
    ObjectNode rebuilt = JsonNodeFactory.instance.objectNode();
    holder
        .properties()
        .forEach(
            f -> {
              rebuilt.set(f.getKey(), f.getValue());
              if (f.getKey().equals(name)) {
                rebuilt.set(MARK, second);
              }
            });
    holder.removeAll();
    holder.setAll(rebuilt);
    return replaceMark(text(copy), quote(MARK) + ":", quote(name) + ":");
  }

  private static byte[] replaceMark(String text, String mark, String replacement) {
    int at = text.indexOf(mark);
    if (at < 0 || text.indexOf(mark, at + 1) >= 0) {
      throw new IllegalStateException("the marker is not in the document once");
    }
    return (text.substring(0, at) + replacement + text.substring(at + mark.length()))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] document, int offset, int remove, byte[] insert) {
    byte[] out = new byte[document.length - remove + insert.length];
    System.arraycopy(document, 0, out, 0, offset);
    System.arraycopy(insert, 0, out, offset, insert.length);
    System.arraycopy(
        document, offset + remove, out, offset + insert.length, document.length - offset - remove);
    return out;
  }

  // ------------------------------------------------------------------------------ helpers

  static ObjectNode treeOrNull(byte[] document) {
    try {
      JsonNode node = TREES.readTree(document);
      return node instanceof ObjectNode o ? o : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String text(JsonNode tree) {
    try {
      return TREES.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(JsonNode tree) {
    return text(tree).getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON string literal, escaped as Jackson escapes it. */
  private static String quote(String s) {
    return text(TextNode.valueOf(s));
  }

  /** The body of a JSON string literal (without its quotes). */
  private static String escapeBody(String s) {
    String q = quote(s);
    return q.substring(1, q.length() - 1);
  }

  private static String unicodeEscaped(String s, boolean upper) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      String hex = String.format("%04x", (int) s.charAt(i));
      out.append("\\u").append(upper ? hex.toUpperCase(Locale.ROOT) : hex);
    }
    return out.toString();
  }

  private static String escapePointer(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** A split point of a string literal's body that does not cut an escape. */
  private static int middle(String body) {
    int m = body.length() / 2;
    int backslash = body.lastIndexOf('\\', m);
    if (backslash >= 0 && m - backslash <= 6) {
      m = backslash;
      while (m > 0 && body.charAt(m - 1) == '\\') {
        m--; // before a run of backslashes: never between one and what it escapes
      }
    }
    if (m > 0 && Character.isHighSurrogate(body.charAt(m - 1))) {
      m--;
    }
    return m;
  }

  private static String repeatTo(String s, int length) {
    String out = s.repeat(length / s.length() + 1).substring(0, length);
    return Character.isHighSurrogate(out.charAt(length - 1))
        ? out.substring(0, length - 1) + "a"
        : out;
  }

  private static boolean sameType(JsonNode value, String raw) {
    return switch (raw.charAt(0)) {
      case 'n' -> value.isNull();
      case 't' -> value.isBoolean();
      case '0' -> value.isIntegralNumber();
      case '1' -> value.isFloatingPointNumber();
      case '"' -> value.isTextual();
      case '[' -> value.isArray();
      default -> value.isObject();
    };
  }

  /** The parser tokens of a value: names, scalars, starts and ends. */
  private static int tokens(JsonNode node) {
    if (node.isObject()) {
      int n = 2;
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        n += 1 + tokens(it.next());
      }
      return n;
    }
    if (node.isArray()) {
      int n = 2;
      for (JsonNode e : node) {
        n += tokens(e);
      }
      return n;
    }
    return 1;
  }

  private static int pick(RandomnessSource in, int size) {
    return (int) in.next(Constraint.between(0, size - 1).withShrinkPoint(0));
  }
}
