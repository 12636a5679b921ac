package vn.massorg.governance.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.massorg.governance.benchmarks.plain.PlainMapping;
import vn.massorg.governance.benchmarks.plain.PlainMeetingRecord;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.json.ReadResult;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The library against plain Jackson into records (the baseline) and against networknt with the
 * shipped JSON Schema, on the same documents, in one run. Every method of a document reads the same
 * bytes; the set-up checks that each way accepts the document whole, so that no benchmark measures
 * a failure path.
 *
 * <p>Method names start with the way: {@code plain*} (baseline), {@code schema*} (networknt), the
 * others the library.
 *
 * <p>Ten seconds of warm-up: the library's path (reader, model, Hibernate Validator, rules) is
 * thousands of methods, and on two cores the compiler needs that long to reach a steady state; with
 * five seconds the library's figures were still rising several-fold between iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MeetingBenchmarks {
  /** The document: the seed meeting, or the synthetic large one. */
  @Param({"seed", "large"})
  public String document;

  private byte[] json;
  private MeetingRecord record;
  private PlainMeetingRecord plain;
  private ObjectMapper plainMapper;
  private JsonFactory tokenFactory;
  private GovernanceJson library;
  private GovernanceValidator validator;
  private Schema schema;
  private ObjectMapper schemaMapper;
  private ByteArrayOutputStream out;

  /**
   * Prepares the document in each form and checks that every way accepts it.
   *
   * @throws IOException never, the document is in memory
   */
  @Setup
  public void setUp() throws IOException {
    library = GovernanceJson.strict();
    validator = GovernanceValidator.standard();
    plainMapper = PlainMapping.mapper();
    tokenFactory = plainMapper.getFactory();
    record = Documents.record(document);
    json = Documents.json(document);
    plain = plainMapper.readValue(json, PlainMeetingRecord.class);
    schemaMapper = new ObjectMapper();
    schema = Documents.schema();
    out = new ByteArrayOutputStream(json.length * 2);
    Documents.check(document, json, record, plain, plainMapper, schema, schemaMapper);
  }

  /** Baseline: plain Jackson into plain records of the same shape. */
  @Benchmark
  public PlainMeetingRecord plainRead() throws IOException {
    return plainMapper.readValue(json, PlainMeetingRecord.class);
  }

  /**
   * The floor: Jackson's token stream alone over the same bytes, {@code nextToken()} to the end,
   * nothing bound. Any reader built on Jackson's parser does at least this, so {@code read ÷
   * tokens} is how close the library's reader is to the limit.
   *
   * @return the number of tokens, so that the loop is not removed
   * @throws IOException never, the document is valid and in memory
   */
  @Benchmark
  public int tokens() throws IOException {
    int count = 0;
    try (JsonParser parser = tokenFactory.createParser(json)) {
      while (parser.nextToken() != null) {
        count++;
      }
    }
    return count;
  }

  /** The library's strict reader into the model. */
  @Benchmark
  public MeetingRecord read() {
    return library.read(json);
  }

  /** The library's reader and the standard validator, as one call. */
  @Benchmark
  public ReadResult readAndValidate() {
    return library.readAndValidate(json, validator);
  }

  /** networknt: parse into a tree, then validate the tree against the shipped schema. */
  @Benchmark
  public List<Error> schemaReadAndValidate() throws IOException {
    JsonNode tree = schemaMapper.readTree(json);
    return schema.validate(tree);
  }

  /** The standard validator alone, on a record already read. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(record);
  }

  /** Baseline: plain Jackson writes the plain records. */
  @Benchmark
  public int plainWrite() throws IOException {
    out.reset();
    plainMapper.writeValue(out, plain);
    return out.size();
  }

  /** The library writes the model. */
  @Benchmark
  public int write() {
    out.reset();
    library.write(record, out);
    return out.size();
  }

  /** Baseline of the digest: SHA-256 of what plain Jackson writes (not canonical). */
  @Benchmark
  public byte[] plainWriteSha256() throws IOException, NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(plainMapper.writeValueAsBytes(plain));
  }

  /** The library's canonical digest ("sha256:…") of the model. */
  @Benchmark
  public String digest() {
    return library.digest(record);
  }
}
