package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.massorg.governance.model.AcademicTitle;
import vn.massorg.governance.model.ActivityArea;
import vn.massorg.governance.model.ActivityResult;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.AttendanceEntry;
import vn.massorg.governance.model.AttendanceStatus;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.Comment;
import vn.massorg.governance.model.Conclusion;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.DecisionOutcome;
import vn.massorg.governance.model.FormOfAddress;
import vn.massorg.governance.model.HoldingKind;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MemberUnit;
import vn.massorg.governance.model.MemberUnitKind;
import vn.massorg.governance.model.Organisation;
import vn.massorg.governance.model.OrganisationLevel;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.PeriodKind;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.model.SpeakerGroup;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.Threshold;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.model.VoteMethod;

/**
 * Every type the module registers, alone, through an application's own mapper: each value of the
 * full record reads as its model type and writes back to the same JSON, so that no type falls back
 * to Jackson's bean mapping.
 */
class ModuleTypesTest {
  private static final JsonNode TREE = Docs.tree(Samples.everyAttribute());

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(Organisation.class, "/organisation"),
        Arguments.of(MemberUnit.class, "/organisation/memberUnits/0"),
        Arguments.of(Term.class, "/term"),
        Arguments.of(Body.class, "/term/bodies/0"),
        Arguments.of(Post.class, first("posts")),
        Arguments.of(PostHolding.class, first("holdings")),
        Arguments.of(Person.class, "/people/0"),
        Arguments.of(Meeting.class, "/meeting"),
        Arguments.of(Attendance.class, "/meeting/attendance"),
        Arguments.of(AttendanceEntry.class, "/meeting/attendance/entries/0"),
        Arguments.of(AttendanceCounts.class, "/meeting/attendance/counts"),
        Arguments.of(AgendaItem.class, "/meeting/agenda/0"),
        Arguments.of(Presentation.class, "/meeting/agenda/0/presentations/0"),
        Arguments.of(Comment.class, "/meeting/agenda/0/comments/0"),
        Arguments.of(Decision.class, "/meeting/agenda/0/decisions/0"),
        Arguments.of(VoteCount.class, "/meeting/agenda/0/decisions/0/votes"),
        Arguments.of(Conclusion.class, "/meeting/agenda/0/conclusion"),
        Arguments.of(Report.class, "/reports/0"),
        Arguments.of(ActivityResult.class, "/reports/0/results/0"),
        Arguments.of(BilingualText.class, "/term/bodies/0/name"),
        Arguments.of(PartialDate.class, "/meeting/date"),
        Arguments.of(ReportingPeriod.class, "/meeting/reviewedPeriod"),
        Arguments.of(Threshold.class, "/meeting/agenda/0/decisions/0/requiredMajority"),
        Arguments.of(AcademicTitle.class, "/people/0/academicTitle"),
        Arguments.of(ActivityArea.class, "/reports/0/results/0/area"),
        Arguments.of(BodyKind.class, "/term/bodies/0/kind"),
        Arguments.of(MemberUnitKind.class, "/organisation/memberUnits/0/kind"),
        Arguments.of(OrganisationLevel.class, "/organisation/level"),
        Arguments.of(PostKind.class, first("posts") + "/kind"),
        Arguments.of(HoldingKind.class, first("holdings") + "/kind"),
        Arguments.of(AttendanceStatus.class, "/meeting/attendance/entries/0/status"),
        Arguments.of(DecisionOutcome.class, "/meeting/agenda/0/decisions/0/outcome"),
        Arguments.of(MeetingKind.class, "/meeting/kind"),
        Arguments.of(ReportStatus.class, "/reports/0/statusHistory/0"),
        Arguments.of(VoteMethod.class, "/meeting/agenda/0/decisions/0/method"));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("values")
  void eachTypeReadsAndWritesItsOwnJson(Class<?> type, String pointer) throws Exception {
    // Made here, not in a static field: the module is then built inside the test, where
    // mutation testing sees that this test covers the module's constructor.
    ObjectMapper mapper = JsonMapper.builder().addModule(new GovernanceModule()).build();
    JsonNode json = TREE.at(pointer);
    assertThat(json.isMissingNode()).as(pointer).isFalse();
    Object value = mapper.readValue(json.toString(), type);
    assertThat(value).isInstanceOf(type);
    assertThat(mapper.readTree(mapper.writeValueAsString(value))).isEqualTo(json);
  }

  /** Code-list values the full record happens not to hold: their code as a JSON string. */
  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of(FormOfAddress.class, FormOfAddress.COMRADE, FormOfAddress.COMRADE.getCode()),
        Arguments.of(SpeakerGroup.class, SpeakerGroup.DELEGATES, SpeakerGroup.DELEGATES.getCode()),
        Arguments.of(PeriodKind.class, PeriodKind.HALF_YEAR, PeriodKind.HALF_YEAR.getCode()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void eachCodeListReadsAndWritesItsCode(Class<?> type, Object value, String code)
      throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new GovernanceModule()).build();
    String json = "\"" + code + "\"";
    assertThat(mapper.readValue(json, type)).isEqualTo(value);
    assertThat(mapper.writeValueAsString(value)).isEqualTo(json);
  }

  /** The pointer of the first element of the first array member with this name. */
  private static String first(String name) {
    String found = find(TREE, "", name);
    if (found == null) {
      throw new IllegalStateException("the full record has no " + name);
    }
    return found + "/0";
  }

  private static String find(JsonNode node, String at, String name) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (member.getKey().equals(name) && member.getValue().size() > 0) {
          return at + "/" + name;
        }
        String below = find(member.getValue(), at + "/" + member.getKey(), name);
        if (below != null) {
          return below;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String below = find(node.get(i), at + "/" + i, name);
        if (below != null) {
          return below;
        }
      }
    }
    return null;
  }
}
