package vn.massorg.governance.testing;

import java.time.LocalDate;
import java.util.List;
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
import vn.massorg.governance.model.ImmutableMeeting;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.Organisation;
import vn.massorg.governance.model.OrganisationLevel;
import vn.massorg.governance.model.PartialDate;
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
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.model.VoteMethod;

/**
 * Hand-built valid records for tests to start from: {@link #complete()}, in which every fact the
 * rules need is recorded and which passes with no finding, and {@link #seedLike()}, which records
 * only what the seed news item states (no date, no attendance, no seat counts) and therefore has
 * "not checked" findings and no error.
 *
 * <p>Both are built of the same small union: the Hai Phong union's 2019–2024 term with an Executive
 * Committee of six, a Standing Committee of four within it, a Standing Office of three within that,
 * and a Party Delegation. Tests break them with the model's {@code with*} methods.
 */
public final class Records {
  /** Dr. Hoàng Văn Kể: Chairman, Party Delegation Secretary. */
  public static final String KE = "person.hoang-van-ke";

  /** Hoàng Minh Ngọc: Vice-Chairman (full-time) and Secretary-General. */
  public static final String NGOC = "person.hoang-minh-ngoc";

  /** Trần Thị Ánh: Vice-Chairman (part-time). */
  public static final String ANH = "person.tran-thi-anh";

  /** Đặng Ước: Standing Committee member. */
  public static final String UOC = "person.dang-uoc";

  /** Lê Ổn: Executive Committee member. */
  public static final String ON = "person.le-on";

  /** Phạm Yến: Executive Committee member. */
  public static final String YEN = "person.pham-yen";

  /** Index of the Executive Committee in the term's bodies. */
  public static final int BCH = 0;

  /** Index of the Standing Committee in the term's bodies. */
  public static final int BTV = 1;

  /** Index of the Standing Office in the term's bodies. */
  public static final int TT = 2;

  /** Index of the Party Delegation in the term's bodies. */
  public static final int DD = 3;

  private Records() {}

  /**
   * The seed's organisation: the Hai Phong union, a city member of VUSTA.
   *
   * @return the organisation, not null
   */
  public static Organisation haiPhong() {
    return Organisation.builder()
        .id("org.lhh-hai-phong")
        .name(
            BilingualText.of(
                "Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng",
                "Hai Phong Union of Science and Technology Associations"))
        .abbreviation("Liên hiệp Hội")
        .level(OrganisationLevel.CITY)
        .parentId("org.vusta")
        .build();
  }

  /**
   * The people of both records.
   *
   * @return six people, not null
   */
  public static List<Person> people() {
    return List.of(
        Person.builder()
            .id(KE)
            .familyName("Hoàng")
            .middleName("Văn")
            .givenName("Kể")
            .academicTitle(AcademicTitle.TS)
            .build(),
        Person.builder()
            .id(NGOC)
            .familyName("Hoàng")
            .middleName("Minh")
            .givenName("Ngọc")
            .formOfAddress(FormOfAddress.COMRADE)
            .build(),
        Person.builder()
            .id(ANH)
            .familyName("Trần")
            .middleName("Thị")
            .givenName("Ánh")
            .academicTitle(AcademicTitle.PGS_TS)
            .build(),
        Person.builder().id(UOC).familyName("Đặng").givenName("Ước").build(),
        Person.builder().id(ON).familyName("Lê").givenName("Ổn").build(),
        Person.builder().id(YEN).familyName("Phạm").givenName("Yến").build());
  }

  /**
   * The 2019–2024 term (years only), with complete seat counts and full-time flags.
   *
   * @param seats whether the seat counts and full-time flags are recorded
   * @return the term, not null
   */
  public static Term term(boolean seats) {
    return Term.builder()
        .id("term.2019-2024")
        .ordinal(7)
        .start(PartialDate.ofYear(2019))
        .end(PartialDate.ofYear(2024))
        .workProgramme(
            BilingualText.of(
                "Chương trình công tác toàn khóa 2019–2024", "Whole-term work programme 2019–2024"))
        .addBody(
            committee(
                "bch",
                BodyKind.EXECUTIVE_COMMITTEE,
                null,
                seats ? 6 : 0,
                List.of(UOC, ON, YEN),
                seats))
        .addBody(
            committee(
                "btv", BodyKind.STANDING_COMMITTEE, "body.bch", seats ? 4 : 0, List.of(UOC), seats))
        .addBody(committee("tt", BodyKind.STANDING_OFFICE, "body.btv", 0, List.of(), seats))
        .addBody(
            Body.builder()
                .id("body.dang-doan")
                .kind(BodyKind.PARTY_DELEGATION)
                .name(BilingualText.of("Đảng đoàn Liên hiệp Hội", "Party Delegation"))
                .addPost(
                    Post.builder()
                        .id("post.dd.bi-thu")
                        .kind(PostKind.PARTY_SECRETARY)
                        .addHolding(holding(KE))
                        .build())
                .build())
        .build();
  }

