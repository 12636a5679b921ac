package vn.massorg.governance.examples;

import vn.massorg.governance.model.AcademicTitle;
import vn.massorg.governance.model.ActivityArea;
import vn.massorg.governance.model.ActivityResult;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.Comment;
import vn.massorg.governance.model.Conclusion;
import vn.massorg.governance.model.FormOfAddress;
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

/**
 * The Standing Committee meeting of the Hai Phong Union of Science and Technology Associations for
 * the third quarter of 2020, recreated from the union's own news item with the library's public
 * API: the project's seed and a record to copy from.
 *
 * <p>Vietnamese: <i>Hội nghị Ban Thường vụ Liên hiệp Hội Hải Phòng quý III năm 2020</i>.
 *
 * <p>Every fact below is stated in the source; each comment cites the paragraph it comes from (¶1
 * is the title, ¶2 the opening paragraph, ¶4 the quarter's context, ¶5 the caption of the
 * presentation, ¶6 the delegates' comments, ¶7 the conclusion). Vietnamese quotations are verbatim,
 * English follows the project's working translation. What the source does not state is left out,
 * which the model reads as "not recorded": the date, the venue, the attendance, the number of
 * members, the term's ordinal, the union's parent (VUSTA), the dates of the post holdings, whether
 * the Vice-Chairman is full-time, the report's figures and its number.
 *
 * <pre>{@code
 * MeetingRecord record = HaiPhongStandingCommitteeQ3_2020.record();
 * ValidationReport report = GovernanceValidator.standard().validate(record);
 * report.hasErrors();                        // false
 * report.findings(Severity.NOT_CHECKED);     // the quorum, the dates, ... with their reasons
 * record.titleOf(HaiPhongStandingCommitteeQ3_2020.NGOC, Locale.forLanguageTag("vi"));
 *                                            // "Phó Chủ tịch kiêm Tổng Thư ký"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HaiPhongStandingCommitteeQ3_2020 {
  /** The union's identifier. */
  public static final String ORGANISATION = "org.lhh-hai-phong";

  /** The term's identifier. */
  public static final String TERM = "term.2019-2024";

  /** The Standing Committee (Ban Thường vụ), the body that met. */
  public static final String STANDING_COMMITTEE = "body.ban-thuong-vu";

  /** The Standing Office (Thường trực). */
  public static final String STANDING_OFFICE = "body.thuong-truc";

  /** The Party Delegation (Đảng đoàn). */
  public static final String PARTY_DELEGATION = "body.dang-doan";

  /** TS. Hoàng Văn Kể, who chaired. */
  public static final String KE = "person.hoang-van-ke";

  /** Đ/c Hoàng Minh Ngọc, who presented the draft report. */
  public static final String NGOC = "person.hoang-minh-ngoc";

  /** The meeting's identifier. */
  public static final String MEETING = "meeting.btv-2020-q3";

  /** The draft Q3 2020 report's identifier. */
  public static final String REPORT = "report.2020-q3";

  private static final MeetingRecord RECORD = build();

  private HaiPhongStandingCommitteeQ3_2020() {}

  /**
   * The record of the meeting, built once.
   *
   * @return the record, not null
   */
  public static MeetingRecord record() {
    return RECORD;
  }

  private static MeetingRecord build() {
    // ¶2: "Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng (Liên hiệp Hội)". A city union; the
    // text does not say it is a member of VUSTA, so no parent, and it names no member units.
    Organisation haiPhong =
        Organisation.builder()
            .id(ORGANISATION)
            .name(
                BilingualText.of(
                    "Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng",
                    "Hai Phong Union of Science and Technology Associations"))
            .abbreviation("Liên hiệp Hội")
            .level(OrganisationLevel.CITY)
            .build();

    // ¶2 and ¶7: "TS. Hoàng Văn Kể, Bí thư Đảng đoàn, Chủ tịch Liên hiệp Hội".
    Person ke =
        Person.builder()
            .id(KE)
            .familyName("Hoàng")
            .middleName("Văn")
            .givenName("Kể")
            .academicTitle(AcademicTitle.TS)
            .build();

    // ¶5: "Đ/c Hoàng Minh Ngọc – Phó Chủ tịch kiêm Tổng Thư ký Liên hiệp Hội".
    Person ngoc =
        Person.builder()
            .id(NGOC)
            .familyName("Hoàng")
            .middleName("Minh")
            .givenName("Ngọc")
            .formOfAddress(FormOfAddress.COMRADE)
            .build();

    // ¶2, ¶6, ¶7: the Ban Thường vụ (BTV) met. Its seats are not stated, and the Executive
    // Committee it is elected from is not named, so it has no parent here.
    Body standingCommittee =
        Body.builder()
            .id(STANDING_COMMITTEE)
            .kind(BodyKind.STANDING_COMMITTEE)
            .name(
                BilingualText.of("Ban Thường vụ Liên hiệp Hội", "Standing Committee of the Union"))
            .build();

    // ¶6, ¶7: "Thường trực Liên hiệp Hội", within the Standing Committee. The posts come from
    // the titles of ¶2 and ¶5; "kiêm" joins two posts held at once, each a holding of its own.
    // No holding is dated: the text gives no dates, so each runs for the term as far as the
    // record knows. Whether the Vice-Chairman's post is full-time is not stated.
    Body standingOffice =
        Body.builder()
            .id(STANDING_OFFICE)
            .kind(BodyKind.STANDING_OFFICE)
            .name(BilingualText.of("Thường trực Liên hiệp Hội", "Standing Office of the Union"))
            .parentId(STANDING_COMMITTEE)
            .addPosts(
                Post.builder()
                    .id("post.chairman")
                    .kind(PostKind.CHAIRMAN)
                    .addHolding(PostHolding.builder().personId(KE).build())
                    .build(),
                Post.builder()
                    .id("post.vice-chairman")
                    .kind(PostKind.VICE_CHAIRMAN)
                    .addHolding(PostHolding.builder().personId(NGOC).build())
                    .build(),
                Post.builder()
                    .id("post.secretary-general")
                    .kind(PostKind.SECRETARY_GENERAL)
                    .addHolding(PostHolding.builder().personId(NGOC).build())
                    .build())
            .build();

    // ¶2, ¶7: "Bí thư Đảng đoàn".
    Body partyDelegation =
        Body.builder()
            .id(PARTY_DELEGATION)
            .kind(BodyKind.PARTY_DELEGATION)
            .name(BilingualText.of("Đảng đoàn", "Party Delegation"))
            .addPost(
                Post.builder()
                    .id("post.party-secretary")
                    .kind(PostKind.PARTY_SECRETARY)
                    .addHolding(PostHolding.builder().personId(KE).build())
                    .build())
            .build();

    // ¶2: "Thực hiện Chương trình công tác toàn khóa, nhiệm kỳ 2019 – 2024". The ordinal of the
    // term (khóa) is not stated.
    Term term =
        Term.builder()
            .id(TERM)
            .start(PartialDate.ofYear(2019))
            .end(PartialDate.ofYear(2024))
            .workProgramme(
                BilingualText.of("Chương trình công tác toàn khóa", "Whole-term work programme"))
            .addBodies(standingCommittee, standingOffice, partyDelegation)
            .build();

    // ¶5: the draft report; ¶6 names it in full with the tasks to the end of the year.
    // ¶4 gives its context and the areas of the quarter's work; the list of areas ends with
    // "…", so it is not complete, and no area's results are summarised.
    Report q3Report =
        Report.builder()
            .id(REPORT)
            .title(
                BilingualText.of(
                    "Dự thảo báo cáo kết quả hoạt động quý III năm 2020 "
                        + "(và nhiệm vụ công tác đến hết năm 2020)",
                    "Draft report on the results of Q3 2020 activities (and tasks to the end of 2020)"))
            .period(ReportingPeriod.quarter(2020, 3))
            // ¶5 presented, ¶6 commented on, ¶7 concluded by the chair; no vote is recorded.
            .addStatusHistory(
                ReportStatus.DRAFT,
                ReportStatus.PRESENTED,
                ReportStatus.COMMENTED,
                ReportStatus.CONCLUDED)
            .addResults(
                ActivityResult.builder().area(ActivityArea.ORGANISATION_BUILDING).build(),
                ActivityResult.builder().area(ActivityArea.DISSEMINATION).build(),
                ActivityResult.builder().area(ActivityArea.CONSULTING_CRITIQUE_ASSESSMENT).build(),
                ActivityResult.builder().area(ActivityArea.CONTESTS_AWARDS_HONOURS).build())
            .resultsComplete(false)
            .addContext(
                BilingualText.of(
                    "Quý III năm 2020, là thời gian tập trung nhiều ngày lễ lớn, "
                        + "trọng đại của đất nước",
                    "Q3 2020 held many major national anniversaries"),
                BilingualText.of(
                    "các cấp các ngành tập trung cao việc tổ chức đại hội Đảng các cấp "
                        + "tiến tới Đại hội Đảng bộ thành phố và Đại hội Đảng toàn quốc lần thứ XIII",
                    "every level and sector was focused on the Party congresses at all levels "
                        + "leading to the City Party Congress and the 13th National Party Congress"),
                BilingualText.of(
                    "mọi hoạt động đều được triển khai thực hiện trong điều kiện tuân "
                        + "thủ nghiêm túc các biện pháp phòng chống dịch COVID -19 của Chính phủ và "
                        + "thành phố",
                    "all activity had to follow the Government's and the city's COVID-19 measures"),
                BilingualText.of(
                    "toàn hệ thống Liên hiệp các hội Khoa học và Kỹ thuật Hải Phòng "
                        + "(Liên hiệp Hội) đã triển khai thực hiện theo đúng chức năng nhiệm vụ với "
                        + "tinh thần cố gắng khắc phục khó khăn, đổi mới, nâng cao chất lượng hoạt "
                        + "động",
                    "the Union's whole system did its work, striving to overcome difficulties, to "
                        + "renew itself and to raise the quality of its activities"))
            .build();

    // ¶5: the presentation, first on the agenda as the text tells it.
    AgendaItem presentation =
        AgendaItem.builder()
            .title(
                BilingualText.of(
                    "Trình bày Dự thảo báo cáo kết quả hoạt động quý III năm 2020",
                    "Presentation of the draft report on the results of Q3 2020 activities"))
            .addPresentation(
                Presentation.builder()
                    .presenterId(NGOC)
                    .document(
                        BilingualText.of(
                            "Dự thảo báo cáo kết quả hoạt động quý III năm 2020",
                            "Draft report on the results of Q3 2020 activities"))
                    .reportId(REPORT)
                    .build())
            .build();

    // ¶6: "các đại biểu" speak as a group; no one is named.
    AgendaItem comments =
        AgendaItem.builder()
            .title(BilingualText.of("Ý kiến đóng góp của các đại biểu", "The delegates' comments"))
            .addComments(
                Comment.builder()
                    .speakerGroup(SpeakerGroup.DELEGATES)
                    .summary(
                        BilingualText.of(
                            "đóng góp thêm một số ý kiến vào Dự thảo Báo cáo kết quả hoạt động quý III "
                                + "và nhiệm vụ công tác đến hết năm 2020",
                            "contributed further comments on the draft report on Q3 results and on the "
                                + "tasks to the end of 2020"))
                    .build(),
                Comment.builder()
                    .speakerGroup(SpeakerGroup.DELEGATES)
                    .summary(
                        BilingualText.of(
                            "đánh giá cao các kết quả đạt được của Thường trực Liên hiệp Hội và các hội "
                                + "thành viên, trung tâm, đơn vị trực thuộc trong quý III năm 2020",
                            "rated highly the results achieved in Q3 2020 by the Union's Standing "
                                + "Office and by the member associations, centres and affiliated units"))
                    .build())
            .build();

    // ¶7: "Phát biểu Kết luận Hội nghị" by the chair, with the directions for Q4 2020.
    AgendaItem conclusion =
        AgendaItem.builder()
            .title(BilingualText.of("Phát biểu Kết luận Hội nghị", "Closing the conference"))
            .conclusion(
                Conclusion.builder()
                    .speakerId(KE)
                    .summary(
                        BilingualText.of(
                            "ghi nhận các ý kiến đóng góp của các đồng chí ủy viên BTV",
                            "acknowledged the comments of the Standing Committee members"))
                    .addDirections(
                        BilingualText.of(
                            "bám sát chương trình, nhiệm vụ chính trị của thành phố",
                            "follow closely the city's programme and political tasks"),
                        BilingualText.of(
                            "tập trung thực hiện tốt các phương hướng, nhiệm vụ trong quý IV "
                                + "năm 2020 đã đề ra",
                            "concentrate on carrying out the directions and tasks set for Q4 2020"))
                    .forPeriod(ReportingPeriod.quarter(2020, 4))
                    .build())
            .build();

    // ¶1 and ¶2: a Standing Committee conference reviewing Q3 2020, chaired by TS. Hoàng Văn Kể.
    // The date, the venue, the recorder and the attendance are not stated.
    Meeting meeting =
        Meeting.builder()
            .id(MEETING)
            .bodyId(STANDING_COMMITTEE)
            .kind(MeetingKind.REGULAR)
            .title(
                BilingualText.of(
                    "Hội nghị Ban Thường vụ Liên hiệp Hội Hải Phòng quý III năm 2020",
                    "Standing Committee Conference of the Hai Phong Union of Associations, Q3 2020"))
            .reviewedPeriod(ReportingPeriod.quarter(2020, 3))
            .chairId(KE)
            .addAgenda(presentation, comments, conclusion)
            .build();

    return MeetingRecord.builder()
        .organisation(haiPhong)
        .term(term)
        .addPeople(ke, ngoc)
        .meeting(meeting)
        .addReports(q3Report)
        .build();
  }
}
