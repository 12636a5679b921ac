package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.testing.GeneratorsTestAccess;
import vn.massorg.governance.testing.Records;
import vn.massorg.governance.testing.RuleMutations;

/** The validator is a function: same record, same report, on any thread. */
class ValidatorPropertiesTest {
  private static final GovernanceValidator VALIDATOR = GovernanceValidator.standard();

  @Test
  @DisplayName("property: every generated record validates without errors, and again the same")
  void noErrorsAndDeterministic() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.validRecords())
        .checkAssert(
            r -> {
              ValidationReport report = VALIDATOR.validate(r);
              assertThat(report.hasErrors()).as(report.toString()).isFalse();
              assertThat(report.isValid()).isTrue();
              assertThat(VALIDATOR.validate(r)).isEqualTo(report);
              assertThat(GovernanceValidator.of(VALIDATOR.getCharter())).isSameAs(VALIDATOR);
            });
  }

  @Test
  @DisplayName("validation from 8 threads at once gives the same reports as one thread")
  void concurrent() throws Exception {
    List<MeetingRecord> records =
        new ArrayList<>(GeneratorsTestAccess.sample(Generators.validRecords(), 150));
    // Broken records too, so that the reports compared are not all empty.
    for (Rule rule : RuleMutations.recordRules()) {
      records.add(RuleMutations.breakRecord(rule, Records.complete()));
    }
    List<ValidationReport> expected = new ArrayList<>();
    for (MeetingRecord r : records) {
      expected.add(VALIDATOR.validate(r));
    }
    ValidationReport expectedArchive = VALIDATOR.validateAll(records);
    assertThat(expected).anyMatch(ValidationReport::hasErrors);

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<ValidationReport>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        Callable<List<ValidationReport>> task =
            () -> {
              start.await();
              // Each thread starts elsewhere in the list, so different records meet at once.
              List<ValidationReport> out =
                  new ArrayList<>(
                      java.util.Collections.nCopies(records.size(), (ValidationReport) null));
              for (int i = 0; i < records.size(); i++) {
                int k = (i + offset * 17) % records.size();
                out.set(k, VALIDATOR.validate(records.get(k)));
              }
              return out;
            };
        results.add(pool.submit(task));
      }
      Future<ValidationReport> archive =
          pool.submit(
              () -> {
                start.await();
                return VALIDATOR.validateAll(records);
              });
      start.countDown();
      for (Future<List<ValidationReport>> f : results) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
      }
      assertThat(archive.get(2, TimeUnit.MINUTES)).isEqualTo(expectedArchive);
    } finally {
      pool.shutdownNow();
    }
  }
}
