package vn.massorg.governance.model;

import java.util.List;

/**
 * The administrative level of an organisation: national (VUSTA), provincial or centrally governed
 * city (a city union such as Hai Phong's), district.
 *
 * <p>Vietnamese: <i>cấp tổ chức (trung ương, tỉnh, thành phố trực thuộc trung ương, ...)</i>. An
 * extensible code list: {@link #of(String)} returns the built-in entry for a known code and an
 * unlabelled entry for an organisation's own code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrganisationLevel extends CodeListValue {
  private static final Registry<OrganisationLevel> REGISTRY = new Registry<>("organisation level");

  /** National (Trung ương). */
  public static final OrganisationLevel NATIONAL =
      REGISTRY.add(new OrganisationLevel("national", BilingualText.of("Trung ương", "National")));

  /** Provincial (Tỉnh). */
  public static final OrganisationLevel PROVINCIAL =
      REGISTRY.add(new OrganisationLevel("provincial", BilingualText.of("Tỉnh", "Provincial")));

  /** Centrally governed city (Thành phố trực thuộc Trung ương). */
  public static final OrganisationLevel CITY =
      REGISTRY.add(
          new OrganisationLevel(
              "city",
              BilingualText.of("Thành phố trực thuộc Trung ương", "Centrally governed city")));

  /** District (Quận, huyện). */
  public static final OrganisationLevel DISTRICT =
      REGISTRY.add(new OrganisationLevel("district", BilingualText.of("Quận, huyện", "District")));

  /** Association (Hội). */
  public static final OrganisationLevel ASSOCIATION =
      REGISTRY.add(new OrganisationLevel("association", BilingualText.of("Hội", "Association")));

  private OrganisationLevel(String code, BilingualText label) {
    super(code, label);
  }

  /**
   * The entry for a code.
   *
   * @param code the code, not null, lowercase words joined by '-'
   * @return the built-in entry, or an unlabelled entry for an organisation's own code
   * @throws InvalidRecordException if the code is null or not of the code form
   */
  public static OrganisationLevel of(String code) {
    return REGISTRY.of(code, c -> new OrganisationLevel(c, null));
  }

  /**
   * The built-in entries, in their conventional order.
   *
   * @return the entries, not null
   */
  public static List<OrganisationLevel> known() {
    return REGISTRY.known();
  }
}
