package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document presented to a meeting by a presenter: "Đ/c Hoàng Minh Ngọc trình bày Dự thảo báo cáo
 * kết quả hoạt động quý III năm 2020".
 *
 * <p>Vietnamese: <i>trình bày</i> (to present).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class Presentation extends ModelValue<Presentation> {
  Presentation() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutablePresentation.Builder builder() {
    return ImmutablePresentation.builder();
  }

  /** The person who presents. */
  public abstract String getPresenterId();

  /** The title of the document as the record gives it. */
  @Valid
  public abstract BilingualText getDocument();

  /** The report presented, when the record holds it. */
  public abstract Optional<String> getReportId();

  @Value.Check
  void check() {
    Checks.id(getPresenterId(), "presenterId");
    Checks.ids(getReportId(), "reportId");
  }
}
