package vn.massorg.governance.model;

import java.util.List;

/**
 * An area of an organisation's professional activity (công tác chuyên môn) on which a periodic
 * report gives results. The first four are the areas named in the Hai Phong union's Q3 2020 report;
 * the rest are the further areas VUSTA lists.
 *
 * <p>Vietnamese: <i>lĩnh vực hoạt động</i>. An extensible code list: {@link #of(String)} returns
 * the built-in entry for a known code and an unlabelled entry for an organisation's own code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActivityArea extends CodeListValue {
  private static final Registry<ActivityArea> REGISTRY = new Registry<>("activity area");

  /** Organisation building and development (Xây dựng và phát triển tổ chức). */
  public static final ActivityArea ORGANISATION_BUILDING =
      REGISTRY.add(
          new ActivityArea(
              "organisation-building",
              BilingualText.of(
                  "Xây dựng và phát triển tổ chức", "Organisation building and development")));

  /** Propagation and dissemination of knowledge (Tuyên truyền, phổ biến kiến thức). */
  public static final ActivityArea DISSEMINATION =
      REGISTRY.add(
          new ActivityArea(
              "dissemination",
              BilingualText.of(
                  "Tuyên truyền, phổ biến kiến thức",
                  "Propagation and dissemination of knowledge")));

  /** Consulting, critique and social assessment (Tư vấn, phản biện và giám định xã hội). */
  public static final ActivityArea CONSULTING_CRITIQUE_ASSESSMENT =
      REGISTRY.add(
          new ActivityArea(
              "consulting-critique-assessment",
              BilingualText.of(
                  "Tư vấn, phản biện và giám định xã hội",
                  "Consulting, critique and social assessment")));

  /**
   * Contests, awards, and commending and honouring intellectuals (Tổ chức các Hội thi, giải thưởng
   * và biểu dương, tôn vinh trí thức).
   */
  public static final ActivityArea CONTESTS_AWARDS_HONOURS =
      REGISTRY.add(
          new ActivityArea(
              "contests-awards-honours",
              BilingualText.of(
                  "Tổ chức các Hội thi, giải thưởng và biểu dương, tôn vinh trí thức",
                  "Contests, awards, and commending and honouring intellectuals")));

  /** Science and technology research (Nghiên cứu khoa học và công nghệ). */
  public static final ActivityArea RESEARCH =
      REGISTRY.add(
          new ActivityArea(
              "research",
              BilingualText.of(
                  "Nghiên cứu khoa học và công nghệ", "Science and technology research")));

  /** Environment (Bảo vệ môi trường). */
  public static final ActivityArea ENVIRONMENT =
      REGISTRY.add(
          new ActivityArea("environment", BilingualText.of("Bảo vệ môi trường", "Environment")));

  /** Education and training (Giáo dục và đào tạo). */
  public static final ActivityArea EDUCATION_TRAINING =
      REGISTRY.add(
          new ActivityArea(
              "education-training",
              BilingualText.of("Giáo dục và đào tạo", "Education and training")));

  /** Community development (Phát triển cộng đồng). */
  public static final ActivityArea COMMUNITY_DEVELOPMENT =
      REGISTRY.add(
          new ActivityArea(
              "community-development",
              BilingualText.of("Phát triển cộng đồng", "Community development")));

  /** Domestic and international cooperation (Hợp tác trong nước và quốc tế). */
  public static final ActivityArea COOPERATION =
      REGISTRY.add(
          new ActivityArea(
              "cooperation",
              BilingualText.of(
                  "Hợp tác trong nước và quốc tế", "Domestic and international cooperation")));

  private ActivityArea(String code, BilingualText label) {
    super(code, label);
  }

  /**
   * The entry for a code.
   *
   * @param code the code, not null, lowercase words joined by '-'
   * @return the built-in entry, or an unlabelled entry for an organisation's own code
   * @throws InvalidRecordException if the code is null or not of the code form
   */
  public static ActivityArea of(String code) {
    return REGISTRY.of(code, c -> new ActivityArea(c, null));
  }

  /**
   * The built-in entries, in their conventional order.
   *
   * @return the entries, not null
   */
  public static List<ActivityArea> known() {
    return REGISTRY.known();
  }
}
