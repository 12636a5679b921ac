package vn.massorg.governance.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import vn.massorg.governance.benchmarks.plain.PlainMapping;
import vn.massorg.governance.benchmarks.plain.PlainMeetingRecord;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class Scratch {
  MeetingRecord record;
  byte[] json;
  ObjectMapper mapper;
  GovernanceValidator validator;
  @Setup public void setUp() throws Exception {
    record = SyntheticMeeting.large();
    mapper = PlainMapping.mapper();
    json = mapper.writeValueAsBytes(PlainMapping.of(record));
    validator = GovernanceValidator.standard();
  }
  @Benchmark public PlainMeetingRecord plainRead() throws Exception { return mapper.readValue(json, PlainMeetingRecord.class); }
  @Benchmark public ValidationReport validate() { return validator.validate(record); }
  @Benchmark public MeetingRecord build() { return MeetingRecord.builder().from(record).build(); }
}
