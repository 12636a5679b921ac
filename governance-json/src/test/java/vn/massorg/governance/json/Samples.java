package vn.massorg.governance.json;

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

/** Hand-built records for the format's tests. */
final class Samples {
  private Samples() {}

  /**
   * The seed meeting as far as its source states it (Standing Committee of the Hai Phong Union, Q3
   * 2020): no date, venue, attendance, vote or figures, because the source gives none.
   */
  static MeetingRecord haiPhong() {
    Person ke =
        Person.builder()
            .id("person.hoang-van-ke")
            .familyName("Hoàng")
            .middleName("Văn")
            .givenName("Kể")
            .academicTitle(AcademicTitle.TS)
            .build();
    Person ngoc =
        Person.builder()
            .id("person.hoang-minh-ngoc")
            .familyName("Hoàng")
            .middleName("Minh")
            .givenName("Ngọc")
            .formOfAddress(FormOfAddress.COMRADE)
            .build();
    Body standing =
        Body.builder()
            .id("body.ban-thuong-vu")
            .kind(BodyKind.STANDING_COMMITTEE)
            .name(BilingualText.of("Ban Thường vụ", "Standing Committee"))
            .addPost(
                Post.builder()
                    .id("post.chairman")
                    .kind(PostKind.CHAIRMAN)
                    .addHolding(PostHolding.builder().personId(ke.getId()).build())
                    .build())
            .addPost(
                Post.builder()
                    .id("post.vice-chairman")
                    .kind(PostKind.VICE_CHAIRMAN)
                    .addHolding(PostHolding.builder().personId(ngoc.getId()).build())
                    .build())
            .addPost(
                Post.builder()
                    .id("post.secretary-general")
                    .kind(PostKind.SECRETARY_GENERAL)
                    .addHolding(PostHolding.builder().personId(ngoc.getId()).build())
                    .build())
            .build();
    Body party =
        Body.builder()
            .id("body.dang-doan")
            .kind(BodyKind.PARTY_DELEGATION)
            .name(BilingualText.of("Đảng đoàn", "Party Delegation"))
            .addPost(
                Post.builder()
                    .id("post.party-secretary")
                    .kind(PostKind.PARTY_SECRETARY)
                    .addHolding(PostHolding.builder().personId(ke.getId()).build())
                    .build())
            .build();
    Report q3 =
        Report.builder()
            .id("report.2020-q3")
            .title(
                BilingualText.of(
                    "Dự thảo báo cáo kết quả hoạt động quý III năm 2020",
                    "Draft report on the results of Q3 2020 activities"))
            .period(ReportingPeriod.quarter(2020, 3))
            .addStatusHistory(ReportStatus.DRAFT)
            .addStatusHistory(ReportStatus.PRESENTED)
            .addResult(ActivityResult.builder().area(ActivityArea.ORGANISATION_BUILDING).build())
            .addResult(ActivityResult.builder().area(ActivityArea.DISSEMINATION).build())
            .resultsComplete(false)
            .build();
    Meeting meeting =
        Meeting.builder()
            .id("meeting.btv-2020-q3")
            .bodyId(standing.getId())
            .kind(MeetingKind.REGULAR)
            .title(
                BilingualText.of(
                    "Hội nghị Ban Thường vụ Liên hiệp Hội Hải Phòng quý III năm 2020",
                    "Standing Committee Conference of the Hai Phong Union, Q3 2020"))
            .reviewedPeriod(ReportingPeriod.quarter(2020, 3))
            .chairId(ke.getId())
            .addAgenda(
                AgendaItem.builder()
                    .title(BilingualText.of("Báo cáo kết quả hoạt động quý III năm 2020"))
                    .addPresentation(
                        Presentation.builder()
                            .presenterId(ngoc.getId())
                            .document(q3.getTitle())
                            .reportId(q3.getId())
                            .build())
                    .addComment(
                        Comment.builder()
                            .speakerGroup(SpeakerGroup.DELEGATES)
                            .summary(BilingualText.of("Các đại biểu đóng góp thêm một số ý kiến"))
                            .build())
                    .conclusion(
                        Conclusion.builder()
                            .speakerId(ke.getId())
                            .summary(
                                BilingualText.of(
                                    "Tập trung triển khai phương hướng, nhiệm vụ quý IV"))
                            .forPeriod(ReportingPeriod.quarter(2020, 4))
                            .build())
                    .build())
            .build();
    return MeetingRecord.builder()
        .organisation(
            Organisation.builder()
                .id("org.lhh-hai-phong")
                .name(
                    BilingualText.of(
                        "Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng",
                        "Hai Phong Union of Science and Technology Associations"))
                .abbreviation("Liên hiệp Hội")
                .level(OrganisationLevel.CITY)
                .build())
        .term(
            Term.builder()
                .id("term.2019-2024")
                .start(PartialDate.ofYear(2019))
                .end(PartialDate.ofYear(2024))
                .addBody(standing)
                .addBody(party)
                .build())
        .addPerson(ke)
        .addPerson(ngoc)
        .meeting(meeting)
        .addReport(q3)
        .build();
  }

