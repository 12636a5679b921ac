package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.massorg.governance.json.Rejections.rejected;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.massorg.governance.model.MeetingRecord;

/** The strict reader refuses every kind of bad input, each with its own code and location. */
class StrictReadingTest {

  @Nested
  class UnknownMembers {
    @Test
    void anUnknownMemberIsAnErrorAtItsPointer() {
      GovernanceJsonException e =
          rejected(
              Docs.with("/meeting/agenda/0/livestream", "true"),
              "format.unknown-field",
              "/meeting/agenda/0/livestream");
      assertThat(e.getText().getEn().get()).contains("\"livestream\"");
    }

    @Test
    void anUnknownMemberOfTheEnvelopeIsAnError() {
      rejected(Docs.with("/extra", "{\"a\": [1, 2]}"), "format.unknown-field", "/extra");
    }

    @Test
    void polymorphicTypeIdsAreJustUnknownMembers() {
      rejected(
          Docs.with("/meeting/@class", "\"java.lang.Runtime\""),
          "format.unknown-field",
          "/meeting/@class");
    }

    @Test
    void anUnknownMemberIsRefusedOnItsNameBeforeItsValueIsRead() {
      // A value over the string limit, and one the parser cannot read: neither is reached.
      String huge = "\"" + "x".repeat(JsonSetup.MAX_STRING + 10) + "\"";
      rejected(
          Docs.with("/meeting/notes", "\"placeholder\"").replace("\"placeholder\"", huge),
          "format.unknown-field",
          "/meeting/notes");
      rejected(
          Docs.with("/meeting/notes", "\"placeholder\"").replace("\"placeholder\"", "[1, 2,"),
          "format.unknown-field",
          "/meeting/notes");
    }
  }

  @Nested
  class DuplicateKeys {
    @Test
    void aRepeatedMemberIsAnErrorRatherThanTheLastOneWinning() {
      String doc =
          Docs.edited(t -> {})
              .replace(
                  "\"bodyId\":\"body.btv\"", "\"bodyId\":\"body.btv\",\"bodyId\":\"body.exec\"");
      GovernanceJsonException e = rejected(doc, "format.duplicate-key", "/meeting/bodyId");
      assertThat(e.getText().getVi()).contains("bodyId");
    }
  }

  @Nested
  class TrailingTokens {
    @Test
    void aSecondDocumentAfterTheFirstIsAnError() {
      rejected(Docs.edited(t -> {}) + " {}", "format.syntax", "");
    }

    @Test
    void garbageAfterTheDocumentIsAnError() {
      rejected(Docs.edited(t -> {}) + "x", "format.syntax", "");
    }

    @Test
    void whitespaceAfterTheDocumentIsFine() {
      assertThat(GovernanceJson.strict().read(Docs.edited(t -> {}) + " \n\t "))
          .isEqualTo(Samples.everyAttribute());
    }
  }

  @Nested
  class WrongScalarTypes {
    @Test
    void aStringForAnInteger() {
      GovernanceJsonException e =
          rejected(
              Docs.with("/term/bodies/0/seats", "\"fifteen\""),
              "format.type",
              "/term/bodies/0/seats");
      assertThat(e.getMessage(Locale.ENGLISH))
          .endsWith("Wrong type: expected an integer, found a string");
    }

    @Test
    void aNumberForABilingualText() {
      rejected(Docs.with("/meeting/title", "123"), "format.type", "/meeting/title");
    }

    @Test
    void aNumberForAString() {
      rejected(Docs.with("/people/0/givenName", "123"), "format.type", "/people/0/givenName");
    }

    @Test
    void aFractionForAnInteger() {
      rejected(
          Docs.with("/meeting/attendance/counts/present", "12.0"),
          "format.type",
          "/meeting/attendance/counts/present");
    }

    @Test
    void anExponentForAnInteger() {
      rejected(Docs.with("/term/ordinal", "7e0"), "format.type", "/term/ordinal");
    }

    @Test
    void anIntegerBeyondTheIntRange() {
      rejected(Docs.with("/term/ordinal", "2147483648"), "format.value", "/term/ordinal");
    }

    @Test
    void aStringForABoolean() {
      rejected(
          Docs.with("/reports/0/resultsComplete", "\"true\""),
          "format.type",
          "/reports/0/resultsComplete");
    }

