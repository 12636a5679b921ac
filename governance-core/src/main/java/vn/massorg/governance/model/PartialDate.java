package vn.massorg.governance.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date known to the year, to the month, or to the day, as records reconstructed from news items
 * and minutes give them: {@code 2019}, {@code 2020-10}, {@code 2020-10-15} (ISO 8601 reduced
 * precision, as Popolo uses).
 *
 * <p>A partial date stands for every day it covers, from {@link #getEarliest()} to {@link
 * #getLatest()}. Comparisons answer only what the recorded precision allows: {@link
 * #isCertainlyBefore(PartialDate)} is false for 2020 and 2020-10, which may be either.
 *
 * <pre>{@code
 * PartialDate.parse("2020-10").getLatest(); // 2020-10-31
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate {
  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * A date known to the year.
   *
   * @param year the year, 1 to 9999
   * @return the date, not null
   * @throws InvalidRecordException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return of(year, 0, 0);
  }

  /**
   * A date known to the month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the date, not null
   * @throws InvalidRecordException if a field is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    if (month < 1 || month > 12) {
      throw new InvalidRecordException(
          "'month' phải từ 1 đến 12: " + month, "'month' must be 1 to 12: " + month);
    }
    return of(year, month, 0);
  }

  /**
   * A date known to the day.
   *
   * @param date the date, not null
   * @return the date, not null
   * @throws InvalidRecordException if the year is out of range
   */
  public static PartialDate of(LocalDate date) {
    Checks.notNull(date, "date");
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads the ISO form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the text, not null
   * @return the date, not null
   * @throws InvalidRecordException if the text is not of that form or not a calendar date
   */
  public static PartialDate parse(String text) {
    Checks.notNull(text, "text");
    int n = text.length();
    if (!(n == 4
            || (n == 7 && text.charAt(4) == '-')
            || (n == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'))
        || !digits(text, 0, 4)
        || (n >= 7 && !digits(text, 5, 7))
        || (n == 10 && !digits(text, 8, 10))) {
      throw new InvalidRecordException(
          "không phải ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD: \"" + Checks.shorten(text) + "\"",
          "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: \"" + Checks.shorten(text) + "\"");
    }
    int y = Integer.parseInt(text, 0, 4, 10);
    if (n == 4) {
      return ofYear(y);
    }
    int mo = Integer.parseInt(text, 5, 7, 10);
    if (n == 7) {
      return ofMonth(y, mo);
    }
    try {
      return of(LocalDate.of(y, mo, Integer.parseInt(text, 8, 10, 10)));
    } catch (DateTimeException e) {
      throw new InvalidRecordException(
          "không phải ngày có thật: \"" + text + "\"", "not a calendar date: \"" + text + "\"");
    }
  }

  /** ASCII digits only: Character.isDigit would let other scripts' digits through. */
  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static PartialDate of(int year, int month, int day) {
    if (year < 1 || year > 9999) {
      throw new InvalidRecordException(
          "'year' phải từ 1 đến 9999: " + year, "'year' must be 1 to 9999: " + year);
    }
    return new PartialDate(year, month, day);
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
   * The month, when recorded.
   *
   * @return the month 1 to 12, or empty
   */
  public Optional<Integer> getMonth() {
    return month == 0 ? Optional.empty() : Optional.of(month);
  }

  /**
   * The day of the month, when recorded.
   *
   * @return the day, or empty
   */
  public Optional<Integer> getDay() {
    return day == 0 ? Optional.empty() : Optional.of(day);
  }

  /**
   * Whether the date is known to the day.
   *
   * @return true for a full date
   */
  public boolean isComplete() {
    return day != 0;
  }

  /**
   * The full date, when known to the day.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * The first day this date may be.
   *
   * @return the first day, not null
   */
  public LocalDate getEarliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /**
   * The last day this date may be.
   *
   * @return the last day, not null
   */
  public LocalDate getLatest() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /**
   * Whether every day this date may be comes before every day the other may be.
   *
   * @param other the other date, not null
   * @return true when certainly before
   */
  public boolean isCertainlyBefore(PartialDate other) {
    Checks.notNull(other, "other");
    // getLatest().isBefore(other.getEarliest()) without making two LocalDates: every holding's
    // dates are compared with its term's when a record is built. An unknown last day counts as
    // 31: the other's earliest day in the same month is a real day of it, so the answer is the
    // same as with the month's true length.
    return key(year, month == 0 ? 12 : month, day == 0 ? 31 : day)
        < key(other.year, other.month == 0 ? 1 : other.month, other.day == 0 ? 1 : other.day);
  }

  private static int key(int year, int month, int day) {
    return (year * 100 + month) * 100 + day;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate
        && ((PartialDate) other).year == year
        && ((PartialDate) other).month == month
        && ((PartialDate) other).day == day;
  }

  @Override
  public int hashCode() {
    // Objects.hash(year, month, day) without boxing three integers into an array.
    return (((31 + year) * 31) + month) * 31 + day;
  }

  /** The ISO form, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @Override
  public String toString() {
    // By hand: String.format was most of the time a record took to write (every holding has
    // dates). The year is 1 to 9999, so four digits with leading zeros, as %04d wrote it.
    char[] text = new char[month == 0 ? 4 : day == 0 ? 7 : 10];
    text[0] = (char) ('0' + year / 1000);
    text[1] = (char) ('0' + year / 100 % 10);
    text[2] = (char) ('0' + year / 10 % 10);
    text[3] = (char) ('0' + year % 10);
    if (month != 0) {
      text[4] = '-';
      text[5] = (char) ('0' + month / 10);
      text[6] = (char) ('0' + month % 10);
      if (day != 0) {
        text[7] = '-';
        text[8] = (char) ('0' + day / 10);
        text[9] = (char) ('0' + day % 10);
      }
    }
    return new String(text);
  }
}
