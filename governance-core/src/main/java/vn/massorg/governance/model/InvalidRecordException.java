package vn.massorg.governance.model;

/**
 * Thrown when a record cannot exist: a required attribute missing or null, an end before its
 * start, a post holding outside its term, an identifier used twice in one record.
 *
 * <p>These are the invariants enforced at construction. Rules that a user wants reported, several
 * at once, are validation findings instead (see {@code vn.massorg.governance.validation}).
 * The message names the attribute or argument at fault.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and which attribute or argument is at fault, not null
   */
  public InvalidRecordException(String message) {
    super(explain(message));
  }

  /**
   * The generated builders pass only the attribute name for a null ("people", or "people
   * element" for a null in a list): say what it means.
   */
  private static String explain(String message) {
    if (message != null && message.matches("[A-Za-z][A-Za-z0-9]*")) {
      return "'" + message + "' must not be null";
    }
    if (message != null && message.matches("[A-Za-z][A-Za-z0-9]* element")) {
      return "'" + message.substring(0, message.length() - " element".length())
          + "' must not contain null";
    }
    return message;
  }
}