    @Test
    void aNumberForABoolean() {
      rejected(
          Docs.with("/term/bodies/1/posts/0/fullTime", "1"),
          "format.type",
          "/term/bodies/1/posts/0/fullTime");
    }

    @Test
    void anObjectForAList() {
      rejected(Docs.with("/people", "{}"), "format.type", "/people");
    }

    @Test
    void aStringForAnObject() {
      rejected(Docs.with("/organisation", "\"org.x\""), "format.type", "/organisation");
    }

    @Test
    void aNumberForACode() {
      rejected(Docs.with("/meeting/kind", "1"), "format.type", "/meeting/kind");
    }
  }

  @Nested
  class Nulls {
    @Test
    void nullForARequiredValue() {
      rejected(Docs.with("/meeting/title", "null"), "format.null", "/meeting/title");
    }

    @Test
    void nullForAnOptionalValueIsAlsoRefusedLeaveItOut() {
      rejected(Docs.with("/meeting/venue", "null"), "format.null", "/meeting/venue");
    }

    @Test
    void nullInAList() {
      rejected(Docs.with("/people", "[null]"), "format.null", "/people/0");
    }
  }

  @Nested
  class MissingMembers {
    @Test
    void aMissingRequiredMemberIsReportedWithItsPath() {
      GovernanceJsonException e =
          rejected(Docs.without("/meeting/title"), "format.missing", "/meeting/title");
      assertThat(e.getText().getEn().get()).contains("\"title\"");
    }

    @Test
    void aMissingMemberDeepInAList() {
      rejected(
          Docs.without("/meeting/agenda/0/decisions/0/votes/against"),
          "format.missing",
          "/meeting/agenda/0/decisions/0/votes/against");
    }

    @Test
    void aMissingVietnameseText() {
      rejected(Docs.without("/organisation/name/vi"), "format.missing", "/organisation/name/vi");
    }

    @Test
    void aMissingFormatVersion() {
      rejected(Docs.without("/formatVersion"), "format.missing", "/formatVersion");
    }
  }

