package vn.massorg.governance.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The baseline's mapper.
 *
 * <p>The mapper is what an application gets from {@code new ObjectMapper()} plus the two settings
 * that make a fair comparison: unknown properties fail (so the baseline reads every field the
 * library reads, and no more), and absent values are not written (as the library does not write
 * them).
 */
public final class PlainMapping {
  private PlainMapping() {}

  /**
   * The plain Jackson mapper of the baseline.
   *
   * @return a new mapper, not null
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }
}
