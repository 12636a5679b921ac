package vn.massorg.governance.validation.rules;

import java.util.ArrayList;
import java.util.List;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.RuleEngine;

/**
 * The library's rule engine, provided to {@link
 * vn.massorg.governance.validation.GovernanceValidator} through the service loader
 * (module-info.java and META-INF/services), which is what lets this package depend on the
 * validation API without the API depending on it.
 */
public final class StandardRuleEngine implements RuleEngine {
  /** For the service loader. */
  public StandardRuleEngine() {}

  @Override
  public List<Finding> check(MeetingRecord record, Charter charter) {
    List<Finding> findings = new ArrayList<>();
    FieldRules.check(record, findings);
    findings.addAll(RecordRules.check(record, charter));
    return findings;
  }

  @Override
  public RuleEngine.Archive startArchive(Charter charter) {
    return new ArchiveRules(charter);
  }
}
