package vn.massorg.governance.modulepath;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.json.GovernanceModule;
import vn.massorg.governance.json.ReadResult;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.GovernanceValidator;

/**
 * Boots governance-json and governance-core as named modules (run with {@code --module-path} and
 * {@code --add-modules vn.massorg.governance.json}, this class on the class path) and uses them as
 * an application would: the module is found through its {@code provides} clause, a document is
 * read, validated and written. Prints "OK" and exits 0 when all of that works.
 */
public final class ModulePathCheck {
  private ModulePathCheck() {}

  /**
   * Runs the check.
   *
   * @param args a document to read, as one argument
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    java.lang.Module module = GovernanceJson.class.getModule();
    check(
        module.isNamed() && module.getName().equals("vn.massorg.governance.json"),
        "governance-json is not a named module: " + module);
    check(
        MeetingRecord.class.getModule().getName().equals("vn.massorg.governance.core"),
        "governance-core is not a named module");
    boolean found =
        ServiceLoader.load(Module.class).stream().anyMatch(p -> p.type() == GovernanceModule.class);
    check(found, "ServiceLoader does not find GovernanceModule");
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    MeetingRecord record = mapper.readValue(args[0], MeetingRecord.class);
    ReadResult result =
        GovernanceJson.strict()
            .readAndValidate(
                args[0].getBytes(StandardCharsets.UTF_8), GovernanceValidator.standard());
    check(result.getRecord().orElseThrow().equals(record), "the two reads differ");
    check(
        GovernanceJson.strict().write(record).equals(mapper.writeValueAsString(record)),
        "the two writes differ");
    System.out.println(
        "OK "
            + module.getName()
            + " "
            + GovernanceJson.strict().digest(record)
            + " findings="
            + result.getReport().getFindings().size());
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
