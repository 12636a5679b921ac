package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;

/** The facade is shared: many threads read, write and digest through one instance at once. */
class ThreadSafetyTest {

  @Test
  void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
    GovernanceJson json = GovernanceJson.strict();
    MeetingRecord[] records = {Samples.haiPhong(), Samples.everyAttribute()};
    String[] texts = {json.write(records[0]), json.write(records[1])};
    String[] digests = {json.digest(records[0]), json.digest(records[1])};
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int which = t % 2;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 300; i++) {
                    MeetingRecord read = json.read(texts[which]);
                    if (!read.equals(records[which])
                        || !json.write(read).equals(texts[which])
                        || !json.digest(read).equals(digests[which])) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
