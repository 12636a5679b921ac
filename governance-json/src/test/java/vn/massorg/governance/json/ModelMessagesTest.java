package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.testing.Records;

/**
 * When the model refuses a value or an object, the reader's message carries the model's reason in
 * the message's own language: a Vietnamese reader is not handed an English sentence.
 */
class ModelMessagesTest {
  private final GovernanceJson json = GovernanceJson.strict();
  private final String document = json.write(Records.complete());

  @Test
  void aValueTheModelRefusesIsExplainedInEachLanguage() {
    String bad = document.replaceFirst("\"kind\":\"regular\"", "\"kind\":\"thuong-ky\"");
    assertThat(bad).isNotEqualTo(document);

    GovernanceJsonException e =
        catchThrowableOfType(GovernanceJsonException.class, () -> json.read(bad));

    assertThat(e.getCode()).isEqualTo("format.value");
    assertThat(e.getMessage())
        .contains("không phải là mã của HoldingKind")
        .doesNotContain("is not a code");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("is not a code of HoldingKind");
  }

  @Test
  void anInvariantTheModelEnforcesIsExplainedInEachLanguage() {
    String bad =
        document.replaceFirst(
            "\"statusHistory\":\\[\"draft\"", "\"statusHistory\":[\"adopted\",\"draft\"");
    assertThat(bad).isNotEqualTo(document);

    GovernanceJsonException e =
        catchThrowableOfType(GovernanceJsonException.class, () -> json.read(bad));

    assertThat(e.getCode()).isEqualTo("format.invariant");
    assertThat(e.getMessage()).contains("không phải bước chuyển hợp lệ");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("not a legal transition");
  }
}
