package vn.massorg.governance.model;

import java.util.List;

/**
 * A form of address written before a name where no academic title is given: Đ/c (Comrade), Ông
 * (Mr.), Bà (Ms.).
 *
 * <p>Vietnamese: <i>cách xưng hô</i>. An extensible code list: {@link #of(String)} returns the
 * built-in entry for a known code and an unlabelled entry for an organisation's own code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormOfAddress extends CodeListValue {
  private static final Registry<FormOfAddress> REGISTRY = new Registry<>("form of address");

  /** Comrade (Đ/c). */
  public static final FormOfAddress COMRADE =
      REGISTRY.add(new FormOfAddress("comrade", BilingualText.of("Đ/c", "Comrade")));

  /** Mr. (Ông). */
  public static final FormOfAddress MR =
      REGISTRY.add(new FormOfAddress("mr", BilingualText.of("Ông", "Mr.")));

  /** Ms. (Bà). */
  public static final FormOfAddress MS =
      REGISTRY.add(new FormOfAddress("ms", BilingualText.of("Bà", "Ms.")));

  private FormOfAddress(String code, BilingualText label) {
    super(code, label);
  }

  /**
   * The entry for a code.
   *
   * @param code the code, not null, lowercase words joined by '-'
   * @return the built-in entry, or an unlabelled entry for an organisation's own code
   * @throws InvalidRecordException if the code is null or not of the code form
   */
  public static FormOfAddress of(String code) {
    return REGISTRY.of(code, c -> new FormOfAddress(c, null));
  }

  /**
   * The built-in entries, in their conventional order.
   *
   * @return the entries, not null
   */
  public static List<FormOfAddress> known() {
    return REGISTRY.known();
  }
}