  private static Body committee(
      String code, BodyKind kind, String parent, int seats, List<String> members, boolean flags) {
    var b =
        Body.builder()
            .id("body." + code)
            .kind(kind)
            .name(
                BilingualText.of(
                    kind.getLabel().get().getVi() + " Liên hiệp Hội",
                    kind.getLabel().get().getEn().get()))
            .addPost(
                Post.builder()
                    .id("post." + code + ".chu-tich")
                    .kind(PostKind.CHAIRMAN)
                    .addHolding(holding(KE))
                    .build())
            .addPost(
                Post.builder()
                    .id("post." + code + ".pct-chuyen-trach")
                    .kind(PostKind.VICE_CHAIRMAN)
                    .fullTime(flags ? java.util.Optional.of(true) : java.util.Optional.empty())
                    .addHolding(holding(NGOC))
                    .build())
            .addPost(
                Post.builder()
                    .id("post." + code + ".pct-kiem-nhiem")
                    .kind(PostKind.VICE_CHAIRMAN)
                    .fullTime(flags ? java.util.Optional.of(false) : java.util.Optional.empty())
                    .addHolding(holding(ANH))
                    .build());
    if (!kind.equals(BodyKind.STANDING_OFFICE)) {
      b.addPost(
          Post.builder()
              .id("post." + code + ".tong-thu-ky")
              .kind(PostKind.SECRETARY_GENERAL)
              .addHolding(holding(NGOC))
              .build());
    }
    if (!members.isEmpty()) {
      var post = Post.builder().id("post." + code + ".uy-vien").kind(PostKind.MEMBER);
      members.forEach(m -> post.addHolding(holding(m)));
      b.addPost(post.build());
    }
    if (parent != null) {
      b.parentId(parent);
    }
    if (seats > 0) {
      b.seats(seats);
    }
    return b.build();
  }

  private static PostHolding holding(String person) {
    return PostHolding.builder().personId(person).build();
  }

  /**
   * The Q3 2020 report, presented and commented on, with the four activity areas the seed names
   * (the list cut short with "…").
   *
   * @return the report, not null
   */
  public static Report q3Report() {
    return Report.builder()
        .id("report.2020-q3")
        .title(
            BilingualText.of(
                "Báo cáo kết quả hoạt động quý III năm 2020", "Report on the results of Q3 2020"))
        .period(ReportingPeriod.quarter(2020, 3))
        .documentNumber("12/BC-LHH")
        .addStatusHistory(ReportStatus.DRAFT, ReportStatus.PRESENTED, ReportStatus.COMMENTED)
        .addResult(ActivityResult.builder().area(ActivityArea.ORGANISATION_BUILDING).build())
        .addResult(ActivityResult.builder().area(ActivityArea.DISSEMINATION).build())
        .addResult(
            ActivityResult.builder().area(ActivityArea.CONSULTING_CRITIQUE_ASSESSMENT).build())
        .addResult(ActivityResult.builder().area(ActivityArea.CONTESTS_AWARDS_HONOURS).build())
        .resultsComplete(false)
        .addContext(BilingualText.of("Phòng chống dịch COVID-19", "COVID-19 measures"))
        .addTasksForNextPeriod(
            BilingualText.of(
                "Triển khai nhiệm vụ quý IV năm 2020", "Carry out the tasks of Q4 2020"))
        .build();
  }

