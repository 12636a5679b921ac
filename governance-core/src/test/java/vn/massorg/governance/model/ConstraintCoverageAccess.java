package vn.massorg.governance.model;

import java.util.Map;

/** Lets tests in other packages use the constraint table's broken records. */
public final class ConstraintCoverageAccess {
  private ConstraintCoverageAccess() {}

  /**
   * One record per constraint of the model, broken so that the constraint fires.
   *
   * @return the records by constraint, as "Type.accessor@Name"
   */
  public static Map<String, MeetingRecord> brokenRecords() {
    return ConstraintCoverageTest.brokenRecords();
  }
}
