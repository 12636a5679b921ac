package vn.massorg.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020.KE;
import static vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020.NGOC;
import static vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020.PARTY_DELEGATION;
import static vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020.REPORT;
import static vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020.STANDING_COMMITTEE;
import static vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020.STANDING_OFFICE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.Presentation;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.ReportStatus;
import vn.massorg.governance.model.ReportingPeriod;
import vn.massorg.governance.model.SpeakerGroup;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.RuleLayer;
import vn.massorg.governance.validation.Severity;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The seed record says what the source says, no more: each fact is checked against the seed's list
 * of facts stated and not stated, and every Vietnamese quotation against the source text itself (a
 * copy of {@code shared/seeds/000_fa63084a1e24502e.txt} in the test resources).
 */
class HaiPhongStandingCommitteeQ3_2020Test {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final MeetingRecord RECORD = HaiPhongStandingCommitteeQ3_2020.record();

  @Nested
  class TheOrganisation {
    @Test
    void isTheHaiPhongUnionAtCityLevelWithItsShortName() {
      Organisation o = RECORD.getOrganisation();
      assertThat(o.getId()).isEqualTo("org.lhh-hai-phong");
      assertThat(o.getName())
          .isEqualTo(
              BilingualText.of(
                  "Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng",
                  "Hai Phong Union of Science and Technology Associations"));
      assertThat(o.getAbbreviation()).contains("Liên hiệp Hội");
      assertThat(o.getLevel()).isEqualTo(OrganisationLevel.CITY);
    }

    @Test
    void recordsNeitherAParentNorMemberUnitsBecauseTheTextNamesNone() {
      assertThat(RECORD.getOrganisation().getParentId()).isEmpty();
      assertThat(RECORD.getOrganisation().getMemberUnits()).isEmpty();
    }
  }

  @Nested
  class TheTerm {
    @Test
    void runsFrom2019To2024WithItsWholeTermWorkProgrammeAndNoOrdinal() {
      Term term = RECORD.getTerm();
      assertThat(term.getId()).isEqualTo("term.2019-2024");
      assertThat(term.getStart()).isEqualTo(PartialDate.ofYear(2019));
      assertThat(term.getEnd()).isEqualTo(PartialDate.ofYear(2024));
      assertThat(term.getOrdinal()).isEmpty();
      assertThat(term.getOpeningCongressId()).isEmpty();
      assertThat(term.getWorkProgramme())
          .contains(
              BilingualText.of("Chương trình công tác toàn khóa", "Whole-term work programme"));
      assertThat(term.label(VI)).isEqualTo("nhiệm kỳ 2019–2024");
    }

    @Test
    void hasTheStandingCommitteeTheStandingOfficeWithinItAndThePartyDelegation() {
      assertThat(RECORD.getTerm().getBodies())
          .extracting(Body::getId, Body::getKind, b -> b.getName().getVi(), Body::getParentId)
          .containsExactly(
              tuple(
                  STANDING_COMMITTEE,
                  BodyKind.STANDING_COMMITTEE,
                  "Ban Thường vụ Liên hiệp Hội",
                  java.util.Optional.empty()),
              tuple(
                  STANDING_OFFICE,
                  BodyKind.STANDING_OFFICE,
                  "Thường trực Liên hiệp Hội",
                  java.util.Optional.of(STANDING_COMMITTEE)),
              tuple(
                  PARTY_DELEGATION,
                  BodyKind.PARTY_DELEGATION,
                  "Đảng đoàn",
                  java.util.Optional.empty()));
      assertThat(RECORD.getTerm().getBodies()).allSatisfy(b -> assertThat(b.getSeats()).isEmpty());
      assertThat(RECORD.getTerm().body(STANDING_COMMITTEE).orElseThrow().getPosts()).isEmpty();
    }

    @Test
    void givesEachPostItsHolderUndatedAndLeavesFullTimeNotRecorded() {
      List<String> posts = new ArrayList<>();
      for (Body body : RECORD.getTerm().getBodies()) {
        for (Post post : body.getPosts()) {
          assertThat(post.getFullTime()).isEmpty();
          for (PostHolding holding : post.getHoldings()) {
            assertThat(holding.getStart()).isEmpty();
            assertThat(holding.getEnd()).isEmpty();
            posts.add(body.getId() + " " + post.getKind().getCode() + " " + holding.getPersonId());
          }
        }
      }
      assertThat(posts)
          .containsExactly(
              STANDING_OFFICE + " chairman " + KE,
              STANDING_OFFICE + " vice-chairman " + NGOC,
              STANDING_OFFICE + " secretary-general " + NGOC,
              PARTY_DELEGATION + " party-secretary " + KE);
    }
  }

