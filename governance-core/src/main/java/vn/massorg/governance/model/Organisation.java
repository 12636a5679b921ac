package vn.massorg.governance.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A mass organisation: a union of science and technology associations (Liên hiệp các Hội Khoa học
 * và Kỹ thuật), national (VUSTA) or of a province or city, or one of its member associations.
 *
 * <p>Vietnamese: <i>tổ chức</i>; the official name is in Vietnamese (Decree 126/2024, naming
 * conditions) and is {@code name.vi}; the short form used in its documents ("Liên hiệp Hội", "LHH")
 * is the abbreviation.
 *
 * <pre>{@code
 * Organisation haiPhong = Organisation.builder()
 *     .id("org.lhh-hai-phong")
 *     .name(BilingualText.of("Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng",
 *         "Hai Phong Union of Science and Technology Associations"))
 *     .abbreviation("Liên hiệp Hội")
 *     .level(OrganisationLevel.CITY)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class Organisation extends ModelValue<Organisation> {
  Organisation() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableOrganisation.Builder builder() {
    return ImmutableOrganisation.builder();
  }

  /** The identifier, stable across the records of an archive, e.g. "org.lhh-hai-phong". */
  public abstract String getId();

  /** The official name: Vietnamese, with an English name when there is one. */
  @Valid
  public abstract BilingualText getName();

  /** The short form its documents use, such as "Liên hiệp Hội" or "VUSTA", when recorded. */
  public abstract Optional<
          @Pattern(regexp = Checks.NOT_BLANK, message = "{vn.massorg.governance.field.blank}")
          @Size(max = 40, message = "{vn.massorg.governance.field.size}") String>
      getAbbreviation();

  /** The administrative level. */
  public abstract OrganisationLevel getLevel();

  /** The identifier of the organisation it is a member of (VUSTA for a city union), if recorded. */
  public abstract Optional<String> getParentId();

  /** Its member units, where the record lists them. */
  public abstract List<@Valid MemberUnit> getMemberUnits();

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
    Checks.ids(getParentId(), "parentId");
    Checks.unique(getMemberUnits(), MemberUnit::getId, "memberUnits");
  }
}
