package vn.massorg.governance.validation;

import java.util.ServiceLoader;

/**
 * The library's own {@link RuleEngine}, found once. Only a provider from this library's module is
 * taken, so that a jar on the class path cannot replace the rules an application relies on.
 */
final class Engines {
  static final RuleEngine STANDARD = load();

  private Engines() {}

  private static RuleEngine load() {
    Module own = RuleEngine.class.getModule();
    return ServiceLoader.load(RuleEngine.class, RuleEngine.class.getClassLoader()).stream()
        .filter(provider -> provider.type().getModule().equals(own))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the library's rule engine is missing: governance-core's jar lacks its"
                        + " service entry for "
                        + RuleEngine.class.getName()))
        .get();
  }
}
