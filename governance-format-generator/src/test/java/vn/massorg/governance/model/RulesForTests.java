package vn.massorg.governance.model;

/**
 * The package-private factories of {@link PresenceRule}, for the generator's tests of rules the
 * model does not declare (several on one type, rules that do not fit their type). In the model's
 * package only on the generator's test class path.
 */
public final class RulesForTests {
  private RulesForTests() {}

  /**
   * {@link PresenceRule#atLeastOne}.
   *
   * @param first an attribute
   * @param second another
   * @return the rule
   */
  public static PresenceRule atLeastOne(String first, String second) {
    return PresenceRule.atLeastOne(first, second, "cần một", "needs one");
  }

  /**
   * {@link PresenceRule#exactlyOne}.
   *
   * @param first an attribute
   * @param second another
   * @return the rule
   */
  public static PresenceRule exactlyOne(String first, String second) {
    return PresenceRule.exactlyOne(first, second, "cần đúng một", "needs exactly one");
  }

  /**
   * {@link PresenceRule#presentExactlyWhen}.
   *
   * @param attribute the attribute
   * @param condition the attribute of the condition
   * @param value the condition's value
   * @return the rule
   */
  public static PresenceRule presentExactlyWhen(String attribute, String condition, Coded value) {
    return PresenceRule.presentExactlyWhen(
        attribute,
        condition,
        value,
        (subject, missing) -> new InvalidRecordException("sai " + subject, "wrong " + subject));
  }
}
