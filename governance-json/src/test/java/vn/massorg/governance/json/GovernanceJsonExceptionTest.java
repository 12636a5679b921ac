package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.RuleLayer;
import vn.massorg.governance.validation.Severity;

class GovernanceJsonExceptionTest {
  private static GovernanceJsonException sample() {
    try {
      GovernanceJson.strict().read(Docs.with("/term/bodies/0/seats", "\"fifteen\""));
      throw new AssertionError("read");
    } catch (GovernanceJsonException e) {
      return e;
    }
  }

  @Test
  void givesItsErrorAsAFindingOfTheFormatLayer() {
    GovernanceJsonException e = sample();
    Finding finding = e.toFinding();
    assertThat(finding.getCode()).isEqualTo("format.type");
    assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(finding.getPath()).isEqualTo("/term/bodies/0/seats");
    assertThat(finding.getSource().getLayer()).isEqualTo(RuleLayer.FORMAT);
    assertThat(finding.getMessage()).isEqualTo(e.getText());
    assertThat(finding.getArguments())
        .containsEntry("line", Long.toString(e.getLine()))
        .containsEntry("column", Long.toString(e.getColumn()));
  }

  @Test
  void speaksVietnameseFirstAndEnglishOnRequest() {
    GovernanceJsonException e = sample();
    assertThat(e.getMessage()).contains("Sai kiểu giá trị").contains("dòng 1");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("Wrong type").contains("line 1");
    assertThat(e.getMessage(Locale.forLanguageTag("fr"))).isEqualTo(e.getMessage());
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    GovernanceJsonException e = sample();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    GovernanceJsonException back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (GovernanceJsonException) in.readObject();
    }
    assertThat(back.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage(Locale.ENGLISH));
    assertThat(back.toFinding()).isEqualTo(e.toFinding());
  }
}
