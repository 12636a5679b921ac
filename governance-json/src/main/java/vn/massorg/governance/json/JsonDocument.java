package vn.massorg.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.massorg.governance.model.MeetingRecord;

/**
 * A document of the exchange format as read: the record, the format version the document named, and
 * the members it had that this version of the format does not know, by the JSON Pointer of the
 * object that held them. Only {@link GovernanceJson#lenient()} keeps unknown members; a strict read
 * fails on them.
 *
 * <p>{@link GovernanceJson#write(JsonDocument)} puts every unknown member back into its object, so
 * that a lenient read followed by a write gives the same JSON content (members may come in another
 * order, and empty lists are left out as always).
 *
 * <pre>{@code
 * JsonDocument doc = GovernanceJson.lenient().readDocument(bytes);
 * doc.getUnknownMembers();        // {"/meeting": {"livestreamUrl": "https://..."}}
 * String out = GovernanceJson.lenient().write(doc);   // nothing lost
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: the member values are copied in and out.
 */
public final class JsonDocument {
  private final MeetingRecord record;
  private final String formatVersion;
  private final Map<String, Map<String, JsonNode>> unknownMembers;

  JsonDocument(
      MeetingRecord record,
      String formatVersion,
      Map<String, Map<String, JsonNode>> unknownMembers) {
    this.record = Objects.requireNonNull(record, "record");
    this.formatVersion = Objects.requireNonNull(formatVersion, "formatVersion");
    this.unknownMembers = copy(unknownMembers);
  }

  /**
   * A document of a record, in the current format version, with no unknown member.
   *
   * @param record the record, not null
   * @return the document, not null
   */
  public static JsonDocument of(MeetingRecord record) {
    return new JsonDocument(record, GovernanceJson.FORMAT_VERSION, Map.of());
  }

  /**
   * The record.
   *
   * @return the record, not null
   */
  public MeetingRecord getRecord() {
    return record;
  }

  /**
   * The format version the document named ({@code formatVersion}).
   *
   * @return the version, e.g. "1.0", not null
   */
  public String getFormatVersion() {
    return formatVersion;
  }

  /**
   * The members the format does not know, by the JSON Pointer of the object that held them ("" for
   * the document itself), each by name, in the order read.
   *
   * @return a copy, not null; empty after a strict read
   */
  public Map<String, Map<String, JsonNode>> getUnknownMembers() {
    return copy(unknownMembers);
  }

  /** The members without a copy, for the writer. */
  Map<String, Map<String, JsonNode>> unknownMembers() {
    return unknownMembers;
  }

  private static Map<String, Map<String, JsonNode>> copy(Map<String, Map<String, JsonNode>> in) {
    if (in.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, JsonNode>> holder : in.entrySet()) {
      Map<String, JsonNode> members = new LinkedHashMap<>();
      holder.getValue().forEach((name, value) -> members.put(name, value.deepCopy()));
      out.put(holder.getKey(), Collections.unmodifiableMap(members));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonDocument that
        && record.equals(that.record)
        && formatVersion.equals(that.formatVersion)
        && unknownMembers.equals(that.unknownMembers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, formatVersion, unknownMembers);
  }

  @Override
  public String toString() {
    return "JsonDocument["
        + formatVersion
        + ", "
        + unknownMembers.size()
        + " objects with unknown members]";
  }
}
