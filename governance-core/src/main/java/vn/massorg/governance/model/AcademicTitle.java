package vn.massorg.governance.model;

import java.util.List;

/**
 * An academic title written before a name: TS. (Dr.), PGS.TS. (Assoc. Prof. Dr.), GS.TS. (Prof.
 * Dr.), ThS. (MSc), KS. (Eng.), ...
 *
 * <p>Vietnamese: <i>học hàm, học vị</i>. An extensible code list: {@link #of(String)} returns the
 * built-in entry for a known code and an unlabelled entry for an organisation's own code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcademicTitle extends CodeListValue {
  private static final Registry<AcademicTitle> REGISTRY = new Registry<>("academic title");

  /** Dr. (TS.). */
  public static final AcademicTitle TS =
      REGISTRY.add(new AcademicTitle("ts", BilingualText.of("TS.", "Dr.")));

  /** Assoc. Prof. Dr. (PGS.TS.). */
  public static final AcademicTitle PGS_TS =
      REGISTRY.add(new AcademicTitle("pgs-ts", BilingualText.of("PGS.TS.", "Assoc. Prof. Dr.")));

  /** Prof. Dr. (GS.TS.). */
  public static final AcademicTitle GS_TS =
      REGISTRY.add(new AcademicTitle("gs-ts", BilingualText.of("GS.TS.", "Prof. Dr.")));

  /** Prof. (GS.). */
  public static final AcademicTitle GS =
      REGISTRY.add(new AcademicTitle("gs", BilingualText.of("GS.", "Prof.")));

  /** Assoc. Prof. (PGS.). */
  public static final AcademicTitle PGS =
      REGISTRY.add(new AcademicTitle("pgs", BilingualText.of("PGS.", "Assoc. Prof.")));

  /** D.Sc. (TSKH.). */
  public static final AcademicTitle TSKH =
      REGISTRY.add(new AcademicTitle("tskh", BilingualText.of("TSKH.", "D.Sc.")));

  /** M.Sc. (ThS.). */
  public static final AcademicTitle THS =
      REGISTRY.add(new AcademicTitle("ths", BilingualText.of("ThS.", "M.Sc.")));

  /** Eng. (KS.). */
  public static final AcademicTitle KS =
      REGISTRY.add(new AcademicTitle("ks", BilingualText.of("KS.", "Eng.")));

  /** Dr. (med.) (BS.). */
  public static final AcademicTitle BS =
      REGISTRY.add(new AcademicTitle("bs", BilingualText.of("BS.", "Dr. (med.)")));

  /** B.Sc. (CN.). */
  public static final AcademicTitle CN =
      REGISTRY.add(new AcademicTitle("cn", BilingualText.of("CN.", "B.Sc.")));

  private AcademicTitle(String code, BilingualText label) {
    super(code, label);
  }

  /**
   * The entry for a code.
   *
   * @param code the code, not null, lowercase words joined by '-'
   * @return the built-in entry, or an unlabelled entry for an organisation's own code
   * @throws InvalidRecordException if the code is null or not of the code form
   */
  public static AcademicTitle of(String code) {
    return REGISTRY.of(code, c -> new AcademicTitle(c, null));
  }

  /**
   * The built-in entries, in their conventional order.
   *
   * @return the entries, not null
   */
  public static List<AcademicTitle> known() {
    return REGISTRY.known();
  }
}