  @Nested
  class DateShapes {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "\"2021-7-2\"",
          "\"02/07/2021\"",
          "\"2021-07-02T00:00:00Z\"",
          "\"2021-13\"",
          "\"2021-02-30\"",
          "\"21\"",
          "\" 2021\"",
          "\"2021-07-02 \"",
          "\"٢٠٢١\"",
          "\"+2021\""
        })
    void aDateOfAnotherShapeIsAValueError(String date) {
      rejected(Docs.with("/meeting/date", date), "format.value", "/meeting/date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2021, 7, 2]", "20210702", "18810", "{\"year\": 2021}"})
    void aDateThatIsNotAStringIsATypeError(String date) {
      rejected(Docs.with("/meeting/date", date), "format.type", "/meeting/date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2021-q1\"", "\"2021-Q5\"", "\"Q1-2021\"", "\"2021-M6\""})
    void aPeriodOfAnotherShape(String period) {
      rejected(Docs.with("/reports/0/period", period), "format.value", "/reports/0/period");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2/3\"", "\">= 2/3\"", "\">=3/2\"", "\"0.5\""})
    void aThresholdOfAnotherShape(String threshold) {
      rejected(
          Docs.with("/meeting/agenda/0/decisions/0/requiredMajority", threshold),
          "format.value",
          "/meeting/agenda/0/decisions/0/requiredMajority");
    }
  }

  @Nested
  class LoneSurrogates {
    // A lone surrogate is not Unicode text: it could not be written back as UTF-8, so it is
    // refused at the member that holds it, whichever of the reader and the model finds it.
    @ParameterizedTest
    @ValueSource(
        strings = {
          "/meeting/title/vi",
          "/meeting/title/en",
          "/organisation/name/vi",
          "/meeting/agenda/0/comments/0/summary/en",
          "/people/1/givenName",
          "/meeting/venue/vi",
          "/meeting/id",
          "/meeting/kind",
          "/meeting/date"
        })
    void aLoneSurrogateIsAValueErrorAtItsMember(String member) {
      // Escaped in the JSON text: a tree would write the surrogate out as '?'.
      String json =
          Docs.with(member, "\"lone-surrogate\"").replace("lone-surrogate", "Hội\\ud800nghị");
      GovernanceJsonException e = rejected(json, "format.value", member);
      assertThat(e.getMessage(Locale.ENGLISH)).contains("surrogate");
    }

    @Test
    void aSurrogatePairIsText() {
      MeetingRecord read =
          GovernanceJson.strict()
              .read(
                  Docs.with("/meeting/title/en", "\"surrogate-pair\"")
                      .replace("surrogate-pair", "Hội nghị \\ud835\\udc00"));
      assertThat(read.getMeeting().getTitle().getEn()).contains("Hội nghị \ud835\udc00");
    }
  }

  @Nested
  class Codes {
    @Test
    void anUnknownCodeOfAClosedListIsAValueError() {
      GovernanceJsonException e =
          rejected(Docs.with("/meeting/kind", "\"annual\""), "format.value", "/meeting/kind");
      assertThat(e.getText().getEn().get()).contains("regular");
    }

    @Test
    void anUppercaseCodeIsAValueError() {
      rejected(Docs.with("/meeting/kind", "\"REGULAR\""), "format.value", "/meeting/kind");
      rejected(Docs.with("/organisation/level", "\"City\""), "format.value", "/organisation/level");
    }

    @Test
    void anOrganisationsOwnCodeOfAnExtensibleListIsRead() {
      assertThat(
              GovernanceJson.strict()
                  .read(Docs.with("/organisation/level", "\"commune\""))
                  .getOrganisation()
                  .getLevel()
                  .getCode())
          .isEqualTo("commune");
    }

    @Test
    void anIdentifierOutOfItsFormIsAnInvariantErrorOfItsObjectThatSaysWhatIsExpected() {
      GovernanceJsonException e =
          rejected(Docs.with("/people/1/id", "\"Person B\""), "format.invariant", "/people/1");
      assertThat(e.getText().getEn().get()).contains("\"Person B\"", "person.hoang-van-ke");
    }
  }

  @Nested
  class Invariants {
    @Test
    void anEndBeforeItsStartIsReportedAtTheObject() {
      GovernanceJsonException e =
          rejected(Docs.with("/term/end", "\"2018\""), "format.invariant", "/term");
      assertThat(e.getText().getEn().get()).contains("before");
    }

    @Test
    void aCommentWithBothSpeakerAndGroup() {
      rejected(
          Docs.with("/meeting/agenda/0/comments/0/speakerGroup", "\"delegates\""),
          "format.invariant",
          "/meeting/agenda/0/comments/0");
    }

    @Test
    void aPersonTwiceInTheRecord() {
      rejected(Docs.with("/people/1/id", "\"person.a\""), "format.invariant", "");
    }
  }

  @Nested
  class Versions {
    @Test
    void anUnknownVersionIsRefusedWithTheVersionsRead() {
      GovernanceJsonException e =
          rejected(Docs.with("/formatVersion", "\"2.0\""), "format.version", "/formatVersion");
      assertThat(e.getMessage(Locale.ENGLISH)).contains("\"2.0\"", "1.0");
    }

    @Test
    void aLaterMinorVersionIsRefusedByTheStrictReader() {
      rejected(Docs.with("/formatVersion", "\"1.1\""), "format.version", "/formatVersion");
    }

    @Test
    void aNumericVersionIsATypeError() {
      rejected(Docs.with("/formatVersion", "1.0"), "format.type", "/formatVersion");
    }

    @Test
    void anotherFormatIsRefused() {
      rejected(
          Docs.with("/format", "\"vn.massorg.governance/report\""), "format.version", "/format");
    }
  }

  @Nested
  class Syntax {
    @Test
    void commentsAreNotJson() {
      rejected(Docs.edited(t -> {}).replaceFirst("\\{", "{/* c */"), "format.syntax", "");
      rejected(Docs.edited(t -> {}).replaceFirst("\\{", "{// c\n"), "format.syntax", "");
    }

    @Test
    void singleQuotesAreNotJson() {
      // A syntax error between members points at the last member the parser read.
      rejected(
          Docs.edited(t -> {}).replace("\"venue\"", "'venue'"), "format.syntax", "/meeting/date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+1", "01", ".5", "0x10"})
    void nonStandardNumbersAreNotJson(String number) {
      rejected(
          Docs.edited(t -> {}).replace("\"ordinal\":7", "\"ordinal\":" + number),
          "format.syntax",
          "/term/ordinal");
    }

    @Test
    void aTruncatedDocument() {
      String doc = Docs.edited(t -> {});
      String half = doc.substring(0, doc.indexOf("\"attendance\"") + 20);
      GovernanceJsonException e = rejected(half, "format.syntax", "/meeting/attendance");
      assertThat(e.getText().getEn().get()).contains("ends in the middle");
    }

    @Test
    void anEmptyDocument() {
      rejected("", "format.syntax", "");
      rejected("  \n ", "format.syntax", "");
    }

    @Test
    void aTopLevelArrayOrString() {
      rejected("[" + Docs.edited(t -> {}) + "]", "format.type", "");
      rejected("\"record\"", "format.type", "");
      rejected("null", "format.null", "");
    }

    @Test
    void anUnescapedControlCharacterInAString() {
      rejected(
          Docs.edited(t -> {}).replace("Hall A", "Hall\u0001A"),
          "format.syntax",
          "/meeting/venue/en");
    }

    @Test
    void theLocationIsTheLineAndColumnOfTheValue() {
      String doc =
          "{\n  \"format\": \"vn.massorg.governance/meeting-record\",\n"
              + "  \"formatVersion\": \"1.0\",\n  \"organisation\": 5\n}";
      GovernanceJsonException e = rejected(doc, "format.type", "/organisation");
      assertThat(e.getLine()).isEqualTo(4);
      assertThat(e.getColumn()).isEqualTo(19);
      assertThat(e.getMessage(Locale.ENGLISH))
          .isEqualTo(
              "format.type /organisation "
                  + "(line 4, column 19): Wrong type: expected an object, found an integer");
      assertThat(e.getMessage())
          .isEqualTo(
              "format.type /organisation "
                  + "(dòng 4, cột 19): Sai kiểu giá trị: cần đối tượng, nhận được số nguyên");
    }
  }

  @Nested
  class Limits {
    // The string limit counts code points, as the schema's maxLength does: a text under it in
    // code points is read even when it is over it in UTF-16 units.
    private final String astral = "\ud835\udc00";

    @Test
    void aTextOfTheMostCodePointsIsReadWhateverItsLengthInUtf16Units() {
      String text = astral.repeat(JsonSetup.MAX_STRING);
      MeetingRecord read =
          GovernanceJson.strict().read(Docs.with("/meeting/title/en", "\"" + text + "\""));
      assertThat(read.getMeeting().getTitle().getEn().get()).hasSize(2 * JsonSetup.MAX_STRING);
    }

    @Test
    void oneCodePointMoreIsALimitErrorAtTheString() {
      for (String text :
          new String[] {
            "x".repeat(JsonSetup.MAX_STRING + 1),
            astral.repeat(JsonSetup.MAX_STRING) + "x",
            astral.repeat(JsonSetup.MAX_STRING + 1)
          }) {
        GovernanceJsonException e =
            rejected(
                Docs.with("/meeting/title/en", "\"" + text + "\""),
                "format.limit",
                "/meeting/title/en");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("at most 1000000 characters");
      }
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedWhereTheLimitIsCrossed() {
      char[] chars = new char[JsonSetup.MAX_DOCUMENT + 100];
      java.util.Arrays.fill(chars, ' ');
      chars[0] = '{';
      chars[10] = '\n';
      chars[20] = '\n';
      String text = new String(chars);
      GovernanceJsonException fromBytes = rejected(Docs.utf8(text), "format.limit", "");
      GovernanceJsonException fromText =
          catchThrowableOfType(
              GovernanceJsonException.class, () -> GovernanceJson.strict().read(text));
      for (GovernanceJsonException e : List.of(fromBytes, fromText)) {
        assertThat(e.getLine()).isEqualTo(3);
        assertThat(e.getColumn()).isEqualTo(JsonSetup.MAX_DOCUMENT - 21 + 1);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("Document too large");
      }
      byte[] inArray = new byte[JsonSetup.MAX_DOCUMENT + 7];
      java.util.Arrays.fill(inArray, (byte) ' ');
      GovernanceJsonException offset =
          catchThrowableOfType(
              GovernanceJsonException.class,
              () -> GovernanceJson.strict().readDocument(inArray, 3, JsonSetup.MAX_DOCUMENT + 1));
      assertThat(offset.getLine()).isEqualTo(1);
      assertThat(offset.getColumn()).isEqualTo(JsonSetup.MAX_DOCUMENT + 1);
      // A line break just past the limit is not counted: the location is of the byte after it.
      chars[JsonSetup.MAX_DOCUMENT] = '\n';
      GovernanceJsonException atBreak = rejected(Docs.utf8(new String(chars)), "format.limit", "");
      assertThat(atBreak.getLine()).isEqualTo(3);
    }

    @Test
    void aDocumentOfExactlyTheLimitIsRead() {
      String doc = Docs.edited(t -> {});
      String padded = doc + " ".repeat(JsonSetup.MAX_DOCUMENT - Docs.utf8(doc).length);
      assertThat(Docs.utf8(padded)).hasSize(JsonSetup.MAX_DOCUMENT);
      MeetingRecord fromBytes = GovernanceJson.strict().read(Docs.utf8(padded));
      // Text input is measured in characters.
      String exact = doc + " ".repeat(JsonSetup.MAX_DOCUMENT - doc.length());
      assertThat(exact).hasSize(JsonSetup.MAX_DOCUMENT);
      assertThat(GovernanceJson.strict().read(exact)).isEqualTo(fromBytes);
    }

    @Test
    void aKeptMembersStringIsLimitedInCodePointsToo() {
      GovernanceJson lenient = GovernanceJson.lenient();
      String most = astral.repeat(JsonSetup.MAX_STRING);
      JsonDocument read =
          lenient.readDocument(Docs.edited(t -> t.put("note", "NOTE")).replace("NOTE", most));
      assertThat(read.getUnknownMembers().get("").get("note").textValue()).isEqualTo(most);
      Rejections.rejected(
          lenient,
          Docs.utf8(Docs.edited(t -> t.put("note", "NOTE")).replace("NOTE", most + "x")),
          "format.limit",
          "/note");
    }
  }

  @Nested
  class Encodings {
    private final String doc = Docs.edited(t -> {});

    @Test
    void utf16AndUtf32AreNamedAsWhatWasFound() {
      assertFound(doc.getBytes(java.nio.charset.StandardCharsets.UTF_16BE), "UTF-16BE");
      assertFound(doc.getBytes(java.nio.charset.StandardCharsets.UTF_16LE), "UTF-16LE");
      assertFound(doc.getBytes(java.nio.charset.StandardCharsets.UTF_16), "UTF-16BE (BOM FE FF)");
      assertFound(doc.getBytes(java.nio.charset.Charset.forName("UTF-32BE")), "UTF-32BE");
      assertFound(doc.getBytes(java.nio.charset.Charset.forName("UTF-32LE")), "UTF-32LE");
      byte[] le = doc.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
      byte[] withBom = new byte[le.length + 2];
      withBom[0] = (byte) 0xFF;
      withBom[1] = (byte) 0xFE;
      System.arraycopy(le, 0, withBom, 2, le.length);
      assertFound(withBom, "UTF-16LE (BOM FF FE)");
      byte[] le32 = doc.getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
      byte[] with32Bom = new byte[le32.length + 4];
      with32Bom[0] = (byte) 0xFF;
      with32Bom[1] = (byte) 0xFE;
      System.arraycopy(le32, 0, with32Bom, 4, le32.length);
      assertFound(with32Bom, "UTF-32LE (BOM FF FE 00 00)");
      // Two bytes are enough to tell UTF-16's byte order; three as well.
      assertFound(new byte[] {0, '{'}, "UTF-16BE");
      assertFound(new byte[] {'{', 0}, "UTF-16LE");
      assertFound(new byte[] {0, '{', 0}, "UTF-16BE");
      assertFound(new byte[] {'{', 0, '"'}, "UTF-16LE");
    }

    private void assertFound(byte[] input, String found) {
      GovernanceJsonException e = rejected(input, "format.syntax", "");
      assertThat(e.getMessage(Locale.ENGLISH))
          .endsWith(": The text is encoded in " + found + ", not UTF-8: the format is UTF-8 only");
      assertThat(e.getColumn()).isEqualTo(1);
    }

    @Test
    void nulBytesThatAreNoEncodingAreBinaryDataAtTheirByte() {
      for (int at = 0; at < 4; at++) {
        byte[] input = Docs.utf8(doc);
        input[at] = 0;
        GovernanceJsonException e = rejected(input, "format.syntax", "");
        assertThat(e.getMessage(Locale.ENGLISH))
            .as("NUL at %d", at)
            .endsWith(": A NUL byte (0x00) at byte " + (at + 1) + ": binary data, not JSON text");
        assertThat(e.getColumn()).isEqualTo(at + 1);
      }
      GovernanceJsonException one = rejected(new byte[] {0}, "format.syntax", "");
      assertThat(one.getMessage(Locale.ENGLISH)).contains("binary data");
    }
  }
}
