package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;

/** Assertions on the errors of bad input: code, pointer, location and a clean one-line message. */
final class Rejections {
  private Rejections() {}

  static GovernanceJsonException rejected(
      GovernanceJson json, byte[] input, String code, String pointer) {
    GovernanceJsonException e =
        catchThrowableOfType(GovernanceJsonException.class, () -> json.read(input));
    assertThat(e).as("rejected with %s", code).isNotNull();
    assertThat(e.getCode()).as(e.getMessage(Locale.ENGLISH)).isEqualTo(code);
    assertThat(e.getPointer()).as(e.getMessage(Locale.ENGLISH)).isEqualTo(pointer);
    assertClean(e);
    return e;
  }

  static GovernanceJsonException rejected(byte[] input, String code, String pointer) {
    return rejected(GovernanceJson.strict(), input, code, pointer);
  }

  static GovernanceJsonException rejected(String input, String code, String pointer) {
    GovernanceJsonException e = rejected(Docs.utf8(input), code, pointer);
    GovernanceJsonException fromString =
        catchThrowableOfType(
            GovernanceJsonException.class, () -> GovernanceJson.strict().read(input));
    assertThat(fromString.getCode()).isEqualTo(code);
    assertThat(fromString.getPointer()).isEqualTo(pointer);
    return e;
  }

  /** One line each language, a location, and nothing of Jackson's or Immutables' internals. */
  static void assertClean(GovernanceJsonException e) {
    for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
      String message = e.getMessage(locale);
      assertThat(message)
          .doesNotContain("\n", "\r")
          .doesNotContainIgnoringCase("jackson")
          .doesNotContain(
              "Immutable",
              "com.fasterxml",
              "vn.massorg.governance.model.",
              "Exception",
              "Feature",
              "StreamReadConstraints",
              "$",
              "Cannot build",
              "[Source");
      assertThat(message.length()).isLessThan(400);
    }
    assertThat(e.getText().getEn()).isPresent();
    assertThat(e.getLine()).isPositive();
    assertThat(e.getColumn()).isPositive();
    assertThat(e.toFinding().getPath()).isEqualTo(e.getPointer());
    assertThat(e.toFinding().getCode()).isEqualTo(e.getCode());
  }
}
