package vn.massorg.governance.validation.rules;

import java.time.LocalDate;
import java.util.Optional;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.Term;

/**
 * A stretch of time known only within bounds: it starts between {@code startEarliest} and {@code
 * startLatest} and ends between {@code endEarliest} and {@code endLatest}. A holding with no
 * recorded start or end runs from the start or to the end of its term by definition, which is why
 * those bounds are open rather than the term's partial dates.
 */
final class Span {
  final LocalDate startEarliest;
  final LocalDate startLatest;
  final LocalDate endEarliest;
  final LocalDate endLatest;

  private Span(
      LocalDate startEarliest, LocalDate startLatest, LocalDate endEarliest, LocalDate endLatest) {
    this.startEarliest = startEarliest;
    this.startLatest = startLatest;
    this.endEarliest = endEarliest;
    this.endLatest = endLatest;
  }

  static Span of(PostHolding holding) {
    Optional<PartialDate> s = holding.getStart();
    Optional<PartialDate> e = holding.getEnd();
    return new Span(
        s.map(PartialDate::getEarliest).orElse(LocalDate.MIN),
        s.map(PartialDate::getLatest).orElse(LocalDate.MIN),
        e.map(PartialDate::getEarliest).orElse(LocalDate.MAX),
        e.map(PartialDate::getLatest).orElse(LocalDate.MAX));
  }

  /**
   * The span of a meeting: its date; without a recorded date, open at both ends, so that only a
   * holding that runs the whole term (no start or end recorded) certainly covers it, and any
   * holding may overlap it.
   */
  static Span ofMeeting(Optional<PartialDate> date, Term term) {
    if (date.isPresent()) {
      return new Span(
          date.get().getEarliest(),
          date.get().getEarliest(),
          date.get().getLatest(),
          date.get().getLatest());
    }
    return new Span(LocalDate.MIN, LocalDate.MIN, LocalDate.MAX, LocalDate.MAX);
  }

  /** Whether this span certainly covers every day of the other. */
  boolean certainlyCovers(Span other) {
    return !startLatest.isAfter(other.startEarliest) && !endEarliest.isBefore(other.endLatest);
  }

  /** Whether this span may share a day with the other. */
  boolean mayOverlap(Span other) {
    return !startEarliest.isAfter(other.endLatest) && !other.startEarliest.isAfter(endLatest);
  }

  /** Whether this span certainly shares a day with the other. */
  boolean certainlyOverlaps(Span other) {
    return !startLatest.isAfter(other.endEarliest) && !other.startLatest.isAfter(endEarliest);
  }
}
