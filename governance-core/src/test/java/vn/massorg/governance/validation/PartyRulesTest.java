package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.massorg.governance.validation.RuleAssert.STANDARD;
import static vn.massorg.governance.validation.RuleAssert.citation;
import static vn.massorg.governance.validation.RuleAssert.onlyNew;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.testing.Edits;
import vn.massorg.governance.testing.Records;

/** QĐ 118-QĐ/TW (2023): at most 3 full-time Vice-Chairmen with a Party Delegation, 2 without. */
class PartyRulesTest {
  private final MeetingRecord valid = Records.complete();

  private static MeetingRecord moreViceChairmen(
      MeetingRecord r, Optional<Boolean> fullTime, String... people) {
    var post =
        Post.builder().id("post.bch.pct-them").kind(PostKind.VICE_CHAIRMAN).fullTime(fullTime);
    for (String p : people) {
      post.addHolding(PostHolding.builder().personId(p).build());
    }
    return Edits.addPost(r, Records.BCH, post.build());
  }

  private static MeetingRecord withoutPartyDelegation(MeetingRecord r) {
    return Edits.term(r, t -> t.withBodies(t.getBodies().subList(0, Records.DD)));
  }

  @Test
  @DisplayName(
      "party.full-time-vice-chairmen (QĐ 118-QĐ/TW): four full-time with a Party Delegation")
  void fourWithPartyDelegation() {
    MeetingRecord three = moreViceChairmen(valid, Optional.of(true), Records.UOC, Records.ON);
    assertThat(STANDARD.validate(three).getFindings()).isEmpty();
    Finding f =
        onlyNew(
            valid,
            moreViceChairmen(valid, Optional.of(true), Records.UOC, Records.ON, Records.YEN),
            Rule.PARTY_FULL_TIME_VICE_CHAIRMEN,
            Severity.WARNING,
            "/term/bodies/0/posts/1");
    assertThat(f.getArguments()).containsEntry("count", "4").containsEntry("max", "3");
    assertThat(citation(f)).contains("118-QĐ/TW");
    assertThat(f.getSource().getLayer()).isEqualTo(RuleLayer.PARTY);
  }

  @Test
  @DisplayName(
      "party.full-time-vice-chairmen (QĐ 118-QĐ/TW): three full-time without a Party Delegation")
  void threeWithout() {
    MeetingRecord base = withoutPartyDelegation(valid);
    assertThat(
            STANDARD.validate(moreViceChairmen(base, Optional.of(true), Records.UOC)).getFindings())
        .as("two full-time of at most two")
        .isEmpty();
    Finding f =
        onlyNew(
            base,
            moreViceChairmen(base, Optional.of(true), Records.UOC, Records.ON),
            Rule.PARTY_FULL_TIME_VICE_CHAIRMEN,
            Severity.WARNING,
            "/term/bodies/0/posts/1");
    assertThat(f.getArguments()).containsEntry("count", "3").containsEntry("max", "2");
  }

  @Test
  @DisplayName(
      "party.full-time-vice-chairmen: not checked when it is not recorded which posts are full-time")
  void unknown() {
    MeetingRecord base = withoutPartyDelegation(valid);
    Finding f =
        onlyNew(
            base,
            moreViceChairmen(base, Optional.empty(), Records.UOC, Records.ON),
            Rule.PARTY_FULL_TIME_VICE_CHAIRMEN,
            Severity.NOT_CHECKED,
            "/term/bodies");
    assertThat(f.getArguments()).containsEntry("count", "3").containsEntry("max", "2");
  }
}
