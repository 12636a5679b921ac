package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
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
import vn.massorg.governance.model.MeetingRecord;
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
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The Jackson module of the whole model: a hand-written streaming serializer and deserializer for
 * every model type, value form and code list, in the exchange format (a {@link MeetingRecord} is a
 * whole document, with its format name and version), and a serializer for validation reports and
 * findings in the form of {@link GovernanceJson#writeReport}.
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()} through {@link java.util.ServiceLoader}
 * (a {@code META-INF/services} entry and a {@code provides} clause), or registered by hand:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new GovernanceModule()).build();
 * MeetingRecord record = mapper.readValue(json, MeetingRecord.class);
 * }</pre>
 *
 * <p>Register it one way, not both. The deserializers are strict whatever the mapper's settings:
 * unknown members, wrong scalar types and nulls end in {@link GovernanceJsonException}. The
 * mapper's own settings (duplicate keys, limits, trailing tokens) are the application's; for
 * untrusted input use {@link GovernanceJson}, which applies the library's.
 *
 * <p>This class is thread-safe once registered.
 */
public final class GovernanceModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = readVersion();

  /** Creates the module. */
  public GovernanceModule() {
    super("GovernanceModule", VERSION);
    add(MeetingRecord.class, ModelReader::document, ModelWriter::document);
    add(Organisation.class, ModelReader::organisation, (w, v) -> w.organisation(v, null));
    add(MemberUnit.class, ModelReader::memberUnit, (w, v) -> w.memberUnit(v, null));
    add(Term.class, ModelReader::term, (w, v) -> w.term(v, null));
    add(Body.class, ModelReader::body, (w, v) -> w.body(v, null));
    add(Post.class, ModelReader::post, (w, v) -> w.post(v, null));
    add(PostHolding.class, ModelReader::postHolding, (w, v) -> w.postHolding(v, null));
    add(Person.class, ModelReader::person, (w, v) -> w.person(v, null));
    add(Meeting.class, ModelReader::meeting, (w, v) -> w.meeting(v, null));
    add(Attendance.class, ModelReader::attendance, (w, v) -> w.attendance(v, null));
    add(AttendanceEntry.class, ModelReader::attendanceEntry, (w, v) -> w.attendanceEntry(v, null));
    add(
        AttendanceCounts.class,
        ModelReader::attendanceCounts,
        (w, v) -> w.attendanceCounts(v, null));
    add(AgendaItem.class, ModelReader::agendaItem, (w, v) -> w.agendaItem(v, null));
    add(Presentation.class, ModelReader::presentation, (w, v) -> w.presentation(v, null));
    add(Comment.class, ModelReader::comment, (w, v) -> w.comment(v, null));
    add(Decision.class, ModelReader::decision, (w, v) -> w.decision(v, null));
    add(VoteCount.class, ModelReader::voteCount, (w, v) -> w.voteCount(v, null));
    add(Conclusion.class, ModelReader::conclusion, (w, v) -> w.conclusion(v, null));
    add(Report.class, ModelReader::report, (w, v) -> w.report(v, null));
    add(ActivityResult.class, ModelReader::activityResult, (w, v) -> w.activityResult(v, null));
    add(BilingualText.class, ModelReader::text, (w, v) -> w.text(v, null));
    stringForm(PartialDate.class, PartialDate::parse);
    stringForm(ReportingPeriod.class, ReportingPeriod::parse);
    stringForm(Threshold.class, Threshold::parse);
    stringForm(AcademicTitle.class, AcademicTitle::of);
    stringForm(ActivityArea.class, ActivityArea::of);
    stringForm(BodyKind.class, BodyKind::of);
    stringForm(FormOfAddress.class, FormOfAddress::of);
    stringForm(MemberUnitKind.class, MemberUnitKind::of);
    stringForm(OrganisationLevel.class, OrganisationLevel::of);
    stringForm(PostKind.class, PostKind::of);
    stringForm(SpeakerGroup.class, SpeakerGroup::of);
    coded(AttendanceStatus.class);
    coded(DecisionOutcome.class);
    coded(HoldingKind.class);
    coded(MeetingKind.class);
    coded(PeriodKind.class);
    coded(ReportStatus.class);
    coded(VoteMethod.class);
    // Reports are output: written in the one form of GovernanceJson.writeReport, never read.
    written(ValidationReport.class, ModelWriter::validationReport);
    written(Finding.class, ModelWriter::finding);
  }

  /** Reads one value with a fresh strict reader positioned on its first token. */
  @FunctionalInterface
  interface Read<T> {
    T read(ModelReader reader) throws IOException;
  }

  /** Writes one value. */
  @FunctionalInterface
  interface Write<T> {
    void write(ModelWriter writer, T value) throws IOException;
  }

  private <T> void add(Class<T> type, Read<T> read, Write<T> write) {
    addDeserializer(
        type,
        new StdDeserializer<T>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read.read(new ModelReader(p, false));
          }
        });
    written(type, write);
  }

  private <T> void written(Class<T> type, Write<T> write) {
    addSerializer(
        type,
        new StdSerializer<T>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            write.write(new ModelWriter(g, null), value);
          }
        });
  }

  private <T> void stringForm(Class<T> type, java.util.function.Function<String, T> parse) {
    add(type, r -> r.value(parse), (w, v) -> w.scalar(v.toString()));
  }

  private <E extends Enum<E> & vn.massorg.governance.model.Coded> void coded(Class<E> type) {
    add(type, r -> r.coded(type), (w, v) -> w.scalar(v.getCode()));
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = GovernanceModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"), "vn.massorg", "governance-json");
  }
}
