/**
 * The JSON exchange format of the governance records of Vietnamese mass organisations.
 *
 * <pre>{@code
 * GovernanceJson json = GovernanceJson.strict();
 * ReadResult result = json.readAndValidate(bytes, GovernanceValidator.standard());
 * String digest = json.digest(result.getRecord().orElseThrow());
 * }</pre>
 */
module vn.massorg.governance.json {
  requires transitive vn.massorg.governance.core;
  // transitive: GovernanceModule extends SimpleModule and JsonDocument hands out JsonNode values.
  requires transitive com.fasterxml.jackson.databind;

  exports vn.massorg.governance.json;

  provides com.fasterxml.jackson.databind.Module with
      vn.massorg.governance.json.GovernanceModule;
}
