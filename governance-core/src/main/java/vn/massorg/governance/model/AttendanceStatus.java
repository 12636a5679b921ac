package vn.massorg.governance.model;

/**
 * How a person took part in a meeting: present, present remotely, represented by someone else,
 * excused, absent without reason, or invited as a guest.
 *
 * <p>Vietnamese: <i>tình trạng tham dự</i>.
 */
public enum AttendanceStatus implements Coded {
  /** Present (Có mặt). */
  PRESENT("present", "Có mặt", "Present"),

  /** Present remotely (Tham dự trực tuyến). */
  REMOTE("remote", "Tham dự trực tuyến", "Present remotely"),

  /** Represented by a substitute (Cử người dự thay). */
  REPRESENTED("represented", "Cử người dự thay", "Represented by a substitute"),

  /** Attending on behalf of a member (Dự thay). */
  SUBSTITUTE("substitute", "Dự thay", "Attending on behalf of a member"),

  /** Excused (Vắng có lý do). */
  EXCUSED("excused", "Vắng có lý do", "Excused"),

  /** Absent without reason (Vắng không lý do). */
  ABSENT("absent", "Vắng không lý do", "Absent without reason"),

  /** Invited guest (Khách mời). */
  GUEST("guest", "Khách mời", "Invited guest");

  private final String code;
  private final BilingualText label;

  AttendanceStatus(String code, String vi, String en) {
    this.code = code;
    this.label = BilingualText.of(vi, en);
  }

  @Override
  public String getCode() {
    return code;
  }

  @Override
  public BilingualText getLabel() {
    return label;
  }

  /**
   * The constant with a code.
   *
   * @param code the code, not null
   * @return the constant, not null
   * @throws InvalidRecordException if no constant has the code
   */
  public static AttendanceStatus fromCode(String code) {
    return Coded.fromCode(AttendanceStatus.class, code);
  }

  /**
   * Whether the person is in the room or on the line, in their own right or for someone else.
   *
   * @return true for present, remote and substitute
   */
  public boolean isAttending() {
    return this == PRESENT || this == REMOTE || this == SUBSTITUTE;
  }
}
