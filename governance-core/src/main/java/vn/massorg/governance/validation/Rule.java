package vn.massorg.governance.validation;

/**
 * Every rule the validator checks, by stable code. A finding's code is one of these codes (or, for
 * a document that cannot be read, a {@code format.*} code of the JSON module).
 *
 * <p>The messages are in {@code ContributorValidationMessages.properties} (English) and {@code
 * ContributorValidationMessages_vi.properties} (Vietnamese), under {@code
 * vn.massorg.governance.<code>} and, for a rule that can lack its facts, {@code
 * vn.massorg.governance.<code>.not-checked}.
 */
public enum Rule {
  // Field constraints: Jakarta Validation annotations on the model.
  /** A text that must not be blank is blank. */
  FIELD_BLANK("field.blank", RuleLayer.FIELD, false),
  /** A number that must be positive is not. */
  FIELD_POSITIVE("field.positive", RuleLayer.FIELD, false),
  /** A count is negative. */
  FIELD_POSITIVE_OR_ZERO("field.positive-or-zero", RuleLayer.FIELD, false),
  /** A text is longer than allowed. */
  FIELD_SIZE("field.size", RuleLayer.FIELD, false),
  /** A text does not have its required form (a document number). */
  FIELD_PATTERN("field.pattern", RuleLayer.FIELD, false),

  // Record consistency.
  /** An identifier names no person of the record. */
  REFERENCE_PERSON("reference.person", RuleLayer.CONSISTENCY, false),
  /** An identifier names no body of the record's term. */
  REFERENCE_BODY("reference.body", RuleLayer.CONSISTENCY, false),
  /** An identifier names no report of the record. */
  REFERENCE_REPORT("reference.report", RuleLayer.CONSISTENCY, false),
  /** Bodies sit within each other in a circle. */
  BODY_PARENT_CYCLE("body.parent-cycle", RuleLayer.CONSISTENCY, false),
  /** The meeting's date lies outside its term. */
  MEETING_DATE_IN_TERM("meeting.date-in-term", RuleLayer.CONSISTENCY, true),
  /** A report, or the period a meeting reviews, had not ended by the meeting's date. */
  REPORT_PERIOD_ENDED("report.period-ended", RuleLayer.CONSISTENCY, true),
  /** A report presented at the meeting has not reached the status presented. */
  REPORT_PRESENTED_STATUS("report.presented-status", RuleLayer.CONSISTENCY, false),
  /** Attendance counts disagree with the per-person attendance. */
  ATTENDANCE_COUNTS("attendance.counts", RuleLayer.CONSISTENCY, false),
  /** More votes than people attending, or an outcome the votes contradict. */
  DECISION_VOTES("decision.votes", RuleLayer.CONSISTENCY, false),
  /** One person holds the same post twice at the same time. */
  HOLDING_TWICE("holding.twice", RuleLayer.CONSISTENCY, true),

  // The law.
  /** A term longer than five years (Decree 45/2010 Art. 20.3). */
  TERM_MAX_LENGTH("term.max-length", RuleLayer.LAW, false),

  // The charter.
  /** Too few members attended for the meeting to be valid. */
  MEETING_QUORUM("meeting.quorum", RuleLayer.CHARTER, true),
  /** The chair does not hold a post that convenes and chairs the body's meetings. */
  MEETING_CHAIR("meeting.chair", RuleLayer.CHARTER, true),
  /** The presenter holds no post in the organisation. */
  MEETING_PRESENTER("meeting.presenter", RuleLayer.CONSISTENCY, true),
  /** A term's length differs from the charter's. */
  TERM_LENGTH("term.length", RuleLayer.CHARTER, false),
  /** A decision recorded as adopted did not reach its majority. */
  DECISION_MAJORITY("decision.majority", RuleLayer.CHARTER, true),
  /** An exclusive post (Chairman) has two regular holders at the same time. */
  HOLDING_EXCLUSIVE("holding.exclusive", RuleLayer.CHARTER, true),
  /** A member of a body within another is not a member of the outer body. */
  BODY_NESTED_MEMBERSHIP("body.nested-membership", RuleLayer.CHARTER, true),

  // Party regulations.
  /** More full-time Vice-Chairmen than QĐ 118-QĐ/TW allows. */
  PARTY_FULL_TIME_VICE_CHAIRMEN("party.full-time-vice-chairmen", RuleLayer.PARTY, true),

  // Across the records of an archive.
  /** Two terms of one organisation overlap. */
  ARCHIVE_TERM_OVERLAP("archive.term-overlap", RuleLayer.CONSISTENCY, false),
  /** One identifier stands for different things in two records. */
  ARCHIVE_CONFLICT("archive.conflict", RuleLayer.CONSISTENCY, false),
  /** Two records of an archive are of one meeting: they have its identifier. */
  ARCHIVE_DUPLICATE_MEETING("archive.duplicate-meeting", RuleLayer.CONSISTENCY, false),
  /**
   * Two records of an archive have meetings of one body on one day under two identifiers: perhaps
   * one meeting recorded twice, perhaps two sittings of a day (a warning).
   */
  ARCHIVE_SAME_DAY_MEETING("archive.same-day-meeting", RuleLayer.CONSISTENCY, false),
  /** A body met less often in a year than the charter requires. */
  ARCHIVE_MEETING_CADENCE("archive.meeting-cadence", RuleLayer.CHARTER, true),
  /** A quarter of a term has no quarterly report. */
  ARCHIVE_QUARTERLY_REPORTS("archive.quarterly-reports", RuleLayer.CHARTER, false);

  /** The prefix of the message keys. */
  public static final String MESSAGE_PREFIX = "vn.massorg.governance.";

  private final String code;
  private final RuleLayer layer;
  private final boolean canLackFacts;

  Rule(String code, RuleLayer layer, boolean canLackFacts) {
    this.code = code;
    this.layer = layer;
    this.canLackFacts = canLackFacts;
  }

  /**
   * The stable code.
   *
   * @return the code, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * The layer the rule comes from.
   *
   * @return the layer, not null
   */
  public RuleLayer getLayer() {
    return layer;
  }

  /**
   * Whether the rule can report "not checked" when the record lacks a fact it needs.
   *
   * @return true when the rule has a not-checked outcome
   */
  public boolean canLackFacts() {
    return canLackFacts;
  }

  /**
   * The message key of the rule's finding.
   *
   * @return the key, not null
   */
  public String messageKey() {
    return MESSAGE_PREFIX + code;
  }

  /**
   * The message key of the rule's finding of a severity: {@code <key>.not-checked} for a rule that
   * lacked its facts, {@code <key>.warning} where a warning reads differently from the error, the
   * rule's key otherwise.
   *
   * @param severity the severity, not null
   * @param hasKey whether a key exists in the bundles
   * @return the key, not null
   */
  public String messageKey(Severity severity, java.util.function.Predicate<String> hasKey) {
    String specific = messageKey() + "." + severity.getCode();
    return severity == Severity.NOT_CHECKED || hasKey.test(specific) ? specific : messageKey();
  }

  /**
   * The rule with a code.
   *
   * @param code the code, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if no rule has the code
   */
  public static Rule fromCode(String code) {
    for (Rule rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("no rule has the code \"" + code + "\"");
  }
}
