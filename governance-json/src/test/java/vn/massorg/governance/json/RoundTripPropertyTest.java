package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Generators;

/**
 * Properties over the shared generated records ({@code governance.examples} examples each, 1000 by
 * default): the format loses nothing, the canonical form is a function of the record, and the
 * schema accepts what the writer writes.
 */
class RoundTripPropertyTest {
  private final GovernanceJson json = GovernanceJson.strict();

  @Test
  void readingWhatWasWrittenGivesTheSameRecordAndTheSameCanonicalBytes() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.validRecords())
        .checkAssert(
            record -> {
              String text = json.write(record);
              MeetingRecord read = json.read(text);
              assertThat(read).isEqualTo(record);
              assertThat(json.canonicalBytes(read)).isEqualTo(json.canonicalBytes(record));
              assertThat(json.write(read)).isEqualTo(text);
            });
  }

  @Test
  void theCanonicalFormReadsBackToTheRecordAndIsAFixedPoint() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.validRecords())
        .checkAssert(
            record -> {
              byte[] canonical = json.canonicalBytes(record);
              MeetingRecord read = json.read(canonical);
              assertThat(read).isEqualTo(record);
              assertThat(json.canonicalBytes(read)).isEqualTo(canonical);
            });
  }

  @Test
  void theNfdFormOfARecordReadsToTheSameRecordAndDigestAsItsNfcForm() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.validRecords())
        .checkAssert(
            record -> {
              String nfd = Normalizer.normalize(json.write(record), Normalizer.Form.NFD);
              MeetingRecord read = json.read(nfd);
              assertThat(read).isEqualTo(record);
              assertThat(json.digest(read)).isEqualTo(json.digest(record));
            });
  }

  @Test
  void theLenientReaderAndWriterPassAGeneratedRecordThroughUnchanged() {
    GovernanceJson lenient = GovernanceJson.lenient();
    qt().withExamples(Math.max(100, Generators.examples() / 5))
        .forAll(Generators.validRecords())
        .checkAssert(
            record -> {
              String text = json.write(record);
              assertThat(lenient.write(lenient.readDocument(text))).isEqualTo(text);
            });
  }

  @Test
  void theSchemaAcceptsEveryGeneratedValidRecord() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.validRecords())
        .checkAssert(
            record ->
                assertThat(SchemaTest.errors(json.write(record))).as("schema errors").isEmpty());
  }

  @Test
  void theSchemaAcceptsLargeRecords() {
    qt().withExamples(20)
        .forAll(Generators.largeRecords())
        .checkAssert(
            record -> {
              String text = json.write(record);
              assertThat(json.read(text)).isEqualTo(record);
              assertThat(SchemaTest.errors(text)).as("schema errors").isEmpty();
            });
  }
}