  /** A record that sets every attribute of the model at least once (invented test data). */
  static MeetingRecord everyAttribute() {
    Person chair =
        Person.builder()
            .id("person.a")
            .familyName("Nguyễn")
            .middleName("Thị")
            .givenName("An")
            .academicTitle(AcademicTitle.PGS_TS)
            .build();
    Person member =
        Person.builder()
            .id("person.b")
            .familyName("Trần")
            .givenName("Bình")
            .formOfAddress(FormOfAddress.of("ong-ba"))
            .build();
    Person substitute = Person.builder().id("person.c").familyName("Lê").givenName("Cường").build();
    Body executive =
        Body.builder()
            .id("body.exec")
            .kind(BodyKind.EXECUTIVE_COMMITTEE)
            .name(BilingualText.of("Ban Chấp hành", "Executive Committee"))
            .seats(35)
            .build();
    Body standing =
        Body.builder()
            .id("body.btv")
            .kind(BodyKind.STANDING_COMMITTEE)
            .name(BilingualText.of("Ban Thường vụ"))
            .parentId(executive.getId())
            .seats(15)
            .addPost(
                Post.builder()
                    .id("post.chair")
                    .kind(PostKind.CHAIRMAN)
                    .fullTime(true)
                    .title(BilingualText.of("Chủ tịch", "Chairwoman"))
                    .addHolding(
                        PostHolding.builder()
                            .personId(chair.getId())
                            .start(PartialDate.parse("2019-10-15"))
                            .end(PartialDate.parse("2024-09"))
                            .build())
                    .build())
            .addPost(
                Post.builder()
                    .id("post.member")
                    .kind(PostKind.of("uy-vien-du-khuyet"))
                    .addHolding(
                        PostHolding.builder()
                            .personId(member.getId())
                            .kind(HoldingKind.ACTING)
                            .build())
                    .build())
            .build();
    Report report =
        Report.builder()
            .id("report.2021-h1")
            .title(BilingualText.of("Báo cáo 6 tháng đầu năm 2021", "Report on H1 2021"))
            .period(ReportingPeriod.halfYear(2021, 1))
            .documentNumber("12/BC-LHH")
            .addStatusHistory(ReportStatus.DRAFT)
            .addStatusHistory(ReportStatus.PRESENTED)
            .addResult(
                ActivityResult.builder()
                    .area(ActivityArea.of("chuyen-doi-so"))
                    .summary(BilingualText.of("Tổ chức 3 hội thảo", "Three workshops"))
                    .build())
            .resultsComplete(true)
            .addContext(BilingualText.of("Dịch COVID-19", "COVID-19"))
            .addTasksForNextPeriod(BilingualText.of("Tổng kết năm"))
            .build();
    Meeting meeting =
        Meeting.builder()
            .id("meeting.m1")
            .bodyId(standing.getId())
            .kind(MeetingKind.EXTRAORDINARY)
            .title(BilingualText.of("Hội nghị bất thường", "Extraordinary meeting"))
            .reviewedPeriod(ReportingPeriod.halfYear(2021, 1))
            .date(PartialDate.parse("2021-07-02"))
            .venue(BilingualText.of("Hội trường \"A\"\t\\ tầng 2", "Hall A"))
            .chairId(chair.getId())
            .recorderId(member.getId())
            .attendance(
                Attendance.builder()
                    .addEntry(
                        AttendanceEntry.builder()
                            .personId(chair.getId())
                            .status(AttendanceStatus.PRESENT)
                            .build())
                    .addEntry(
                        AttendanceEntry.builder()
                            .personId(member.getId())
                            .status(AttendanceStatus.EXCUSED)
                            .reason(BilingualText.of("Ốm", "Ill"))
                            .build())
                    .addEntry(
                        AttendanceEntry.builder()
                            .personId(substitute.getId())
                            .status(AttendanceStatus.SUBSTITUTE)
                            .onBehalfOfId(member.getId())
                            .build())
                    .counts(AttendanceCounts.builder().present(12).excused(2).absent(1).build())
                    .build())
            .addAgenda(
                AgendaItem.builder()
                    .title(BilingualText.of("Nội dung 1"))
                    .chairId(member.getId())
                    .addPresentation(
                        Presentation.builder()
                            .presenterId(chair.getId())
                            .document(BilingualText.of("Tờ trình"))
                            .reportId(report.getId())
                            .build())
                    .addComment(
                        Comment.builder()
                            .speakerId(member.getId())
                            .summary(BilingualText.of("Đồng ý"))
                            .build())
                    .addComment(
                        Comment.builder()
                            .speakerGroup(SpeakerGroup.MEMBER_UNITS)
                            .summary(BilingualText.of("Các hội thành viên đề nghị bổ sung"))
                            .build())
                    .addDecision(
                        Decision.builder()
                            .title(BilingualText.of("Thông qua báo cáo"))
                            .method(VoteMethod.SHOW_OF_HANDS)
                            .votes(
                                VoteCount.builder().inFavour(11).against(0).abstaining(1).build())
                            .requiredMajority(Threshold.moreThan(1, 2))
                            .outcome(DecisionOutcome.ADOPTED)
                            .build())
                    .conclusion(
                        Conclusion.builder()
                            .speakerId(chair.getId())
                            .summary(BilingualText.of("Kết luận", "Conclusion"))
                            .addDirection(BilingualText.of("Hướng 1"))
                            .addDirection(BilingualText.of("Hướng 2"))
                            .forPeriod(ReportingPeriod.nineMonths(2021))
                            .build())
                    .build())
            .build();
    return MeetingRecord.builder()
        .organisation(
            Organisation.builder()
                .id("org.x")
                .name(BilingualText.of("Liên hiệp Hội X"))
                .abbreviation("LHH X")
                .level(OrganisationLevel.PROVINCIAL)
                .parentId("org.vusta")
                .addMemberUnit(
                    MemberUnit.builder()
                        .id("unit.hoi-co-khi")
                        .name(BilingualText.of("Hội Cơ khí"))
                        .kind(MemberUnitKind.MEMBER_ASSOCIATION)
                        .build())
                .build())
        .term(
            Term.builder()
                .id("term.7")
                .ordinal(7)
                .start(PartialDate.parse("2019-10"))
                .end(PartialDate.parse("2024-10"))
                .openingCongressId("meeting.congress-7")
                .workProgramme(BilingualText.of("Chương trình công tác toàn khóa"))
                .addBody(executive)
                .addBody(standing)
                .build())
        .addPerson(chair)
        .addPerson(member)
        .addPerson(substitute)
        .meeting(meeting)
        .addReport(report)
        .build();
  }
}
