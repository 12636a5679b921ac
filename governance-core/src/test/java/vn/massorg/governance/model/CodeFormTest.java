package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.massorg.governance.testing.Generators;

/**
 * The codes of the extensible code lists: {@link CodeListValue#isCode} accepts exactly the form
 * {@link CodeListValue#CODE_FORM}, and no code, however long or repetitive, can make the check
 * recurse: the regular expression it replaces overflowed the stack on {@code a-a-a-...}.
 */
class CodeFormTest {
  private static final Pattern FORM = Pattern.compile(CodeListValue.CODE_FORM);

  /** Code characters, their ASCII neighbours, and letters that look alike. */
  private static final String ALPHABET = "az09-_. AZ`{/:ạđ\u0130\u212A";

  @Test
  void propertyIsCodeAgreesWithItsForm() {
    Gen<String> texts = ChecksTest.textsOver(ALPHABET, 30);
    qt().withExamples(Generators.examples())
        .forAll(texts)
        .checkAssert(
            s ->
                assertThat(CodeListValue.isCode(s))
                    .as("isCode(%s)", s)
                    .isEqualTo(FORM.matcher(s).matches()));
    for (String s :
        new String[] {
          "", "a", "a-", "-a", "a--b", "a-b", "ab-1-c2", "1a", "a-1", "a-b-", "A", "a_b", "pgs-ts",
          "aazz09", "z0a9z", "a`", "a{", "a/", "a:", "a-0", "z-9"
        }) {
      assertThat(CodeListValue.isCode(s)).as("isCode(%s)", s).isEqualTo(FORM.matcher(s).matches());
    }
  }

  @Test
  void aLongRepetitiveCodeIsRefusedForItsLengthWithoutOverflowingTheStack() {
    String code = "a-".repeat(5000) + "a";
    assertThatThrownBy(() -> AcademicTitle.of(code))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("dài quá 100 ký tự (10001)")
        .satisfies(
            e ->
                assertThat(((InvalidRecordException) e).getMessage(Locale.ENGLISH))
                    .contains("longer than 100 characters (10001)"));
    // A valid form beyond the limit is refused too: the limit is the schema's maxLength.
    for (CodeCase c : CodeCase.values()) {
      String longest = "a" + "-b".repeat((CodeListValue.MAX_CODE_LENGTH - 1) / 2);
      assertThat(longest).hasSize(CodeListValue.MAX_CODE_LENGTH - 1);
      assertThat(c.of(longest + "c").getCode()).hasSize(CodeListValue.MAX_CODE_LENGTH);
      assertThatThrownBy(() -> c.of(longest + "cd"))
          .as(c.name())
          .isInstanceOf(InvalidRecordException.class)
          .hasMessageContaining("dài quá 100");
    }
  }

  /** Every extensible code list the model has. */
  private enum CodeCase {
    ACADEMIC_TITLE {
      CodeListValue of(String c) {
        return AcademicTitle.of(c);
      }
    },
    ACTIVITY_AREA {
      CodeListValue of(String c) {
        return ActivityArea.of(c);
      }
    },
    BODY_KIND {
      CodeListValue of(String c) {
        return BodyKind.of(c);
      }
    },
    FORM_OF_ADDRESS {
      CodeListValue of(String c) {
        return FormOfAddress.of(c);
      }
    },
    MEMBER_UNIT_KIND {
      CodeListValue of(String c) {
        return MemberUnitKind.of(c);
      }
    },
    ORGANISATION_LEVEL {
      CodeListValue of(String c) {
        return OrganisationLevel.of(c);
      }
    },
    POST_KIND {
      CodeListValue of(String c) {
        return PostKind.of(c);
      }
    },
    SPEAKER_GROUP {
      CodeListValue of(String c) {
        return SpeakerGroup.of(c);
      }
    };

    abstract CodeListValue of(String code);
  }
}
