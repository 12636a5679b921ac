package vn.massorg.governance.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * The period a report or a meeting reviews: a quarter, a half-year, the first nine months or a
 * year, written {@code 2020-Q3}, {@code 2020-H1}, {@code 2020-M9}, {@code 2020}.
 *
 * <p>Vietnamese: <i>kỳ báo cáo</i>, labelled "quý III năm 2020", "6 tháng đầu năm 2020", "9 tháng
 * năm 2020", "năm 2020".
 *
 * <pre>{@code
 * ReportingPeriod q3 = ReportingPeriod.quarter(2020, 3);
 * q3.label(Locale.forLanguageTag("vi")); // "quý III năm 2020"
 * q3.next();                             // 2020-Q4; the next after 2020-Q4 is 2021-Q1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingPeriod {
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final PeriodKind kind;
  private final int year;
  private final int number;

  private ReportingPeriod(PeriodKind kind, int year, int number) {
    this.kind = kind;
    this.year = year;
    this.number = number;
  }

  /**
   * A quarter.
   *
   * @param year the year, 1 to 9999
   * @param quarter the quarter, 1 to 4
   * @return the period, not null
   * @throws InvalidRecordException if an argument is out of range
   */
  public static ReportingPeriod quarter(int year, int quarter) {
    return of(PeriodKind.QUARTER, year, quarter);
  }

  /**
   * A half-year.
   *
   * @param year the year, 1 to 9999
   * @param half 1 for the first half, 2 for the second
   * @return the period, not null
   * @throws InvalidRecordException if an argument is out of range
   */
  public static ReportingPeriod halfYear(int year, int half) {
    return of(PeriodKind.HALF_YEAR, year, half);
  }

  /**
   * The first nine months of a year.
   *
   * @param year the year, 1 to 9999
   * @return the period, not null
   * @throws InvalidRecordException if the year is out of range
   */
  public static ReportingPeriod nineMonths(int year) {
    return of(PeriodKind.NINE_MONTHS, year, 1);
  }

  /**
   * A year.
   *
   * @param year the year, 1 to 9999
   * @return the period, not null
   * @throws InvalidRecordException if the year is out of range
   */
  public static ReportingPeriod year(int year) {
    return of(PeriodKind.YEAR, year, 1);
  }

  /**
   * A period of a kind.
   *
   * @param kind the kind, not null
   * @param year the year, 1 to 9999
   * @param number the quarter or half (1 for nine months and year)
   * @return the period, not null
   * @throws InvalidRecordException if an argument is null or out of range
   */
  public static ReportingPeriod of(PeriodKind kind, int year, int number) {
    Checks.notNull(kind, "kind");
    if (year < 1 || year > 9999) {
      throw new InvalidRecordException(
          "'year' phải từ 1 đến 9999: " + year, "'year' must be 1 to 9999: " + year);
    }
    if (number < 1 || number > kind.getPerYear()) {
      throw new InvalidRecordException(
          "'number' của kỳ "
              + kind.getCode()
              + " phải từ 1 đến "
              + kind.getPerYear()
              + ": "
              + number,
          "'number' of a " + kind.getCode() + " must be 1 to " + kind.getPerYear() + ": " + number);
    }
    return new ReportingPeriod(kind, year, number);
  }

  /**
   * Reads the code form: {@code 2020-Q3}, {@code 2020-H1}, {@code 2020-M9}, {@code 2020}.
   *
   * @param text the text, not null
   * @return the period, not null
   * @throws InvalidRecordException if the text is not of that form
   */
  public static ReportingPeriod parse(String text) {
    Checks.notNull(text, "text");
    int n = text.length();
    boolean form = (n == 4 || (n == 7 && text.charAt(4) == '-'));
    for (int i = 0; form && i < 4; i++) {
      form = text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
    if (form) {
      int y = Integer.parseInt(text, 0, 4, 10);
      if (n == 4) {
        return year(y);
      }
      char kind = text.charAt(5);
      char number = text.charAt(6);
      if (kind == 'Q' && number >= '1' && number <= '4') {
        return quarter(y, number - '0');
      }
      if (kind == 'H' && (number == '1' || number == '2')) {
        return halfYear(y, number - '0');
      }
      if (kind == 'M' && number == '9') {
        return nineMonths(y);
      }
    }
    throw new InvalidRecordException(
        "không phải kỳ báo cáo dạng 2020-Q3, 2020-H1, 2020-M9 hoặc "
            + "2020: \""
            + Checks.shorten(text)
            + "\"",
        "not a reporting period of the form 2020-Q3, "
            + "2020-H1, 2020-M9 or 2020: \""
            + Checks.shorten(text)
            + "\"");
  }

  /**
   * The kind.
   *
   * @return the kind, not null
   */
  public PeriodKind getKind() {
    return kind;
  }

  /**
   * The year.
   *
   * @return the year
   */
  public int getYear() {
    return year;
  }

  /**
   * The quarter (1–4) or half (1–2); 1 for nine months and a year.
   *
   * @return the number
   */
  public int getNumber() {
    return number;
  }

  /**
   * The first day of the period.
   *
   * @return the day, not null
   */
  public LocalDate getStart() {
    switch (kind) {
      case QUARTER:
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
      case HALF_YEAR:
        return LocalDate.of(year, number == 1 ? 1 : 7, 1);
      default:
        return LocalDate.of(year, 1, 1);
    }
  }

  /**
   * The last day of the period.
   *
   * @return the day, not null
   */
  public LocalDate getEnd() {
    switch (kind) {
      case QUARTER:
        return YearMonth.of(year, number * 3).atEndOfMonth();
      case HALF_YEAR:
        return YearMonth.of(year, number * 6).atEndOfMonth();
      case NINE_MONTHS:
        return LocalDate.of(year, 9, 30);
      default:
        return LocalDate.of(year, 12, 31);
    }
  }

  /**
   * The period of the same kind that follows: the next after Q4 2020 is Q1 2021, after the first
   * half the second, after nine months of 2020 nine months of 2021.
   *
   * @return the next period, not null
   * @throws InvalidRecordException after the year 9999
   */
  public ReportingPeriod next() {
    return number < kind.getPerYear()
        ? new ReportingPeriod(kind, year, number + 1)
        : of(kind, year + 1, 1);
  }

  /**
   * The label, as Vietnamese documents write it ("quý III năm 2020", "6 tháng đầu năm 2020") or in
   * English ("Q3 2020", "first half of 2020").
   *
   * @param locale the reader's locale, not null
   * @return the label, not null
   */
  public String label(Locale locale) {
    Checks.notNull(locale, "locale");
    boolean en = "en".equals(locale.getLanguage());
    switch (kind) {
      case QUARTER:
        return en ? "Q" + number + " " + year : "quý " + ROMAN[number - 1] + " năm " + year;
      case HALF_YEAR:
        if (en) {
          return (number == 1 ? "first" : "second") + " half of " + year;
        }
        return "6 tháng " + (number == 1 ? "đầu" : "cuối") + " năm " + year;
      case NINE_MONTHS:
        return en ? "first nine months of " + year : "9 tháng năm " + year;
      default:
        return en ? "year " + year : "năm " + year;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportingPeriod
        && ((ReportingPeriod) other).kind == kind
        && ((ReportingPeriod) other).year == year
        && ((ReportingPeriod) other).number == number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, year, number);
  }

  /** The code form: {@code 2020-Q3}, {@code 2020-H1}, {@code 2020-M9}, {@code 2020}. */
  @Override
  public String toString() {
    // Four digits, as parse() reads them: the year 1 is "0001-Q1", not "1-Q1". By hand, as in
    // PartialDate: String.format builds the locale's number symbols on every call, and the
    // validator names a period in the arguments of its findings.
    char[] y = {
      (char) ('0' + year / 1000),
      (char) ('0' + year / 100 % 10),
      (char) ('0' + year / 10 % 10),
      (char) ('0' + year % 10)
    };
    return switch (kind) {
      case QUARTER -> new String(y) + "-Q" + number;
      case HALF_YEAR -> new String(y) + "-H" + number;
      case NINE_MONTHS -> new String(y) + "-M9";
      case YEAR -> new String(y);
    };
  }
}