  @Nested
  class People {
    @Test
    void areDrHoangVanKeAndComradeHoangMinhNgoc() {
      assertThat(RECORD.person(KE).orElseThrow().getAcademicTitle()).contains(AcademicTitle.TS);
      assertThat(RECORD.person(NGOC).orElseThrow().getFormOfAddress())
          .contains(FormOfAddress.COMRADE);
      assertThat(RECORD.getPeople())
          .extracting(p -> p.displayName(VI))
          .containsExactly("TS. Hoàng Văn Kể", "Đ/c Hoàng Minh Ngọc");
      assertThat(RECORD.getPeople())
          .extracting(p -> p.displayName(Locale.ENGLISH))
          .containsExactly("Dr. Hoàng Văn Kể", "Comrade Hoàng Minh Ngọc");
    }

    @Test
    void ngocIsViceChairmanConcurrentlySecretaryGeneral() {
      assertThat(RECORD.titleOf(NGOC, VI)).contains("Phó Chủ tịch kiêm Tổng Thư ký");
      assertThat(RECORD.titleOf(NGOC, Locale.ENGLISH))
          .contains("Vice-Chairman and concurrently Secretary-General");
    }

    @Test
    void keIsChairmanAndPartyDelegationSecretary() {
      assertThat(RECORD.titleOf(KE, VI)).contains("Chủ tịch kiêm Bí thư Đảng đoàn");
      assertThat(RECORD.titleOf(KE, Locale.ENGLISH))
          .contains("Chairman and concurrently Secretary of the Party Delegation");
    }
  }

  @Nested
  class TheMeeting {
    @Test
    void isARegularStandingCommitteeMeetingReviewingQ3ChairedByKe() {
      Meeting m = RECORD.getMeeting();
      assertThat(m.getBodyId()).isEqualTo(STANDING_COMMITTEE);
      assertThat(m.getKind()).isEqualTo(MeetingKind.REGULAR);
      assertThat(m.getTitle().getVi())
          .isEqualTo("Hội nghị Ban Thường vụ Liên hiệp Hội Hải Phòng quý III năm 2020");
      assertThat(m.getTitle().getEn()).isPresent();
      assertThat(m.getReviewedPeriod()).contains(ReportingPeriod.quarter(2020, 3));
      assertThat(m.getChairId()).contains(KE);
    }

    @Test
    void recordsNoDateVenueRecorderOrAttendanceBecauseTheTextGivesNone() {
      Meeting m = RECORD.getMeeting();
      assertThat(m.getDate()).isEmpty();
      assertThat(m.getVenue()).isEmpty();
      assertThat(m.getRecorderId()).isEmpty();
      assertThat(m.getAttendance()).isEmpty();
    }