  private static AgendaItem reportItem() {
    return AgendaItem.builder()
        .title(
            BilingualText.of(
                "Đánh giá kết quả hoạt động quý III năm 2020", "Review of the results of Q3 2020"))
        .addPresentation(
            Presentation.builder()
                .presenterId(NGOC)
                .document(
                    BilingualText.of(
                        "Dự thảo báo cáo kết quả hoạt động quý III năm 2020",
                        "Draft report on the results of Q3 2020"))
                .reportId("report.2020-q3")
                .build())
        .addComment(
            Comment.builder()
                .speakerGroup(SpeakerGroup.DELEGATES)
                .summary(
                    BilingualText.of(
                        "Các đại biểu đóng góp thêm ý kiến",
                        "The delegates contributed further comments"))
                .build())
        .conclusion(
            Conclusion.builder()
                .speakerId(KE)
                .summary(
                    BilingualText.of(
                        "Bám sát chương trình, nhiệm vụ chính trị của thành phố",
                        "Follow the city's programme and political tasks"))
                .addDirection(
                    BilingualText.of(
                        "Tập trung thực hiện nhiệm vụ quý IV năm 2020",
                        "Concentrate on the tasks of Q4 2020"))
                .forPeriod(ReportingPeriod.quarter(2020, 4))
                .build())
        .build();
  }

  /**
   * A complete record: a regular Standing Committee meeting on 15 October 2020, four seats,
   * per-person attendance with counts (three present, one excused), the chair, the Q3 report
   * presented, and a decision adopted by 3 of 3 votes. It passes with no finding.
   *
   * @return the record, not null
   */
  public static MeetingRecord complete() {
    return MeetingRecord.builder()
        .organisation(haiPhong())
        .term(term(true))
        .people(people())
        .meeting(
            q3Meeting()
                .date(PartialDate.of(LocalDate.of(2020, 10, 15)))
                .venue(BilingualText.of("Hải Phòng", "Hai Phong"))
                .chairId(KE)
                .recorderId(UOC)
                .attendance(
                    Attendance.builder()
                        .addEntry(
                            AttendanceEntry.builder()
                                .personId(KE)
                                .status(AttendanceStatus.PRESENT)
                                .build())
                        .addEntry(
                            AttendanceEntry.builder()
                                .personId(NGOC)
                                .status(AttendanceStatus.PRESENT)
                                .build())
                        .addEntry(
                            AttendanceEntry.builder()
                                .personId(ANH)
                                .status(AttendanceStatus.REMOTE)
                                .build())
                        .addEntry(
                            AttendanceEntry.builder()
                                .personId(UOC)
                                .status(AttendanceStatus.EXCUSED)
                                .build())
                        .counts(AttendanceCounts.builder().present(3).excused(1).absent(0).build())
                        .build())
                .addAgenda(reportItem())
                .addAgenda(
                    AgendaItem.builder()
                        .title(BilingualText.of("Kế hoạch quý IV năm 2020", "Plan for Q4 2020"))
                        .addDecision(
                            Decision.builder()
                                .title(
                                    BilingualText.of(
                                        "Thông qua kế hoạch quý IV", "Adopt the Q4 plan"))
                                .method(VoteMethod.SHOW_OF_HANDS)
                                .votes(
                                    VoteCount.builder()
                                        .inFavour(3)
                                        .against(0)
                                        .abstaining(0)
                                        .build())
                                .outcome(DecisionOutcome.ADOPTED)
                                .build())
                        .build())
                .build())
        .addReports(q3Report())
        .build();
  }

  /** What both records say of the meeting: the Standing Committee's Q3 2020 conference. */
  private static ImmutableMeeting.Builder q3Meeting() {
    return Meeting.builder()
        .id("meeting.btv-2020-q3")
        .bodyId("body.btv")
        .kind(MeetingKind.REGULAR)
        .title(
            BilingualText.of(
                "Hội nghị Ban Thường vụ quý III năm 2020",
                "Standing Committee conference, Q3 2020"))
        .reviewedPeriod(ReportingPeriod.quarter(2020, 3));
  }

  /**
   * A record like the seed: what the news item states and nothing more. No date, no venue, no
   * attendance, no seat counts, no full-time flags; the chair, the presenter, the delegates'
   * comments and the chair's conclusion. It has "not checked" findings and no error.
   *
   * @return the record, not null
   */
  public static MeetingRecord seedLike() {
    return MeetingRecord.builder()
        .organisation(haiPhong())
        .term(term(false))
        .people(people())
        .meeting(q3Meeting().chairId(KE).addAgenda(reportItem()).build())
        .addReports(q3Report())
        .build();
  }
}
