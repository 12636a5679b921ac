package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON setup of the library, built once: the factory's limits and features, which every
 * parser and generator is made from, and the mapper for the trees of unknown members, built on
 * first use. Nothing here is mutated after class initialisation, so the instances are shared by all
 * threads.
 *
 * <p>The limits fit meeting records with a wide margin (a congress with hundreds of people is well
 * under 1 MB) and keep hostile input from costing more than a few megabytes or a stack: see
 * docs/design/json-format.md.
 */
final class JsonSetup {
  /** Nesting depth: a record nests 8 levels; unknown members kept in lenient mode may go deeper. */
  static final int MAX_DEPTH = 64;

  /**
   * Characters (Unicode code points) in one string value: a long report text is a few hundred
   * kilobytes at most. Code points, not UTF-16 units, because that is what the JSON Schema's {@code
   * maxLength} counts and what every language can count: the reader checks it itself ({@link
   * ModelReader}), behind the parser's own limit of twice as many UTF-16 units.
   */
  static final int MAX_STRING = 1_000_000;

  /** Characters in one number: the format has only ints (10 digits and a sign). */
  static final int MAX_NUMBER = 32;

  /** Characters in one member name: the format's longest name has 18. */
  static final int MAX_NAME = 200;

  /** Bytes (or characters, for text input) in one document, and in one archive line. */
  static final int MAX_DOCUMENT = 8 * 1024 * 1024;

  /** Tokens in one document: bounds the work and the memory of a document of tiny values. */
  static final long MAX_TOKENS = 500_000;

  /** Unknown members a lenient read keeps in one document: a later minor version adds a few. */
  static final int MAX_UNKNOWN_MEMBERS = 10_000;

  /**
   * The limits above. A code point is at most two UTF-16 units: the parser's string limit lets
   * every string of MAX_STRING code points through, and the reader refuses longer ones by their
   * count.
   */
  static final StreamReadConstraints CONSTRAINTS =
      new Limits(MAX_DEPTH, MAX_DOCUMENT, MAX_NUMBER, 2 * MAX_STRING, MAX_NAME, MAX_TOKENS);

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          // Duplicate keys are refused by the reader itself: one bit per known member (cheaper than
          // the parser's hash set per object), the kept unknown members, and the tree reader below.
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // Member names interned (Jackson's default), so that the reader's switch over them finds
          // its case by identity: comparing their characters was 3% of a read. The JVM collects
          // interned strings no longer referenced, and Jackson's cache in front of String.intern
          // keeps at most 280, so a hostile document's made-up names are not kept by this.
          .enable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .build();

  /**
   * The mapper and the tree reader, built on first use: strict reading needs only {@link #FACTORY},
   * and building a mapper is a good part of a fresh JVM's first read. The mapper gets a copy of the
   * factory, so that the mapper never becomes the codec of {@link #FACTORY}: a parser made by the
   * factory behaves the same whether or not some earlier call built the mapper.
   */
  static final class Mapper {
    /**
     * The mapper: only for reading the values of unknown members as trees and writing them back
     * into the factory's generators, which have no codec (lenient mode). It binds no Java types, so
     * it needs no module, typing or unknown-property settings; it refuses a key twice in a tree and
     * reads numbers exactly (big decimals with their scale).
     */
    static final ObjectMapper MAPPER =
        JsonMapper.builder(FACTORY.copy())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Reads one value as a tree in the middle of a document (no trailing-token check). */
    static final ObjectReader TREE_READER = MAPPER.reader();

    private Mapper() {}
  }

  private JsonSetup() {}
}
