package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting (session) of a body: who met, when and where as far as recorded, who chaired and kept
 * the minutes, who attended, and its agenda.
 *
 * <p>Vietnamese: <i>hội nghị</i> ("Hội nghị Ban Thường vụ quý III năm 2020"); to chair is <i>chủ
 * trì</i>. A fact the source does not give (the date, the venue, the attendance) is left empty: not
 * recorded, never invented.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class Meeting extends ModelValue<Meeting> {
  Meeting() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }

  /** The identifier, stable across the records of an archive. */
  public abstract String getId();

  /** The body that met, in the record's term. */
  public abstract String getBodyId();

  /** Regular, extraordinary, or a congress. */
  public abstract MeetingKind getKind();

  /** The title, e.g. "Hội nghị Ban Thường vụ Liên hiệp Hội Hải Phòng quý III năm 2020". */
  @Valid
  public abstract BilingualText getTitle();

  /** The period the meeting reviews, when it reviews one. */
  public abstract Optional<ReportingPeriod> getReviewedPeriod();

  /** The date, to the precision recorded. */
  public abstract Optional<PartialDate> getDate();

  /** Where it was held, when recorded. */
  public abstract Optional<@Valid BilingualText> getVenue();

  /** Who chaired it (chủ trì), when recorded. */
  public abstract Optional<String> getChairId();

  /** Who kept the minutes (thư ký hội nghị), when recorded. */
  public abstract Optional<String> getRecorderId();

  /** Who attended; empty when the source does not say. */
  public abstract Optional<@Valid Attendance> getAttendance();

  /** The agenda, in the order the items were taken. */
  public abstract List<@Valid AgendaItem> getAgenda();

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
    Checks.id(getBodyId(), "bodyId");
    Checks.ids(getChairId(), "chairId");
    Checks.ids(getRecorderId(), "recorderId");
  }
}
