package vn.massorg.governance.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A periodic activity report, presented to a meeting as a draft, commented on, then concluded or
 * adopted.
 *
 * <p>Vietnamese: <i>báo cáo kết quả hoạt động</i> (quý, 6 tháng, 9 tháng, năm), with the <i>nhiệm
 * vụ</i> (tasks) for the next period. Its number follows Decree 30/2020 ("12/BC-LHH").
 *
 * <p>Invariant: the status history starts with the first status recorded and moves only by legal
 * transitions ({@link ReportStatus#canMoveTo(ReportStatus)}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@SuppressWarnings("immutables:incompat") // see ModelStyle: two encodings match
public abstract class Report extends ModelValue<Report> {
  /**
   * The form of a document number (số văn bản, Decree 30/2020): a number, a slash and the kind and
   * issuer's abbreviations joined by '-', such as "12/BC-LHH".
   */
  public static final String DOCUMENT_NUMBER_FORM = "[0-9]{1,6}/[A-ZĐ]{1,6}(-[A-ZĐ0-9]{1,12}){0,4}";

  Report() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableReport.Builder builder() {
    return ImmutableReport.builder();
  }

  /** The identifier, stable across the records of an archive. */
  public abstract String getId();

  /** The title as the record gives it. */
  @Valid
  public abstract BilingualText getTitle();

  /** The period reported on. */
  public abstract ReportingPeriod getPeriod();

  /** The document number (Decree 30/2020), e.g. "12/BC-LHH", when recorded. */
  public abstract Optional<
          @Pattern(regexp = DOCUMENT_NUMBER_FORM, message = "{vn.massorg.governance.field.pattern}")
          String>
      getDocumentNumber();

  /** The statuses the report went through, in order; the last is its status. */
  @NonEmpty
  public abstract List<ReportStatus> getStatusHistory();

  /** The results per activity area, in the report's order. */
  public abstract List<@Valid ActivityResult> getResults();

  /**
   * Whether the results list covers every area the report names; false for a list the source cuts
   * short ("…"), empty when not known.
   */
  public abstract Optional<Boolean> getResultsComplete();

  /** The circumstances of the period, as the report describes them. */
  public abstract List<@Valid BilingualText> getContext();

  /** The tasks set for the next period. */
  public abstract List<@Valid BilingualText> getTasksForNextPeriod();

  /**
   * The current status: the last of the history.
   *
   * @return the status, not null
   */
  public ReportStatus status() {
    return getStatusHistory().get(getStatusHistory().size() - 1);
  }

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
    List<ReportStatus> history = getStatusHistory();
    if (history.isEmpty()) {
      throw new InvalidRecordException(
          "báo cáo "
              + getId()
              + ": 'statusHistory' trống; báo cáo "
              + "có ít nhất một tình trạng (dự thảo)",
          "report "
              + getId()
              + ": 'statusHistory' is "
              + "empty; a report has at least one status (draft)");
    }
    for (int i = 1; i < history.size(); i++) {
      if (!history.get(i - 1).canMoveTo(history.get(i))) {
        throw new InvalidRecordException(
            "báo cáo "
                + getId()
                + ": 'statusHistory' chuyển từ "
                + history.get(i - 1).getCode()
                + " sang "
                + history.get(i).getCode()
                + ", không phải bước chuyển hợp lệ",
            "report "
                + getId()
                + ": 'statusHistory' moves "
                + "from "
                + history.get(i - 1).getCode()
                + " to "
                + history.get(i).getCode()
                + ", which is not a legal transition");
      }
    }
  }
}
