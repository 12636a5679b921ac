package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.massorg.governance.validation.RuleAssert.STANDARD;
import static vn.massorg.governance.validation.RuleAssert.citation;
import static vn.massorg.governance.validation.RuleAssert.onlyNew;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.HoldingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;

/** Who holds which post: twice, exclusive posts, and membership of the outer body. */
class HoldingRulesTest {
  private static final int MEMBERS = 4;
  private final MeetingRecord valid = Records.complete();

  private static MeetingRecord holdings(
      MeetingRecord r, int body, int post, PostHolding... holdings) {
    return Edits.post(r, body, post, p -> p.withHoldings(holdings));
  }

  private static PostHolding holding(String person, String start, String end) {
    return PostHolding.builder()
        .personId(person)
        .start(Optional.ofNullable(start).map(PartialDate::parse))
        .end(Optional.ofNullable(end).map(PartialDate::parse))
        .build();
  }

  @Test
  @DisplayName("holding.twice (record consistency): one person holds one post twice at once")
  void twice() {
    Finding f =
        onlyNew(
            valid,
            holdings(
                valid,
                Records.BTV,
                MEMBERS,
                holding(Records.UOC, null, null),
                holding(Records.UOC, "2020-01", null)),
            Rule.HOLDING_TWICE,
            Severity.ERROR,
            "/term/bodies/1/posts/4/holdings/1");
    assertThat(f.getArguments())
        .containsEntry("person", Records.UOC)
        .containsEntry("otherPath", "/term/bodies/1/posts/4/holdings/0");
  }

  @Test
  @DisplayName("holding.twice: holding a post again after a break is fine")
  void again() {
    assertThat(
            STANDARD
                .validate(
                    holdings(
                        valid,
                        Records.BTV,
                        MEMBERS,
                        holding(Records.UOC, null, "2019-12"),
                        holding(Records.UOC, "2020-02", null)))
                .getFindings())
        .isEmpty();
  }

  @Test
  @DisplayName("holding.twice: an end and a start in the same year cannot be checked")
  void imprecise() {
    onlyNew(
        valid,
        holdings(
            valid,
            Records.BTV,
            MEMBERS,
            holding(Records.UOC, null, "2020"),
            holding(Records.UOC, "2020", null)),
        Rule.HOLDING_TWICE,
        Severity.NOT_CHECKED,
        "/term/bodies/1/posts/4/holdings/1");
  }

  @Test
  @DisplayName("holding.exclusive (model charter 1086/QĐ-BNV): two Chairmen at once")
  void twoChairmen() {
    Finding f =
        onlyNew(
            valid,
            holdings(
                valid,
                Records.BCH,
                0,
                holding(Records.KE, null, null),
                holding(Records.ON, null, null)),
            Rule.HOLDING_EXCLUSIVE,
            Severity.ERROR,
            "/term/bodies/0/posts/0/holdings/1");
    assertThat(f.getArguments())
        .containsEntry("person", Records.ON)
        .containsEntry("other", Records.KE);
    assertThat(citation(f)).contains("1086/QĐ-BNV");
  }

  @Test
  @DisplayName(
      "holding.exclusive: an acting Chairman beside the Chairman, and successive Chairmen, are fine")
  void actingAndSuccessive() {
    assertThat(
            STANDARD
                .validate(
                    holdings(
                        valid,
                        Records.BCH,
                        0,
                        holding(Records.KE, null, null),
                        PostHolding.builder()
                            .personId(Records.ON)
                            .kind(HoldingKind.ACTING)
                            .build()))
                .getFindings())
        .isEmpty();
    assertThat(
            STANDARD
                .validate(
                    holdings(
                        valid,
                        Records.BCH,
                        0,
                        holding(Records.ON, null, "2019-12-31"),
                        holding(Records.KE, "2020-01-01", null)))
                .getFindings())
        .isEmpty();
  }

  @Test
  @DisplayName("holding.exclusive: a hand-over within one year recorded by years cannot be checked")
  void exclusiveImprecise() {
    onlyNew(
        valid,
        holdings(
            valid,
            Records.BCH,
            0,
            holding(Records.ON, null, "2020"),
            holding(Records.KE, "2020", null)),
        Rule.HOLDING_EXCLUSIVE,
        Severity.NOT_CHECKED,
        "/term/bodies/0/posts/0/holdings/1");
  }

  private MeetingRecord outsiderInStandingCommittee(MeetingRecord r) {
    Person outsider = Person.builder().id("person.ngoai").familyName("Bùi").givenName("Ẩn").build();
    List<PostHolding> members =
        new ArrayList<>(
            r.getTerm().getBodies().get(Records.BTV).getPosts().get(MEMBERS).getHoldings());
    members.add(holding(outsider.getId(), null, null));
    return Edits.post(
        Edits.addPeople(r, outsider), Records.BTV, MEMBERS, p -> p.withHoldings(members));
  }

  @Test
  @DisplayName("body.nested-membership (model charter 1086/QĐ-BNV: BTV members come from the BCH)")
  void nested() {
    Person outsider = Person.builder().id("person.ngoai").familyName("Bùi").givenName("Ẩn").build();
    Finding f =
        onlyNew(
            Edits.addPeople(valid, outsider),
            outsiderInStandingCommittee(valid),
            Rule.BODY_NESTED_MEMBERSHIP,
            Severity.ERROR,
            "/term/bodies/1/posts/4/holdings/1/personId");
    assertThat(f.getArguments()).containsEntry("person", "person.ngoai");
  }

  @Test
  @DisplayName(
      "body.nested-membership: not checked when the outer body has more seats than members listed")
  void nestedMoreSeats() {
    MeetingRecord r =
        outsiderInStandingCommittee(Edits.body(valid, Records.BCH, b -> b.withSeats(7)));
    assertThat(STANDARD.validate(r).getFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getCode()).isEqualTo("body.nested-membership");
              assertThat(f.getSeverity()).isEqualTo(Severity.NOT_CHECKED);
            });
  }

  @Test
  @DisplayName(
      "body.nested-membership: not checked when the outer body's members are not all recorded")
  void nestedNotChecked() {
    MeetingRecord r =
        outsiderInStandingCommittee(
            Edits.body(valid, Records.BCH, b -> b.withSeats(Optional.empty())));
    ValidationReport report = STANDARD.validate(r);
    assertThat(report.getFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getCode()).isEqualTo("body.nested-membership");
              assertThat(f.getSeverity()).isEqualTo(Severity.NOT_CHECKED);
              assertThat(f.getPath()).isEqualTo("/term/bodies/1");
              RuleAssert.assertBilingual(f);
            });
  }
}
