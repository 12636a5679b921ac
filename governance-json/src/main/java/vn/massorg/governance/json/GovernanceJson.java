package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.Severity;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The one way in and out of the JSON exchange format: reads and writes meeting records, checks them
 * as it reads, gives their canonical form and digest, and streams archives (JSON Lines).
 *
 * <p>Vietnamese: <i>định dạng trao đổi hồ sơ hội nghị</i>. A document is self-contained: it names
 * its format and version and carries the organisation, the term with its bodies and post holdings,
 * the people, the meeting and its reports.
 *
 * <pre>{@code
 * GovernanceJson json = GovernanceJson.strict();
 * MeetingRecord record = json.read(Files.readAllBytes(path));       // throws on bad input
 * ReadResult result = json.readAndValidate(bytes, GovernanceValidator.standard());
 * result.getReport().getFindings().forEach(f -> System.out.println(f.line(vi)));
 * String digest = json.digest(record);                               // "sha256:..."
 * }</pre>
 *
 * <p>{@link #strict()} is the default and the right choice for untrusted input: a member the format
 * does not have is an error. {@link #lenient()} keeps such members instead (and accepts a later
 * minor version of the format), so that a record passes through an older reader and back out
 * unchanged: {@link #readDocument(byte[])} and {@link #write(JsonDocument)}.
 *
 * <p>Validation reports, parse errors included, have one JSON form too: {@link
 * #writeReport(ValidationReport)}.
 *
 * <p>Streams given to {@code read} and {@code write} are neither closed nor buffered beyond the
 * call; archives close their stream when they are closed. An {@link IOException} of a stream is not
 * bad input: it is rethrown as {@link UncheckedIOException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GovernanceJson {
  /** The format's name, the value of the document's {@code format} member. */
  public static final String FORMAT = "vn.massorg.governance/meeting-record";

  /** The format version this library writes, the value of {@code formatVersion}. */
  public static final String FORMAT_VERSION = "1.0";

  private static final GovernanceJson STRICT = new GovernanceJson(false);
  private static final GovernanceJson LENIENT = new GovernanceJson(true);

  private final boolean lenient;

  private GovernanceJson(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * The strict reader and writer (the default): unknown members are errors.
   *
   * @return the instance, not null
   */
  public static GovernanceJson strict() {
    return STRICT;
  }

  /**
   * The lenient reader and writer, for forward compatibility: unknown members are kept and written
   * back, and any 1.x format version is read.
   *
   * @return the instance, not null
   */
  public static GovernanceJson lenient() {
    return LENIENT;
  }

  /**
   * Whether this instance keeps unknown members rather than failing on them.
   *
   * @return true for {@link #lenient()}
   */
  public boolean isLenient() {
    return lenient;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a record from UTF-8 bytes.
   *
   * @param json the document, not null
   * @return the record, not null
   * @throws GovernanceJsonException if the document is not a well-formed record of the format
   */
  public MeetingRecord read(byte[] json) {
    return readDocument(json).getRecord();
  }

  /**
   * Reads a record from a UTF-8 stream, to its end. The stream is not closed.
   *
   * @param json the document, not null
   * @return the record, not null
   * @throws GovernanceJsonException if the document is not a well-formed record of the format
   * @throws UncheckedIOException if the stream fails
   */
  public MeetingRecord read(InputStream json) {
    return readDocument(json).getRecord();
  }

  /**
   * Reads a record from characters, to their end. The reader is not closed.
   *
   * @param json the document, not null
   * @return the record, not null
   * @throws GovernanceJsonException if the document is not a well-formed record of the format
   * @throws UncheckedIOException if the reader fails
   */
  public MeetingRecord read(Reader json) {
    return readDocument(json).getRecord();
  }

  /**
   * Reads a record from a string.
   *
   * @param json the document, not null
   * @return the record, not null
   * @throws GovernanceJsonException if the document is not a well-formed record of the format
   */
  public MeetingRecord read(String json) {
    return readDocument(json).getRecord();
  }

  /**
   * Reads a document: the record, the format version it named and, in lenient mode, the members the
   * format does not have.
   *
   * @param json the document, not null
   * @return the document, not null
   * @throws GovernanceJsonException if the document is not a well-formed record of the format
   */
  public JsonDocument readDocument(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readDocument(json, 0, json.length);
  }

  JsonDocument readDocument(byte[] json, int offset, int length) {
    checkStart(json, offset, length);
    if (length > JsonSetup.MAX_DOCUMENT) {
      throw tooLarge(i -> json[offset + i] == '\n');
    }
    try (JsonParser parser = JsonSetup.FACTORY.createParser(json, offset, length)) {
      return parse(parser, Input.of(json, offset, length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A document over the size limit, refused where the limit is crossed: the first byte (or
   * character, for text input) past it, with its line and its column, counted as the parser counts
   * them, so that the refusal has a real location like every other.
   *
   * @param lineBreakAt whether the document's unit at an index below the limit is a line feed
   */
  private static GovernanceJsonException tooLarge(java.util.function.IntPredicate lineBreakAt) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < JsonSetup.MAX_DOCUMENT; i++) {
      if (lineBreakAt.test(i)) {
        line++;
        lineStart = i + 1;
      }
    }
    return new GovernanceJsonException(
        "format.limit",
        "",
        line,
        JsonSetup.MAX_DOCUMENT - lineStart + 1L,
        Messages.of("format.limit.document", Integer.toString(JsonSetup.MAX_DOCUMENT)));
  }

  /**
   * Reads a document from a UTF-8 stream; see {@link #readDocument(byte[])}. The stream is not
   * closed.
   *
   * @param json the document, not null
   * @return the document, not null
   * @throws GovernanceJsonException if the document is not a well-formed record of the format
   * @throws UncheckedIOException if the stream fails
   */
  public JsonDocument readDocument(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      PushbackInputStream in = new PushbackInputStream(json, 4);
      byte[] start = new byte[4];
      int n = 0;
      while (n < 4) {
        int r = in.read(start, n, 4 - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      checkStart(start, 0, n);
      in.unread(start, 0, n);
      Input.Bytes recorded = new Input.Bytes(in);
      try (JsonParser parser = JsonSetup.FACTORY.createParser(recorded)) {
        return parse(parser, recorded);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from characters; see {@link #readDocument(byte[])}. The reader is not closed.
   *
   * @param json the document, not null
   * @return the document, not null
   * @throws GovernanceJsonException if the document is not a well-formed record of the format
   * @throws UncheckedIOException if the reader fails
   */
  public JsonDocument readDocument(Reader json) {
    Objects.requireNonNull(json, "json");
    Input.Chars recorded = new Input.Chars(json);
    try (JsonParser parser = JsonSetup.FACTORY.createParser(recorded)) {
      return parse(parser, recorded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a string; see {@link #readDocument(byte[])}.
   *
   * @param json the document, not null
   * @return the document, not null
   * @throws GovernanceJsonException if the document is not a well-formed record of the format
   */
  public JsonDocument readDocument(String json) {
    Objects.requireNonNull(json, "json");
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw Errors.atStart("format.syntax.bom");
    }
    if (json.length() > JsonSetup.MAX_DOCUMENT) {
      throw tooLarge(i -> json.charAt(i) == '\n');
    }
    try (JsonParser parser = JsonSetup.FACTORY.createParser(json)) {
      return parse(parser, Input.of(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and validates a record in one call; never throws for bad input. A document that cannot be
   * read gives a report with its {@code format.*} finding (with the pointer, line and column) and
   * no record; a record that is read gives the validator's findings and, in lenient mode, a warning
   * per unknown member kept.
   *
   * @param json the document, not null
   * @param validator the validator, not null
   * @return the record, if read, and the report, not null
   */
  public ReadResult readAndValidate(byte[] json, GovernanceValidator validator) {
    Objects.requireNonNull(json, "json");
    return readAndValidate(() -> readDocument(json), validator);
  }

  /**
   * Reads and validates a record from a stream; see {@link #readAndValidate(byte[],
   * GovernanceValidator)}. The stream is not closed.
   *
   * @param json the document, not null
   * @param validator the validator, not null
   * @return the record, if read, and the report, not null
   * @throws UncheckedIOException if the stream fails
   */
  public ReadResult readAndValidate(InputStream json, GovernanceValidator validator) {
    Objects.requireNonNull(json, "json");
    return readAndValidate(() -> readDocument(json), validator);
  }

  /**
   * Reads and validates a record from characters; see {@link #readAndValidate(byte[],
   * GovernanceValidator)}. The reader is not closed.
   *
   * @param json the document, not null
   * @param validator the validator, not null
   * @return the record, if read, and the report, not null
   * @throws UncheckedIOException if the reader fails
   */
  public ReadResult readAndValidate(Reader json, GovernanceValidator validator) {
    Objects.requireNonNull(json, "json");
    return readAndValidate(() -> readDocument(json), validator);
  }

  /**
   * Reads and validates a record from a string; see {@link #readAndValidate(byte[],
   * GovernanceValidator)}.
   *
   * @param json the document, not null
   * @param validator the validator, not null
   * @return the record, if read, and the report, not null
   */
  public ReadResult readAndValidate(String json, GovernanceValidator validator) {
    Objects.requireNonNull(json, "json");
    return readAndValidate(() -> readDocument(json), validator);
  }

  private ReadResult readAndValidate(
      java.util.function.Supplier<JsonDocument> read, GovernanceValidator validator) {
    Objects.requireNonNull(validator, "validator");
    JsonDocument document;
    try {
      document = read.get();
    } catch (GovernanceJsonException e) {
      return new ReadResult(null, ValidationReport.of(List.of(e.toFinding())));
    }
    ValidationReport report =
        validator.validate(document.getRecord()).and(unknownMemberWarnings(document));
    return new ReadResult(document, report);
  }

  /** Lenient mode keeps unknown members; it says so, so that nothing passes unnoticed. */
  static ValidationReport unknownMemberWarnings(JsonDocument document) {
    if (document.getUnknownMembers().isEmpty()) {
      return ValidationReport.empty();
    }
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, Map<String, JsonNode>> holder :
        document.getUnknownMembers().entrySet()) {
      for (String name : holder.getValue().keySet()) {
        String pointer = holder.getKey() + "/" + name.replace("~", "~0").replace("/", "~1");
        findings.add(
            Finding.of(
                "format.unknown-field",
                Severity.WARNING,
                pointer,
                Messages.of("format.unknown-field", Messages.quote(name)),
                GovernanceJsonException.SOURCE,
                Map.of()));
      }
    }
    return ValidationReport.of(findings);
  }

  private JsonDocument parse(JsonParser parser, Input input) throws IOException {
    try {
      if (parser.nextToken() == null) {
        throw Errors.atStart("format.syntax.empty");
      }
      ModelReader reader = new ModelReader(parser, lenient);
      MeetingRecord record = reader.document();
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new GovernanceJsonException(
            "format.syntax",
            "",
            parser.currentTokenLocation().getLineNr(),
            parser.currentTokenLocation().getColumnNr(),
            Messages.of("format.syntax.trailing"));
      }
      return new JsonDocument(record, reader.formatVersion(), reader.unknowns());
    } catch (JsonProcessingException e) {
      throw Errors.translate(e, parser, input);
    }
  }

  /**
   * The format is UTF-8 only (RFC 8259 section 8.1): a byte order mark, UTF-16 or UTF-32 is refused
   * here rather than detected and decoded, so that every reader of the format, in any language,
   * agrees on what a document says.
   */
  private static void checkStart(byte[] json, int offset, int length) {
    // The first four bytes, -1 where the input is shorter: read on every document, so no array.
    int b0 = length > 0 ? json[offset] & 0xff : -1;
    int b1 = length > 1 ? json[offset + 1] & 0xff : -1;
    int b2 = length > 2 ? json[offset + 2] & 0xff : -1;
    int b3 = length > 3 ? json[offset + 3] & 0xff : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      throw Errors.atStart("format.syntax.bom");
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      throw Errors.atStart("format.syntax.encoding", "UTF-16BE (BOM FE FF)");
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      throw Errors.atStart(
          "format.syntax.encoding",
          b2 == 0 && b3 == 0 ? "UTF-32LE (BOM FF FE 00 00)" : "UTF-16LE (BOM FF FE)");
    }
    int nul = b0 == 0 ? 0 : b1 == 0 ? 1 : b2 == 0 ? 2 : b3 == 0 ? 3 : -1;
    if (nul < 0) {
      return;
    }
    // A JSON text starts with ASCII, so the places of its NUL bytes tell the encoding apart
    // (RFC 4627, section 3); any other NUL is binary data, said as such. A byte past the input's
    // end (-1) is neither NUL nor ASCII, so a short input is judged by the bytes it has.
    if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      throw Errors.atStart("format.syntax.encoding", "UTF-32BE");
    }
    if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      throw Errors.atStart("format.syntax.encoding", "UTF-32LE");
    }
    if (b0 == 0 && b1 > 0 && (b2 < 0 || b2 == 0 && (b3 < 0 || b3 > 0))) {
      throw Errors.atStart("format.syntax.encoding", "UTF-16BE");
    }
    if (b0 > 0 && b1 == 0 && (b2 < 0 || b2 > 0 && b3 <= 0)) {
      throw Errors.atStart("format.syntax.encoding", "UTF-16LE");
    }
    throw new GovernanceJsonException(
        "format.syntax",
        "",
        1,
        nul + 1,
        Messages.of("format.syntax.binary", Integer.toString(nul + 1)));
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a record as a compact document, members in the model's order.
   *
   * @param record the record, not null
   * @return the document, not null
   */
  public String write(MeetingRecord record) {
    return write(JsonDocument.of(record));
  }

  /**
   * Writes a record as a compact UTF-8 document to a stream, which is flushed, not closed.
   *
   * @param record the record, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(MeetingRecord record, OutputStream out) {
    write(JsonDocument.of(record), out);
  }

  /**
   * Writes a document: its record, its format version and the unknown members a lenient read kept,
   * each back in the object it came from.
   *
   * @param document the document, not null
   * @return the document's JSON, not null
   */
  public String write(JsonDocument document) {
    Objects.requireNonNull(document, "document");
    return toText(
        document.unknownMembers(),
        w -> w.document(document.getRecord(), document.getFormatVersion()));
  }

  /**
   * Writes a document to a stream, UTF-8, flushed, not closed; see {@link #write(JsonDocument)}.
   *
   * @param document the document, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(JsonDocument document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    toStream(
        out,
        document.unknownMembers(),
        w -> w.document(document.getRecord(), document.getFormatVersion()));
  }

  // ---------------------------------------------------------------- validation reports

  /**
   * Writes a validation report as a compact JSON document: {@code {"valid": false, "findings":
   * [...]}}, each finding {@code {"code", "severity", "path", "message": {"vi", "en"}, "source":
   * {"layer", "citation": {"vi", "en"}}, "arguments": {...}}}, severities and layers as their
   * codes. The form is described in docs/design/json-format.md and by the JSON Schema {@code
   * validation-report.schema.json} of this package. Parse errors ({@code format.*}) and rule
   * findings have this one form.
   *
   * @param report the report, not null
   * @return the document, not null
   */
  public String writeReport(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    return toText(null, w -> w.validationReport(report));
  }

  /**
   * Writes a validation report as a compact UTF-8 JSON document to a stream, which is flushed, not
   * closed; see {@link #writeReport(ValidationReport)}.
   *
   * @param report the report, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void writeReport(ValidationReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    toStream(out, null, w -> w.validationReport(report));
  }

  /**
   * Writes one finding as a compact JSON object, in the form it has inside {@link
   * #writeReport(ValidationReport)}: for an application that lists findings in a document of its
   * own.
   *
   * @param finding the finding, not null
   * @return the object, not null
   */
  public String writeFinding(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    return toText(null, w -> w.finding(finding));
  }

  /**
   * Writes a record into a generator the application set up: with a pretty printer for people, or
   * as one value of a larger document. The generator's own settings (its printer, its escaping)
   * apply; the members, their order and their values are those of {@link #write(MeetingRecord)}.
   *
   * <pre>{@code
   * try (JsonGenerator g = new JsonFactory().createGenerator(writer)) {
   *   g.useDefaultPrettyPrinter();
   *   GovernanceJson.strict().write(record, g);
   * }
   * }</pre>
   *
   * @param record the record, not null
   * @param generator where to write, not null; not flushed, not closed
   * @throws UncheckedIOException if the generator fails
   */
  public void write(MeetingRecord record, JsonGenerator generator) {
    Objects.requireNonNull(record, "record");
    into(generator, w -> w.document(record));
  }

  /**
   * Writes the members of a report ({@code valid}, {@code findings}) into the object the generator
   * is writing, so that an application's envelope can put members of its own beside them (a file
   * name, a line) without parsing the library's text; {@link #writeReport(ValidationReport)} is the
   * same members in an object of their own.
   *
   * @param report the report, not null
   * @param generator where to write, inside an object, not null; not flushed, not closed
   * @throws UncheckedIOException if the generator fails
   */
  public void writeReportMembers(ValidationReport report, JsonGenerator generator) {
    Objects.requireNonNull(report, "report");
    into(generator, w -> w.validationReportMembers(report));
  }

  /**
   * Writes the members of a finding into the object the generator is writing; {@link
   * #writeFinding(Finding)} is the same members in an object of their own.
   *
   * @param finding the finding, not null
   * @param generator where to write, inside an object, not null; not flushed, not closed
   * @throws UncheckedIOException if the generator fails
   */
  public void writeFindingMembers(Finding finding, JsonGenerator generator) {
    Objects.requireNonNull(finding, "finding");
    into(generator, w -> w.findingMembers(finding));
  }

  private static void into(JsonGenerator generator, Writing writing) {
    Objects.requireNonNull(generator, "generator");
    try {
      writing.to(new ModelWriter(generator, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a write does with the model writer. */
  private interface Writing {
    void to(ModelWriter writer) throws IOException;
  }

  /** The one set-up of a write to text: compact, unknown members (or null) put back. */
  private static String toText(Map<String, Map<String, JsonNode>> unknowns, Writing writing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonSetup.FACTORY.createGenerator(out)) {
      writing.to(new ModelWriter(g, unknowns));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The same to a stream, UTF-8, flushed and not closed. */
  private static void toStream(
      OutputStream out, Map<String, Map<String, JsonNode>> unknowns, Writing writing) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = JsonSetup.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      writing.to(new ModelWriter(g, unknowns));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- canonical form

  /**
   * The canonical form of a record: its document with members sorted by name, no insignificant
   * whitespace, text in NFC, integers in plain decimal, UTF-8 (RFC 8785, JSON Canonicalization
   * Scheme, for the values this format has). The same record gives the same bytes on every run and
   * machine, whatever the key order or normal form of the input it was read from.
   *
   * @param record the record, not null
   * @return the bytes, not null
   */
  public byte[] canonicalBytes(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    canonical(record, out);
    return out.toByteArray();
  }

  /**
   * The SHA-256 digest of the canonical form.
   *
   * @param record the record, not null
   * @return "sha256:" and 64 lowercase hexadecimal digits, not null
   */
  public String digest(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    // The canonical bytes go straight into the hash, without a text or byte array of them.
    canonical(record, new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
    return "sha256:" + HexFormat.of().formatHex(sha256.digest());
  }

  /** The one way to the canonical form, for the bytes and the digest alike. */
  private static void canonical(MeetingRecord record, OutputStream out) {
    try (Canonical g = new Canonical(out)) {
      new ModelWriter(g, null).document(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- archives

  /**
   * Opens a JSON Lines archive for reading, validating each record with the standard validator as
   * it passes. Closing the archive closes the stream.
   *
   * @param in the archive, UTF-8, one record a line, not null
   * @return the archive reader, not null
   */
  public ArchiveReader openArchive(InputStream in) {
    return openArchive(in, GovernanceValidator.standard());
  }

  /**
   * Opens a JSON Lines archive for reading, validating each record as it passes.
   *
   * @param in the archive, UTF-8, one record a line, not null
   * @param validator the validator, not null
   * @return the archive reader, not null
   */
  public ArchiveReader openArchive(InputStream in, GovernanceValidator validator) {
    return openArchive(in, validator, 1);
  }

  /**
   * Opens a JSON Lines archive for reading with several threads: lines are read in order on the
   * caller's thread and parsed and validated on a pool while the next ones are read; the entries,
   * in input order, and the findings across records are the same as with one thread.
   *
   * <pre>{@code
   * int cores = Runtime.getRuntime().availableProcessors();
   * try (ArchiveReader archive = json.openArchive(in, validator, cores)) { ... }
   * }</pre>
   *
   * @param in the archive, UTF-8, one record a line, not null
   * @param validator the validator, not null
   * @param threads how many threads parse and validate; 1 does everything on the caller's thread
   * @return the archive reader, not null
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public ArchiveReader openArchive(InputStream in, GovernanceValidator validator, int threads) {
    return new ArchiveReader(
        this,
        Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(validator, "validator"),
        threads);
  }

  /**
   * Opens a JSON Lines archive for writing, one compact record a line. Closing the writer closes
   * the stream.
   *
   * @param out the stream, not null
   * @return the archive writer, not null
   */
  public ArchiveWriter openArchiveWriter(OutputStream out) {
    return new ArchiveWriter(Objects.requireNonNull(out, "out"));
  }

  @Override
  public String toString() {
    return "GovernanceJson["
        + (lenient ? "lenient" : "strict")
        + ", "
        + FORMAT
        + " "
        + FORMAT_VERSION
        + "]";
  }
}
