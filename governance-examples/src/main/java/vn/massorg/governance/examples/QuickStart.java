package vn.massorg.governance.examples;

import java.util.Locale;
import vn.massorg.governance.model.AcademicTitle;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.Comment;
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
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.model.SpeakerGroup;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The README's quick start, as code that compiles: a short record of the Hai Phong Standing
 * Committee meeting of Q3 2020, validated. The README shows the lines between the markers; a test
 * keeps the two the same. For the whole meeting see {@link HaiPhongStandingCommitteeQ3_2020}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Builds the quick start's record, prints its findings, and returns the report.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run();
  }

  static ValidationReport run() {
    // The README shows this region as it is laid out here (QuickStartTest), not as the
    // formatter would lay it out.
    // spotless:off
    // README:start
    Locale vi = Locale.forLanguageTag("vi");

    Person ke = Person.builder().id("person.hoang-van-ke")
        .familyName("Hoàng").middleName("Văn").givenName("Kể")
        .academicTitle(AcademicTitle.TS).build();
    Person ngoc = Person.builder().id("person.hoang-minh-ngoc")
        .familyName("Hoàng").middleName("Minh").givenName("Ngọc")
        .formOfAddress(FormOfAddress.COMRADE).build();

    Body standingCommittee = Body.builder().id("body.ban-thuong-vu")
        .kind(BodyKind.STANDING_COMMITTEE)
        .name(BilingualText.of("Ban Thường vụ Liên hiệp Hội", "Standing Committee")).build();
    Body standingOffice = Body.builder().id("body.thuong-truc")
        .kind(BodyKind.STANDING_OFFICE).parentId("body.ban-thuong-vu")
        .name(BilingualText.of("Thường trực Liên hiệp Hội", "Standing Office"))
        .addPosts(Post.builder().id("post.chu-tich").kind(PostKind.CHAIRMAN)
            .addHoldings(PostHolding.builder().personId(ke.getId()).build()).build())
        .addPosts(Post.builder().id("post.pho-chu-tich").kind(PostKind.VICE_CHAIRMAN)
            .addHoldings(PostHolding.builder().personId(ngoc.getId()).build()).build())
        .addPosts(Post.builder().id("post.tong-thu-ky").kind(PostKind.SECRETARY_GENERAL)
            .addHoldings(PostHolding.builder().personId(ngoc.getId()).build()).build())
        .build();
    Term term = Term.builder().id("term.2019-2024")
        .start(PartialDate.ofYear(2019)).end(PartialDate.ofYear(2024))
        .addBodies(standingCommittee, standingOffice).build();

    Meeting meeting = Meeting.builder().id("meeting.btv.2020-q3")
        .bodyId(standingCommittee.getId()).kind(MeetingKind.REGULAR)
        .title(BilingualText.of("Hội nghị Ban Thường vụ quý III năm 2020",
            "Standing Committee meeting, Q3 2020"))
        .reviewedPeriod(ReportingPeriod.quarter(2020, 3))
        .chairId(ke.getId())                   // the date, venue and attendance are not recorded
        .addAgenda(AgendaItem.builder()
            .title(BilingualText.of("Báo cáo kết quả hoạt động quý III năm 2020"))
            .addPresentations(Presentation.builder().presenterId(ngoc.getId())
                .document(BilingualText.of("Dự thảo báo cáo kết quả hoạt động quý III năm 2020"))
                .build())
            .addComments(Comment.builder().speakerGroup(SpeakerGroup.DELEGATES)
                .summary(BilingualText.of("Đóng góp thêm một số ý kiến vào Dự thảo Báo cáo"))
                .build())
            .build())
        .build();

    MeetingRecord record = MeetingRecord.builder()
        .organisation(Organisation.builder().id("org.lhh-hai-phong")
            .name(BilingualText.of("Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng",
                "Hai Phong Union of Science and Technology Associations"))
            .abbreviation("Liên hiệp Hội").level(OrganisationLevel.CITY).build())
        .term(term).addPeople(ke, ngoc).meeting(meeting)
        .build();

    record.titleOf(ngoc.getId(), vi);   // "Phó Chủ tịch kiêm Tổng Thư ký"

    ValidationReport report = GovernanceValidator.standard().validate(record);
    report.isValid();                   // true: no errors, whatever is not checked
    report.getFindings().forEach(f -> System.out.println(f.line(vi)));
    // NOT_CHECKED meeting.quorum /meeting/attendance: Không kiểm tra được số lượng tham dự ...
    // README:end
    // spotless:on
    return report;
  }
}
