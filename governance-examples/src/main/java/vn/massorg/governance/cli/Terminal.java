package vn.massorg.governance.cli;

/**
 * What the command line knows of where its output goes: whether a person watches it (a terminal),
 * and so whether reading a long archive should show progress on standard error, and how often.
 * Tests pass their own, so that the progress lines can be checked without a terminal.
 */
final class Terminal {
  /** Records between two progress lines on a terminal. */
  static final long PROGRESS_EVERY = 10_000;

  private final boolean interactive;
  private final long progressEvery;

  Terminal(boolean interactive, long progressEvery) {
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be positive: " + progressEvery);
    }
    this.interactive = interactive;
    this.progressEvery = progressEvery;
  }

  /** The terminal of this JVM: interactive when it has a console. */
  static Terminal detect() {
    return new Terminal(System.console() != null, PROGRESS_EVERY);
  }

  /** Whether to show progress after a number of records. */
  boolean showsProgressAfter(long records) {
    return interactive && records % progressEvery == 0;
  }
}
