package vn.massorg.governance.model;

import java.util.List;

/**
 * A group that speaks as one in a record that does not name its speakers: "the delegates" (các đại
 * biểu), "the Standing Committee members" (các đồng chí ủy viên BTV).
 *
 * <p>Vietnamese: <i>nhóm phát biểu</i>. An extensible code list: {@link #of(String)} returns the
 * built-in entry for a known code and an unlabelled entry for an organisation's own code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpeakerGroup extends CodeListValue {
  private static final Registry<SpeakerGroup> REGISTRY = new Registry<>("speaker group");

  /** The delegates (Các đại biểu). */
  public static final SpeakerGroup DELEGATES =
      REGISTRY.add(
          new SpeakerGroup("delegates", BilingualText.of("Các đại biểu", "The delegates")));

  /** The members of the body (Các đồng chí ủy viên). */
  public static final SpeakerGroup BODY_MEMBERS =
      REGISTRY.add(
          new SpeakerGroup(
              "body-members", BilingualText.of("Các đồng chí ủy viên", "The members of the body")));

  /** The member associations and affiliated units (Các hội thành viên, đơn vị trực thuộc). */
  public static final SpeakerGroup MEMBER_UNITS =
      REGISTRY.add(
          new SpeakerGroup(
              "member-units",
              BilingualText.of(
                  "Các hội thành viên, đơn vị trực thuộc",
                  "The member associations and affiliated units")));

  private SpeakerGroup(String code, BilingualText label) {
    super(code, label);
  }

  /**
   * The entry for a code.
   *
   * @param code the code, not null, lowercase words joined by '-'
   * @return the built-in entry, or an unlabelled entry for an organisation's own code
   * @throws InvalidRecordException if the code is null or not of the code form
   */
  public static SpeakerGroup of(String code) {
    return REGISTRY.of(code, c -> new SpeakerGroup(c, null));
  }

  /**
   * The built-in entries, in their conventional order.
   *
   * @return the entries, not null
   */
  public static List<SpeakerGroup> known() {
    return REGISTRY.known();
  }
}
