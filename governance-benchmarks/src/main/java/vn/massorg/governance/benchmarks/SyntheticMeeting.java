package vn.massorg.governance.benchmarks;

import java.util.ArrayList;
import java.util.List;
import vn.massorg.governance.model.AcademicTitle;
import vn.massorg.governance.model.ActivityArea;
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
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.MemberUnit;
import vn.massorg.governance.model.MemberUnitKind;
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
import vn.massorg.governance.model.Threshold;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.model.VoteMethod;

/**
 * A synthetic Executive Committee meeting of a fictitious provincial union, built with the public
 * builders, for the "large" benchmark document: every attendee is a named member of the Executive
 * Committee with an attendance entry, every agenda item has a presentation, comments, a voted
 * decision and a conclusion, and the reports carry results, context and tasks.
 *
 * <p>The people, the organisation and the texts are invented for load, not taken from any real
 * record; names are generated from common Vietnamese family, middle and given names so that the
 * text is real Vietnamese (precomposed, NFC) of realistic length. The record is built to satisfy
 * the model's invariants and the standard validator's rules, so a benchmark measures validation of
 * a well-formed record, the common case, rather than the reporting of errors.
 */
public final class SyntheticMeeting {
  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý", "Đinh", "Trịnh"
  };
  private static final String[] MIDDLE = {
    "Văn", "Thị", "Minh", "Đức", "Thanh", "Hữu", "Quang", "Ngọc", "Xuân", "Thu"
  };
  private static final String[] GIVEN = {
    "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương",
    "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo",
    "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Yến", "Đạt", "Kể", "Ngọc"
  };
  private static final ActivityArea[] AREAS = {
    ActivityArea.ORGANISATION_BUILDING,
    ActivityArea.DISSEMINATION,
    ActivityArea.CONSULTING_CRITIQUE_ASSESSMENT,
    ActivityArea.CONTESTS_AWARDS_HONOURS,
    ActivityArea.RESEARCH,
    ActivityArea.ENVIRONMENT,
    ActivityArea.EDUCATION_TRAINING,
    ActivityArea.COMMUNITY_DEVELOPMENT,
    ActivityArea.COOPERATION
  };
  private static final String[] TOPICS = {
    "công tác xây dựng và phát triển tổ chức, kết nạp hội thành viên mới",
    "công tác tuyên truyền, phổ biến kiến thức khoa học và công nghệ trên địa bàn tỉnh",
    "hoạt động tư vấn, phản biện và giám định xã hội đối với các đề án, dự án của tỉnh",
    "tổ chức Hội thi Sáng tạo kỹ thuật và Cuộc thi Sáng tạo dành cho thanh thiếu niên, nhi đồng",
    "kế hoạch biểu dương, tôn vinh trí thức khoa học và công nghệ tiêu biểu",
    "chương trình hợp tác với các viện, trường đại học và doanh nghiệp trong và ngoài nước",
    "công tác kiểm tra, giám sát việc thực hiện Điều lệ và quy chế hoạt động",
    "dự toán kinh phí hoạt động và công tác tài chính của cơ quan Liên hiệp Hội",
    "hoạt động của các trung tâm, đơn vị trực thuộc và câu lạc bộ",
    "công tác thi đua, khen thưởng và chuẩn bị tổng kết năm"
  };

  /** The document of the "large" benchmark: 60 attendees, 10 agenda items, two reports. */
  public static MeetingRecord large() {
    return build(60, 10, 2);
  }

  private SyntheticMeeting() {}

  /**
   * Builds a meeting of the Executive Committee.
   *
   * @param attendees the members of the Executive Committee, each with an attendance entry; at
   *     least 12
   * @param agendaItems the agenda items, at least 1
   * @param reports the reports presented, 1 or 2
   * @return the record, not null
   */
  public static MeetingRecord build(int attendees, int agendaItems, int reports) {
    if (attendees < 12 || agendaItems < 1 || reports < 1 || reports > 2) {
      throw new IllegalArgumentException("attendees >= 12, agendaItems >= 1, reports 1..2");
    }
    List<Person> people = new ArrayList<>();
    for (int i = 1; i <= attendees; i++) {
      people.add(person(i));
    }
    PartialDate termStart = PartialDate.parse("2021-06-15");
    List<Report> reportList = new ArrayList<>();
    reportList.add(
        report(
            "bc-2023-h1",
            ReportingPeriod.halfYear(2023, 1),
            "125/BC-LHH",
            "Báo cáo kết quả hoạt động 6 tháng đầu năm 2023, phương hướng nhiệm vụ 6 tháng cuối năm",
            "Report on the activities of the first half of 2023 and directions for the second half"));
    if (reports == 2) {
      reportList.add(
          report(
              "bc-2023-q2",
              ReportingPeriod.quarter(2023, 2),
              "118/BC-LHH",
              "Báo cáo kết quả hoạt động quý II năm 2023 của Thường trực Liên hiệp Hội",
              "Report of the Standing Office on the activities of Q2 2023"));
    }
    return MeetingRecord.builder()
        .organisation(organisation())
        .term(term(termStart, attendees))
        .people(people)
        .meeting(meeting(attendees, agendaItems, reportList))
        .reports(reportList)
        .build();
  }

  private static Organisation organisation() {
    return Organisation.builder()
        .id("lhh-tinh-thu-nghiem")
        .name(
            BilingualText.of(
                "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thử Nghiệm",
                "Union of Science and Technology Associations of Thu Nghiem Province"))
        .abbreviation("Liên hiệp Hội")
        .level(OrganisationLevel.PROVINCIAL)
        .parentId("vusta")
        .addMemberUnits(
            unit(
                "hoi-tin-hoc",
                "Hội Tin học tỉnh",
                "Provincial Informatics Association",
                MemberUnitKind.MEMBER_ASSOCIATION),
            unit(
                "hoi-y-hoc",
                "Hội Y học tỉnh",
                "Provincial Medical Association",
                MemberUnitKind.MEMBER_ASSOCIATION),
            unit(
                "hoi-nong-nghiep",
                "Hội Khoa học Kỹ thuật Nông nghiệp",
                "Association of Agricultural Science and Technology",
                MemberUnitKind.MEMBER_ASSOCIATION),
            unit(
                "trung-tam-tu-van",
                "Trung tâm Tư vấn và Chuyển giao Công nghệ",
                "Centre for Consulting and Technology Transfer",
                MemberUnitKind.CENTRE),
            unit(
                "clb-nha-khoa-hoc-tre",
                "Câu lạc bộ Nhà khoa học trẻ",
                "Young Scientists Club",
                MemberUnitKind.CLUB))
        .build();
  }

  private static MemberUnit unit(String id, String vi, String en, MemberUnitKind kind) {
    return MemberUnit.builder().id(id).name(BilingualText.of(vi, en)).kind(kind).build();
  }

  private static Person person(int i) {
    var builder =
        Person.builder()
            .id(personId(i))
            .familyName(FAMILY[i % FAMILY.length])
            .middleName(MIDDLE[(i * 7) % MIDDLE.length])
            .givenName(GIVEN[(i * 11) % GIVEN.length]);
    if (i % 3 == 0) {
      builder.academicTitle(i % 2 == 0 ? AcademicTitle.PGS_TS : AcademicTitle.TS);
    } else {
      builder.formOfAddress(FormOfAddress.COMRADE);
    }
    return builder.build();
  }

  private static String personId(int i) {
    return String.format("nguoi-%03d", i);
  }

  /**
   * Executive Committee (all attendees), Standing Committee (the first 12), Standing Office
   * (chairman and three vice-chairmen), Party Delegation and Inspection Committee.
   */
  private static Term term(PartialDate start, int members) {
    var bchMembers = Post.builder().id("bch-uy-vien").kind(PostKind.MEMBER);
    for (int i = 1; i <= members; i++) {
      bchMembers.addHolding(holding(i, start));
    }
    var btvMembers = Post.builder().id("btv-uy-vien").kind(PostKind.MEMBER);
    for (int i = 1; i <= 12; i++) {
      btvMembers.addHolding(holding(i, start));
    }
    Body bch =
        Body.builder()
            .id("bch")
            .kind(BodyKind.EXECUTIVE_COMMITTEE)
            .name(BilingualText.of("Ban Chấp hành", "Executive Committee"))
            .seats(members)
            .addPost(bchMembers.build())
            .build();
    Body btv =
        Body.builder()
            .id("btv")
            .kind(BodyKind.STANDING_COMMITTEE)
            .name(BilingualText.of("Ban Thường vụ", "Standing Committee"))
            .parentId("bch")
            .seats(12)
            .addPosts(
                Post.builder()
                    .id("chu-tich")
                    .kind(PostKind.CHAIRMAN)
                    .fullTime(true)
                    .addHolding(holding(1, start))
                    .build(),
                Post.builder()
                    .id("pho-chu-tich-chuyen-trach")
                    .kind(PostKind.VICE_CHAIRMAN)
                    .fullTime(true)
                    .addHoldings(holding(2, start), holding(3, start))
                    .build(),
                Post.builder()
                    .id("pho-chu-tich-kiem-nhiem")
                    .kind(PostKind.VICE_CHAIRMAN)
                    .fullTime(false)
                    .addHolding(holding(4, start))
                    .build(),
                Post.builder()
                    .id("tong-thu-ky")
                    .kind(PostKind.SECRETARY_GENERAL)
                    .addHolding(holding(3, start))
                    .build(),
                btvMembers.build())
            .build();
    Body office =
        Body.builder()
            .id("thuong-truc")
            .kind(BodyKind.STANDING_OFFICE)
            .name(BilingualText.of("Thường trực Liên hiệp Hội", "Standing Office"))
            .parentId("btv")
            .addPost(
                Post.builder()
                    .id("thuong-truc-thanh-vien")
                    .kind(PostKind.MEMBER)
                    .addHoldings(
                        holding(1, start), holding(2, start), holding(3, start), holding(4, start))
                    .build())
            .build();
    Body party =
        Body.builder()
            .id("dang-doan")
            .kind(BodyKind.PARTY_DELEGATION)
            .name(BilingualText.of("Đảng đoàn Liên hiệp Hội", "Party Delegation"))
            .addPosts(
                Post.builder()
                    .id("bi-thu-dang-doan")
                    .kind(PostKind.PARTY_SECRETARY)
                    .addHolding(holding(1, start))
                    .build(),
                Post.builder()
                    .id("pho-bi-thu-dang-doan")
                    .kind(PostKind.PARTY_DEPUTY_SECRETARY)
                    .addHolding(holding(2, start))
                    .build())
            .build();
    Body inspection =
        Body.builder()
            .id("ban-kiem-tra")
            .kind(BodyKind.INSPECTION_COMMITTEE)
            .name(BilingualText.of("Ban Kiểm tra", "Inspection Committee"))
            .seats(5)
            .addPosts(
                Post.builder()
                    .id("truong-ban-kiem-tra")
                    .kind(PostKind.HEAD)
                    .addHolding(holding(13, start))
                    .build(),
                Post.builder()
                    .id("uy-vien-ban-kiem-tra")
                    .kind(PostKind.MEMBER)
                    .addHoldings(
                        holding(14, start),
                        holding(15, start),
                        holding(16, start),
                        holding(17, start))
                    .build())
            .build();
    return Term.builder()
        .id("khoa-vii")
        .ordinal(7)
        .start(start)
        .end(PartialDate.parse("2026-06-14"))
        .workProgramme(
            BilingualText.of(
                "Chương trình công tác toàn khóa VII, nhiệm kỳ 2021–2026",
                "Whole-term work programme of the seventh term, 2021–2026"))
        .addBodies(bch, btv, office, party, inspection)
        .build();
  }

  private static PostHolding holding(int person, PartialDate start) {
    return PostHolding.builder().personId(personId(person)).start(start).build();
  }

  private static Meeting meeting(int attendees, int agendaItems, List<Report> reports) {
    var attendance = Attendance.builder();
    int present = 0;
    int excused = 0;
    int absent = 0;
    for (int i = 1; i <= attendees; i++) {
      var entry = AttendanceEntry.builder().personId(personId(i));
      if (i % 20 == 7) {
        entry
            .status(AttendanceStatus.EXCUSED)
            .reason(
                BilingualText.of(
                    "Đi công tác theo kế hoạch của cơ quan",
                    "On an official trip planned by the office"));
        excused++;
      } else if (i % 30 == 11) {
        entry.status(AttendanceStatus.ABSENT);
        absent++;
      } else if (i % 10 == 4) {
        entry.status(AttendanceStatus.REMOTE);
        present++;
      } else {
        entry.status(AttendanceStatus.PRESENT);
        present++;
      }
      attendance.addEntry(entry.build());
    }
    attendance.counts(
        AttendanceCounts.builder().present(present).excused(excused).absent(absent).build());
    var meeting =
        Meeting.builder()
            .id("hn-bch-2023-07")
            .bodyId("bch")
            .kind(MeetingKind.REGULAR)
            .title(
                BilingualText.of(
                    "Hội nghị Ban Chấp hành lần thứ năm, khóa VII",
                    "Fifth meeting of the Executive Committee, seventh term"))
            .reviewedPeriod(ReportingPeriod.halfYear(2023, 1))
            .date(PartialDate.parse("2023-07-20"))
            .venue(BilingualText.of("Hội trường cơ quan Liên hiệp Hội", "The Union's meeting hall"))
            .chairId(personId(1))
            .recorderId(personId(5))
            .attendance(attendance.build());
    int voters = present;
    for (int a = 0; a < agendaItems; a++) {
      meeting.addAgenda(agendaItem(a, voters, reports));
    }
    return meeting.build();
  }

  private static AgendaItem agendaItem(int a, int voters, List<Report> reports) {
    String topic = TOPICS[a % TOPICS.length];
    int presenter = 2 + a % 4;
    var presentation =
        Presentation.builder()
            .presenterId(personId(presenter))
            .document(
                BilingualText.of(
                    "Tờ trình về " + topic, "Submission on item " + (a + 1) + " of the agenda"));
    if (a < reports.size()) {
      presentation.reportId(reports.get(a).getId());
    }
    int inFavour = voters - 3;
    return AgendaItem.builder()
        .title(
            BilingualText.of(
                "Nội dung " + (a + 1) + ": " + topic, "Item " + (a + 1) + " of the agenda"))
        .addPresentation(presentation.build())
        .addComments(
            Comment.builder()
                .speakerId(personId(6 + a))
                .summary(
                    BilingualText.of(
                        "Đề nghị bổ sung số liệu cụ thể và làm rõ nguyên nhân của những hạn chế về "
                            + topic,
                        "Asked for figures and for the causes of the shortcomings"))
                .build(),
            Comment.builder()
                .speakerId(personId(18 + a))
                .summary(
                    BilingualText.of(
                        "Nhất trí với dự thảo, đề nghị tăng cường phối hợp với các sở, ngành và hội "
                            + "thành viên trong triển khai",
                        "Agreed with the draft; asked for closer "
                            + "coordination with departments and member associations"))
                .build(),
            Comment.builder()
                .speakerGroup(SpeakerGroup.DELEGATES)
                .summary(
                    BilingualText.of(
                        "Các đại biểu đánh giá cao kết quả đạt được và thống nhất với phương hướng, "
                            + "nhiệm vụ đề ra",
                        "The delegates praised the results and agreed with the " + "directions"))
                .build())
        .addDecision(
            Decision.builder()
                .title(BilingualText.of("Thông qua " + topic, "Adoption of item " + (a + 1)))
                .method(VoteMethod.SHOW_OF_HANDS)
                .votes(VoteCount.builder().inFavour(inFavour).against(1).abstaining(2).build())
                .requiredMajority(Threshold.atLeast(2, 3))
                .outcome(DecisionOutcome.ADOPTED)
                .build())
        .conclusion(
            Conclusion.builder()
                .speakerId(personId(1))
                .summary(
                    BilingualText.of(
                        "Kết luận của Chủ tịch về " + topic,
                        "The Chairman's conclusion on item " + (a + 1)))
                .addDirections(
                    BilingualText.of(
                        "Tiếp thu ý kiến đóng góp, hoàn thiện dự thảo trước ngày 30/7",
                        "Take the comments in and finish the draft by 30 July"),
                    BilingualText.of(
                        "Giao Thường trực Liên hiệp Hội chỉ đạo triển khai thực hiện",
                        "The Standing Office directs the implementation"))
                .forPeriod(ReportingPeriod.halfYear(2023, 2))
                .build())
        .build();
  }

  private static Report report(
      String id, ReportingPeriod period, String number, String vi, String en) {
    var report =
        Report.builder()
            .id(id)
            .title(BilingualText.of(vi, en))
            .period(period)
            .documentNumber(number)
            .addStatusHistory(ReportStatus.DRAFT, ReportStatus.PRESENTED, ReportStatus.COMMENTED)
            .resultsComplete(false)
            .addContext(
                BilingualText.of(
                    "Tình hình kinh tế – xã hội của tỉnh tiếp tục phục hồi",
                    "The province's economy and society continued to recover"),
                BilingualText.of(
                    "Triển khai Nghị quyết số 45-NQ/TW về xây dựng và phát huy vai trò "
                        + "của đội ngũ trí thức",
                    "Carrying out Resolution 45-NQ/TW on intellectuals"))
            .addTasksForNextPeriod(
                BilingualText.of(
                    "Tổ chức thành công Hội thi Sáng tạo kỹ thuật lần thứ XII",
                    "Hold the twelfth Technical Innovation Contest"),
                BilingualText.of(
                    "Đẩy mạnh hoạt động tư vấn, phản biện và giám định xã hội",
                    "Step up consulting, critique and social assessment"),
                BilingualText.of(
                    "Kiện toàn tổ chức, kết nạp thêm hội thành viên",
                    "Strengthen the organisation and admit new member associations"));
    for (int i = 0; i < 6; i++) {
      ActivityArea area = AREAS[i];
      report.addResult(
          vn.massorg.governance.model.ActivityResult.builder()
              .area(area)
              .summary(
                  BilingualText.of(
                      "Hoàn thành "
                          + (80 + 3 * i)
                          + "% kế hoạch về "
                          + TOPICS[i % TOPICS.length]
                          + "; tổ chức "
                          + (4 + i)
                          + " hội thảo, tọa đàm",
                      "Completed "
                          + (80 + 3 * i)
                          + "% of the plan; held "
                          + (4 + i)
                          + " workshops"))
              .build());
    }
    return report.build();
  }
}