    @Test
    void takesThePresentationThenTheDelegatesCommentsThenTheConclusion() {
      List<AgendaItem> agenda = RECORD.getMeeting().getAgenda();
      assertThat(agenda).hasSize(3);

      assertThat(agenda.get(0).getPresentations())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.getPresenterId()).isEqualTo(NGOC);
                assertThat(p.getReportId()).contains(REPORT);
                assertThat(p.getDocument().getVi())
                    .isEqualTo("Dự thảo báo cáo kết quả hoạt động quý III năm 2020");
              });
      assertThat(agenda.get(0).getComments()).isEmpty();

      assertThat(agenda.get(1).getPresentations()).isEmpty();
      assertThat(agenda.get(1).getComments())
          .extracting(Comment::getSpeakerGroup, Comment::getSpeakerId)
          .containsOnly(
              tuple(java.util.Optional.of(SpeakerGroup.DELEGATES), java.util.Optional.empty()));
      assertThat(agenda.get(1).getComments())
          .extracting(c -> c.getSummary().getVi())
          .satisfiesExactly(
              s -> assertThat(s).contains("Dự thảo Báo cáo").contains("đến hết năm 2020"),
              s ->
                  assertThat(s)
                      .startsWith("đánh giá cao")
                      .contains("Thường trực Liên hiệp Hội")
                      .contains("các hội thành viên, trung tâm, đơn vị trực thuộc"));

      Conclusion conclusion = agenda.get(2).getConclusion().orElseThrow();
      assertThat(conclusion.getSpeakerId()).isEqualTo(KE);
      assertThat(conclusion.getForPeriod()).contains(ReportingPeriod.quarter(2020, 4));
      assertThat(conclusion.getDirections())
          .extracting(BilingualText::getVi)
          .containsExactly(
              "bám sát chương trình, nhiệm vụ chính trị của thành phố",
              "tập trung thực hiện tốt các phương hướng, nhiệm vụ trong quý IV năm 2020 đã đề ra");
      assertThat(agenda.get(2).getDecisions()).isEmpty();
      assertThat(agenda).allSatisfy(item -> assertThat(item.getDecisions()).isEmpty());
    }
  }

  @Nested
  class TheReport {
    private final Report report = RECORD.report(REPORT).orElseThrow();

    @Test
    void isTheDraftQ3ReportWithTheTasksToYearEnd() {
      assertThat(report.getTitle().getVi())
          .isEqualTo(
              "Dự thảo báo cáo kết quả hoạt động quý "
                  + "III năm 2020 (và nhiệm vụ công tác đến hết năm 2020)");
      assertThat(report.getPeriod()).isEqualTo(ReportingPeriod.quarter(2020, 3));
      assertThat(report.getDocumentNumber()).isEmpty();
      assertThat(report.getTasksForNextPeriod()).isEmpty();
    }

    @Test
    void wasPresentedCommentedAndConcludedButNotVotedOn() {
      assertThat(report.getStatusHistory())
          .containsExactly(
              ReportStatus.DRAFT,
              ReportStatus.PRESENTED,
              ReportStatus.COMMENTED,
              ReportStatus.CONCLUDED);
    }

    @Test
    void namesTheFourAreasWithoutFiguresAndSaysTheListIsIncomplete() {
      assertThat(report.getResults())
          .extracting(ActivityResult::getArea)
          .containsExactly(
              ActivityArea.ORGANISATION_BUILDING, ActivityArea.DISSEMINATION,
              ActivityArea.CONSULTING_CRITIQUE_ASSESSMENT, ActivityArea.CONTESTS_AWARDS_HONOURS);
      assertThat(report.getResults()).allSatisfy(r -> assertThat(r.getSummary()).isEmpty());
      assertThat(report.getResultsComplete()).contains(false);
    }

    @Test
    void describesTheQuartersContext() {
      assertThat(report.getContext())
          .extracting(BilingualText::getVi)
          .satisfiesExactly(
              c -> assertThat(c).contains("ngày lễ lớn"),
              c ->
                  assertThat(c)
                      .contains("đại hội Đảng các cấp")
                      .contains("Đại hội Đảng toàn quốc lần thứ XIII"),
              c -> assertThat(c).contains("COVID -19"),
              c -> assertThat(c).contains("khắc phục khó khăn"));
      assertThat(report.getContext()).allSatisfy(c -> assertThat(c.getEn()).isPresent());
    }
  }

  @Nested
  class Faithfulness {
    @Test
    void everyVietnameseQuotationIsVerbatimInTheSource() throws IOException {
      String source = source();
      List<String> quoted = new ArrayList<>();
      quoted.add(RECORD.getOrganisation().getName().getVi());
      quoted.add(RECORD.getOrganisation().getAbbreviation().orElseThrow());
      quoted.add(RECORD.getTerm().getWorkProgramme().orElseThrow().getVi());
      RECORD.getTerm().getBodies().forEach(b -> quoted.add(b.getName().getVi()));
      RECORD.getPeople().forEach(p -> quoted.add(p.displayName(VI)));
      RECORD
          .getPeople()
          .forEach(
              p ->
                  quoted.add(
                      RECORD
                          .titleOf(p.getId(), VI)
                          .orElseThrow()
                          .replace(" kiêm Bí thư Đảng đoàn", "")));
      quoted.add(RECORD.getMeeting().getTitle().getVi());
      for (AgendaItem item : RECORD.getMeeting().getAgenda()) {
        item.getPresentations().forEach(p -> quoted.add(p.getDocument().getVi()));
        item.getComments().forEach(c -> quoted.add(c.getSummary().getVi()));
        item.getConclusion()
            .ifPresent(
                c -> {
                  quoted.add(c.getSummary().getVi());
                  c.getDirections().forEach(d -> quoted.add(d.getVi()));
                });
      }
      quoted.add(RECORD.getMeeting().getAgenda().get(2).getTitle().getVi());
      for (Report report : RECORD.getReports()) {
        report.getContext().forEach(c -> quoted.add(c.getVi()));
        report.getResults().forEach(r -> quoted.add(r.getArea().label(VI)));
      }
      assertThat(quoted).hasSize(26).allSatisfy(q -> assertThat(source).contains(q));
      assertThat(source).contains("Bí thư Đảng đoàn, Chủ tịch Liên hiệp Hội");
    }

    @Test
    void theReportTitleJoinsTwoPhrasesOfTheSource() throws IOException {
      String source = source();
      assertThat(source)
          .contains("Dự thảo báo cáo kết quả hoạt động quý III năm 2020")
          .contains("nhiệm vụ công tác đến hết năm 2020");
    }

    @Test
    void everyTextHasAnEnglishVersion() {
      List<BilingualText> texts = new ArrayList<>();
      texts.add(RECORD.getOrganisation().getName());
      texts.add(RECORD.getTerm().getWorkProgramme().orElseThrow());
      RECORD.getTerm().getBodies().forEach(b -> texts.add(b.getName()));
      texts.add(RECORD.getMeeting().getTitle());
      for (AgendaItem item : RECORD.getMeeting().getAgenda()) {
        texts.add(item.getTitle());
        item.getPresentations().stream().map(Presentation::getDocument).forEach(texts::add);
        item.getComments().stream().map(Comment::getSummary).forEach(texts::add);
        item.getConclusion()
            .ifPresent(
                c -> {
                  texts.add(c.getSummary());
                  texts.addAll(c.getDirections());
                });
      }
      RECORD
          .getReports()
          .forEach(
              r -> {
                texts.add(r.getTitle());
                texts.addAll(r.getContext());
              });
      assertThat(texts).allSatisfy(t -> assertThat(t.getEn()).isPresent());
    }

    private String source() throws IOException {
      try (InputStream in = getClass().getResourceAsStream("seed-source.txt")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  @Nested
  class Validation {
    private final ValidationReport report = GovernanceValidator.standard().validate(RECORD);

    @Test
    void findsNoErrorAndNoWarning() {
      assertThat(report.findings(Severity.ERROR)).isEmpty();
      assertThat(report.findings(Severity.WARNING)).isEmpty();
      assertThat(report.isValid()).isTrue();
    }

    @Test
    void cannotCheckWhatNeedsTheMissingDateAttendanceAndMembers() {
      assertThat(report.getFindings())
          .allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.NOT_CHECKED));
      assertThat(report.getFindings())
          .extracting(Finding::getCode, Finding::getPath)
          .containsExactlyInAnyOrder(
              tuple("meeting.date-in-term", "/meeting/date"),
              tuple("report.period-ended", "/meeting/reviewedPeriod"),
              tuple("report.period-ended", "/meeting/agenda/0/presentations/0/reportId"),
              tuple("meeting.quorum", "/meeting/attendance"),
              tuple("body.nested-membership", "/term/bodies/1"));
    }

    @Test
    void givesTheReasonOfEachNotCheckedInBothLanguages() {
      assertThat(report.findings(Severity.NOT_CHECKED))
          .allSatisfy(
              f -> {
                assertThat(f.getMessage().getVi()).matches(".*không được ghi.*");
                assertThat(f.getMessage().getEn().orElseThrow()).contains("not recorded");
              });
      Finding quorum =
          report.getFindings().stream()
              .filter(f -> f.getCode().equals("meeting.quorum"))
              .findFirst()
              .orElseThrow();
      assertThat(quorum.getArguments()).containsEntry("missing", "attendance");
      assertThat(quorum.getSource().getLayer()).isEqualTo(RuleLayer.CHARTER);
    }

    @Test
    void wouldNoticeAChairWhoIsNotTheChairman() {
      // The record's clean report is not vacuous: with the Vice-Chairman in the chair, the
      // charter's rule on who chairs speaks (a Vice-Chairman chairs only when authorised).
      MeetingRecord changed =
          MeetingRecord.builder()
              .from(RECORD)
              .meeting(Meeting.builder().from(RECORD.getMeeting()).chairId(NGOC).build())
              .build();
      ValidationReport other = GovernanceValidator.standard().validate(changed);
      assertThat(other.getFindings())
          .filteredOn(f -> f.getCode().equals("meeting.chair"))
          .extracting(Finding::getSeverity)
          .containsExactly(Severity.WARNING);
    }
  }

  @Test
  void isBuiltOnceAndEqualByContent() {
    assertThat(HaiPhongStandingCommitteeQ3_2020.record()).isSameAs(RECORD);
    assertThat(MeetingRecord.builder().from(RECORD).build())
        .isEqualTo(RECORD)
        .hasSameHashCodeAs(RECORD);
  }
}
