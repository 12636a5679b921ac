package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who attended a meeting: per person, as counts, or both. A meeting whose attendance the source
 * does not give has no {@code Attendance} at all ({@link Meeting#getAttendance()} is empty).
 *
 * <p>Vietnamese: <i>thành phần tham dự</i>.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class Attendance extends ModelValue<Attendance> {
  Attendance() {}

  /**
   * Entries, counts or both: an attendance that gives neither is not recorded, and is left out of
   * its meeting instead (thành phần tham dự cần danh sách hoặc số liệu).
   */
  public static final PresenceRule ENTRIES_OR_COUNTS =
      PresenceRule.atLeastOne(
          "entries",
          "counts",
          "thành phần tham dự cần 'entries' hoặc 'counts'; khi "
              + "không được ghi, hãy bỏ trống thành phần tham dự của hội nghị",
          "attendance needs 'entries' or 'counts'; leave the meeting's attendance out when it is "
              + "not recorded");

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableAttendance.Builder builder() {
    return ImmutableAttendance.builder();
  }

  /** Per-person attendance, one entry a person. */
  public abstract List<@Valid AttendanceEntry> getEntries();

  /** Attendance counts, when the record gives them. */
  public abstract Optional<@Valid AttendanceCounts> getCounts();

  @Value.Check
  void check() {
    ENTRIES_OR_COUNTS.check(!getEntries().isEmpty(), getCounts().isPresent());
    Checks.unique(getEntries(), AttendanceEntry::getPersonId, "entries");
  }
}
