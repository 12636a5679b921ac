package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.ImmutableMeetingRecord;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.testing.Records;

/** A finding's location as structured values: record, pointer segments, line and column. */
class FindingLocationTest {
  private static final RuleSource SOURCE =
      RuleSource.of(RuleLayer.CONSISTENCY, BilingualText.of("Tính nhất quán", "Consistency"));

  private static Finding at(String path) {
    return Finding.of("x.rule", Severity.ERROR, path, BilingualText.of("Lỗi"), SOURCE, Map.of());
  }

  @Test
  @DisplayName("a finding about a record of an archive keeps the record apart from its path")
  void inRecord() {
    Finding own = at("/meeting/date");
    Finding third = own.inRecord(3);
    assertThat(third.getPath()).isEqualTo("/3/meeting/date");
    assertThat(third.getRecord()).isEqualTo(OptionalLong.of(3));
    assertThat(third.getPathInRecord()).isEqualTo("/meeting/date");
    assertThat(third.getPathSegments()).containsExactly("meeting", "date");
    assertThat(third.line(java.util.Locale.ENGLISH)).contains(" /3/meeting/date: ");
    assertThat(third.withinRecord()).isEqualTo(own);
    assertThat(own.getRecord()).isEmpty();
    assertThat(third).isNotEqualTo(own);
    assertThatThrownBy(() -> third.inRecord(4)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> own.inRecord(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the pointer's segments are unescaped, so no consumer parses the pointer")
  void segments() {
    assertThat(at("").getPathSegments()).isEmpty();
    assertThat(at("/people/0/a~1b~0c").getPathSegments()).containsExactly("people", "0", "a/b~c");
    assertThat(at("/x//y").getPathSegments()).containsExactly("x", "", "y");
    assertThat(at("/").getPathSegments()).containsExactly("");
    assertThat(at("/x/").getPathSegments()).containsExactly("x", "");
    assertThat(at("/a~01").getPathSegments()).containsExactly("a~1");
  }

  @Test
  @DisplayName("the pointer is written back from its segments exactly as it was given")
  void pointerFromSegments() {
    for (String path : List.of("", "/", "/x//y", "/people/0/a~1b~0c", "/a~01", "/~0~1/")) {
      assertThat(at(path).getPathInRecord()).isEqualTo(path);
      assertThat(at(path).inRecord(2).getPath()).isEqualTo("/2" + path);
    }
    Finding below = at("/meeting/date").under("/3/a~1b");
    assertThat(below.getPath()).isEqualTo("/3/a~1b/meeting/date");
    assertThat(below.getPathSegments()).containsExactly("3", "a/b", "meeting", "date");
    assertThat(at("/meeting").under("")).isEqualTo(at("/meeting"));
    assertThat(at("").under("/3").getPathSegments()).containsExactly("3");
  }

  @Test
  @DisplayName("a path that is no JSON Pointer is refused, whole or as a prefix")
  void notAPointer() {
    for (String path : List.of("meeting", "/a~", "/a~2", "/~/")) {
      assertThatThrownBy(() -> at(path))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'path' is not a JSON Pointer: \"" + path + "\"");
    }
    assertThatThrownBy(() -> at("/meeting").under("3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'path' is not a JSON Pointer: \"3/meeting\"");
  }

  @Test
  @DisplayName("a reader's finding carries its line and column as numbers")
  void lineAndColumn() {
    Finding read = at("/meeting").at(2, 15);
    assertThat(read.getLine()).isEqualTo(OptionalLong.of(2));
    assertThat(read.getColumn()).isEqualTo(OptionalLong.of(15));
    assertThat(at("/meeting").getLine()).isEmpty();
    // Equal by the JSON form, where a reader's position is in the arguments (as the reader's
    // own findings carry it), not by the structured copy.
    assertThat(read).isEqualTo(at("/meeting"));
    assertThat(read.inRecord(1).getLine()).isEqualTo(OptionalLong.of(2));
    assertThatThrownBy(() -> at("").at(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("validateAll names each record's findings by index, structurally")
  void validateAllSetsTheRecord() {
    MeetingRecord valid = Records.complete();
    MeetingRecord broken =
        ImmutableMeetingRecord.copyOf(valid)
            .withMeeting(
                vn.massorg.governance.model.ImmutableMeeting.copyOf(valid.getMeeting())
                    .withChairId("person.unknown"));
    ValidationReport report = GovernanceValidator.standard().validateAll(List.of(valid, broken));
    assertThat(report.getFindings()).isNotEmpty();
    assertThat(report.getFindings())
        .filteredOn(f -> f.getPath().startsWith("/1/"))
        .isNotEmpty()
        .allMatch(f -> f.getRecord().equals(OptionalLong.of(1)))
        .allMatch(f -> ("/1" + f.getPathInRecord()).equals(f.getPath()));
  }
}
