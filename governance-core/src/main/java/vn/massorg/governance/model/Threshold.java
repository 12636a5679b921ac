package vn.massorg.governance.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A share that a count must reach: "at least 2/3" of the members for a quorum, "more than 1/2" of
 * the delegates for a congress decision.
 *
 * <p>Vietnamese: <i>tỷ lệ</i> ("ít nhất 2/3", "quá 1/2"). Written {@code >=2/3} or {@code >1/2}.
 *
 * <pre>{@code
 * Threshold.atLeast(2, 3).isMetBy(10, 15); // true: 10 of 15 is exactly 2/3
 * Threshold.moreThan(1, 2).isMetBy(5, 10); // false: 5 of 10 is not more than half
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Threshold {
  private final int numerator;
  private final int denominator;
  private final boolean strict;

  private Threshold(int numerator, int denominator, boolean strict) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.strict = strict;
  }

  /**
   * A share to reach or exceed.
   *
   * @param numerator the numerator, 0 or more
   * @param denominator the denominator, at least the numerator and at least 1
   * @return the threshold, not null
   * @throws InvalidRecordException if the fraction is not between 0 and 1
   */
  public static Threshold atLeast(int numerator, int denominator) {
    return of(numerator, denominator, false);
  }

  /**
   * A share to exceed.
   *
   * @param numerator the numerator, 0 or more
   * @param denominator the denominator, more than the numerator
   * @return the threshold, not null
   * @throws InvalidRecordException if the fraction is not between 0 and 1
   */
  public static Threshold moreThan(int numerator, int denominator) {
    return of(numerator, denominator, true);
  }

  /**
   * Reads the written form {@code >=2/3} or {@code >1/2}.
   *
   * @param text the text, not null
   * @return the threshold, not null
   * @throws InvalidRecordException if the text is not of that form
   */
  public static Threshold parse(String text) {
    Checks.notNull(text, "text");
    // The form (>=|>)(\d{1,4})/(\d{1,4}), read by hand: a matcher and its groups were a fifth
    // of the time a decision took to read. ChecksTest holds this to that expression.
    boolean strict = !text.startsWith(">=");
    int from = strict ? 1 : 2;
    int slash = text.indexOf('/');
    if (!text.startsWith(">")
        || !digits(text, from, slash)
        || !digits(text, slash + 1, text.length())) {
      throw new InvalidRecordException(
          "không phải tỷ lệ dạng >=2/3 hoặc >1/2: \"" + Checks.shorten(text) + "\"",
          "not a threshold of the form >=2/3 or >1/2: \"" + Checks.shorten(text) + "\"");
    }
    return of(
        Integer.parseInt(text, from, slash, 10),
        Integer.parseInt(text, slash + 1, text.length(), 10),
        strict);
  }

  /** One to four ASCII digits from {@code from} to {@code to}; false for any other span. */
  private static boolean digits(String text, int from, int to) {
    if (to - from < 1 || to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Threshold of(int numerator, int denominator, boolean strict) {
    if (denominator < 1
        || numerator < 0
        || numerator > denominator
        || (strict && numerator == denominator)) {
      String written = (strict ? ">" : ">=") + numerator + "/" + denominator;
      throw new InvalidRecordException(
          "tỷ lệ " + written + " không nằm trong khoảng 0 đến 1",
          "threshold " + written + " is not a share between 0 and 1");
    }
    return new Threshold(numerator, denominator, strict);
  }

  /**
   * The numerator.
   *
   * @return the numerator
   */
  public int getNumerator() {
    return numerator;
  }

  /**
   * The denominator.
   *
   * @return the denominator
   */
  public int getDenominator() {
    return denominator;
  }

  /**
   * Whether the share must be exceeded rather than reached.
   *
   * @return true for "more than"
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Whether a count reaches the threshold of a base.
   *
   * @param count the count, 0 or more
   * @param base the base (members, delegates, those attending), 0 or more
   * @return true when the threshold is met
   */
  public boolean isMetBy(int count, int base) {
    long left = (long) count * denominator;
    long right = (long) numerator * base;
    return strict ? left > right : left >= right;
  }

  /**
   * The smallest count of a base that meets the threshold.
   *
   * @param base the base, 0 or more
   * @return the smallest count
   */
  public int minimumOf(int base) {
    long product = (long) numerator * base;
    long min = strict ? product / denominator + 1 : (product + denominator - 1) / denominator;
    return (int) min;
  }

  /**
   * The label: "ít nhất 2/3" / "at least 2/3", "quá 1/2" / "more than 1/2".
   *
   * @param locale the reader's locale, not null
   * @return the label, not null
   */
  public String label(Locale locale) {
    boolean en = "en".equals(Checks.notNull(locale, "locale").getLanguage());
    String share = numerator + "/" + denominator;
    if (strict) {
      return (en ? "more than " : "quá ") + share;
    }
    return (en ? "at least " : "ít nhất ") + share;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Threshold
        && ((Threshold) other).numerator == numerator
        && ((Threshold) other).denominator == denominator
        && ((Threshold) other).strict == strict;
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator, strict);
  }

  /** The written form, {@code >=2/3} or {@code >1/2}. */
  @Override
  public String toString() {
    return (strict ? ">" : ">=") + numerator + "/" + denominator;
  }
}
