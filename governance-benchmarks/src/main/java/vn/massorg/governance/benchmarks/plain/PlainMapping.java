package vn.massorg.governance.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Coded;
import vn.massorg.governance.model.CodeListValue;
import vn.massorg.governance.model.MeetingRecord;

/**
 * The baseline's mapper, and the copy of a model record into the baseline's plain records.
 *
 * <p>The mapper is what an application gets from {@code new ObjectMapper()} plus the two settings
 * that make a fair comparison: unknown properties fail (so the baseline reads every field the
 * library reads, and no more), and absent values are not written (as the library does not write
 * them).
 */
public final class PlainMapping {
  private PlainMapping() {}

  /**
   * The plain Jackson mapper of the baseline.
   *
   * @return a new mapper, not null
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }

  /**
   * Copies a model record into the plain records, field by field.
   *
   * @param r the record, not null
   * @return the plain record, not null
   */
  public static PlainMeetingRecord of(MeetingRecord r) {
    var o = r.getOrganisation();
    var t = r.getTerm();
    var m = r.getMeeting();
    return new PlainMeetingRecord(GovernanceJson.FORMAT, GovernanceJson.FORMAT_VERSION,
        new PlainMeetingRecord.Organisation(o.getId(), text(o.getName()),
            o.getAbbreviation().orElse(null), code(o.getLevel()), o.getParentId().orElse(null),
            list(o.getMemberUnits(), u -> new PlainMeetingRecord.MemberUnit(u.getId(),
                text(u.getName()), code(u.getKind())))),
        new PlainMeetingRecord.Term(t.getId(), t.getOrdinal().orElse(null),
            t.getStart().toString(), t.getEnd().toString(),
            t.getOpeningCongressId().orElse(null), text(t.getWorkProgramme()),
            list(t.getBodies(), b -> new PlainMeetingRecord.Body(b.getId(), code(b.getKind()),
                text(b.getName()), b.getParentId().orElse(null), b.getSeats().orElse(null),
                list(b.getPosts(), p -> new PlainMeetingRecord.Post(p.getId(), code(p.getKind()),
                    text(p.getTitle()), p.getFullTime().orElse(null),
                    list(p.getHoldings(), h -> new PlainMeetingRecord.Holding(h.getPersonId(),
                        string(h.getStart()), string(h.getEnd()), code(h.getKind())))))))),
        list(r.getPeople(), p -> new PlainMeetingRecord.Person(p.getId(), p.getFamilyName(),
            p.getMiddleName().orElse(null), p.getGivenName(),
            p.getAcademicTitle().map(PlainMapping::code).orElse(null),
            p.getFormOfAddress().map(PlainMapping::code).orElse(null))),
        new PlainMeetingRecord.Meeting(m.getId(), m.getBodyId(), code(m.getKind()),
            text(m.getTitle()), string(m.getReviewedPeriod()), string(m.getDate()),
            text(m.getVenue()), m.getChairId().orElse(null), m.getRecorderId().orElse(null),
            m.getAttendance().map(a -> new PlainMeetingRecord.Attendance(
                list(a.getEntries(), e -> new PlainMeetingRecord.AttendanceEntry(e.getPersonId(),
                    code(e.getStatus()), e.getOnBehalfOfId().orElse(null), text(e.getReason()))),
                a.getCounts().map(c -> new PlainMeetingRecord.AttendanceCounts(c.getPresent(),
                    c.getExcused().orElse(null), c.getAbsent().orElse(null))).orElse(null)))
                .orElse(null),
            list(m.getAgenda(), a -> new PlainMeetingRecord.AgendaItem(text(a.getTitle()),
                a.getChairId().orElse(null),
                list(a.getPresentations(), p -> new PlainMeetingRecord.Presentation(
                    p.getPresenterId(), text(p.getDocument()), p.getReportId().orElse(null))),
                list(a.getComments(), c -> new PlainMeetingRecord.Comment(
                    c.getSpeakerId().orElse(null),
                    c.getSpeakerGroup().map(PlainMapping::code).orElse(null),
                    text(c.getSummary()))),
                list(a.getDecisions(), d -> new PlainMeetingRecord.Decision(text(d.getTitle()),
                    d.getMethod().map(PlainMapping::code).orElse(null),
                    d.getVotes().map(v -> new PlainMeetingRecord.VoteCount(v.getInFavour(),
                        v.getAgainst(), v.getAbstaining())).orElse(null),
                    string(d.getRequiredMajority()),
                    d.getOutcome().map(PlainMapping::code).orElse(null))),
                a.getConclusion().map(c -> new PlainMeetingRecord.Conclusion(c.getSpeakerId(),
                    text(c.getSummary()), list(c.getDirections(), PlainMapping::text),
                    string(c.getForPeriod()))).orElse(null)))),
        list(r.getReports(), p -> new PlainMeetingRecord.Report(p.getId(), text(p.getTitle()),
            p.getPeriod().toString(), p.getDocumentNumber().orElse(null),
            list(p.getStatusHistory(), PlainMapping::code),
            list(p.getResults(), x -> new PlainMeetingRecord.ActivityResult(code(x.getArea()),
                text(x.getSummary()))),
            p.getResultsComplete().orElse(null), list(p.getContext(), PlainMapping::text),
            list(p.getTasksForNextPeriod(), PlainMapping::text))));
  }

  private static PlainMeetingRecord.Text text(BilingualText text) {
    return new PlainMeetingRecord.Text(text.getVi(), text.getEn().orElse(null));
  }

  private static PlainMeetingRecord.Text text(Optional<BilingualText> text) {
    return text.map(PlainMapping::text).orElse(null);
  }

  private static String code(CodeListValue value) {
    return value.getCode();
  }

  private static String code(Coded value) {
    return value.getCode();
  }

  private static String string(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }

  private static <T, R> List<R> list(List<T> items, Function<T, R> f) {
    return items.stream().map(f).collect(Collectors.toList());
  }
}
