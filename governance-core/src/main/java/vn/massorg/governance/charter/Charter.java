package vn.massorg.governance.charter;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.BodyKind;
import vn.massorg.governance.model.ModelStyle;
import vn.massorg.governance.model.ModelValue;
import vn.massorg.governance.model.PostKind;
import vn.massorg.governance.model.Threshold;

/**
 * The figures of an organisation's charter (điều lệ) that the validator checks records against:
 * quorum and approval thresholds, meeting cadence, term length, who may chair, which posts have one
 * holder at a time, and the Party's cap on full-time Vice-Chairmen.
 *
 * <p>Vietnamese: <i>điều lệ</i>. Each union's charter is approved by its People's Committee, so the
 * charter is data: {@link #modelCharter()} carries the figures of the model association charter
 * (Decision 1086/QĐ-BNV, 2023) and says that they are assumed; a union supplies its own with {@link
 * #builder()} or {@code ImmutableCharter.copyOf(Charter.modelCharter()).with...}.
 *
 * <pre>{@code
 * Charter haiPhong = ImmutableCharter.copyOf(Charter.modelCharter())
 *     .withName(BilingualText.of("Điều lệ Liên hiệp Hội Hải Phòng", "Charter of the Hai Phong union"))
 *     .withAssumed(false);
 * GovernanceValidator validator = GovernanceValidator.of(haiPhong);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@SuppressWarnings("immutables:incompat") // see ModelStyle: two encodings match
public abstract class Charter extends ModelValue<Charter> {
  private static final Charter MODEL =
      ImmutableCharter.builder()
          .name(
              BilingualText.of(
                  "Điều lệ mẫu của hội (Quyết định 1086/QĐ-BNV năm 2023) — số liệu giả định",
                  "Model association charter (Decision 1086/QĐ-BNV, 2023) — assumed figures"))
          .assumed(true)
          .putQuorum(BodyKind.EXECUTIVE_COMMITTEE, Threshold.atLeast(2, 3))
          .putQuorum(BodyKind.STANDING_COMMITTEE, Threshold.atLeast(2, 3))
          .putResolutionMajority(BodyKind.EXECUTIVE_COMMITTEE, Threshold.atLeast(2, 3))
          .putResolutionMajority(BodyKind.STANDING_COMMITTEE, Threshold.atLeast(2, 3))
          .putMeetingsPerYear(BodyKind.EXECUTIVE_COMMITTEE, 2)
          .putMeetingsPerYear(BodyKind.STANDING_COMMITTEE, 4)
          .termYears(5)
          .addChairPostKinds(PostKind.CHAIRMAN)
          .addDeputyChairPostKinds(PostKind.STANDING_VICE_CHAIRMAN, PostKind.VICE_CHAIRMAN)
          .addExclusivePostKinds(
              PostKind.CHAIRMAN,
              PostKind.SECRETARY_GENERAL,
              PostKind.PARTY_SECRETARY,
              PostKind.HEAD)
          .maxFullTimeViceChairmen(2)
          .maxFullTimeViceChairmenWithPartyDelegation(3)
          .build();

  Charter() {}

  /**
   * A builder for an organisation's own charter.
   *
   * @return a new builder, not null
   */
  public static ImmutableCharter.Builder builder() {
    return ImmutableCharter.builder();
  }

  /**
   * The model association charter (Decision 1086/QĐ-BNV, 2023), whose figures stand in for a
   * union's own charter when that is not available: Executive Committee twice a year, Standing
   * Committee once a quarter, meetings valid with 2/3 of the members, resolutions passed by 2/3 of
   * those attending, five-year terms; the Party's caps of QĐ 118-QĐ/TW (2023) on full-time
   * Vice-Chairmen. Its findings say that the figures are assumed.
   *
   * @return the model charter, not null
   */
  public static Charter modelCharter() {
    return MODEL;
  }

  /** The charter's name, cited as the source of every charter finding. */
  public abstract BilingualText getName();

  /** Whether the figures are assumed (a model charter) rather than the organisation's own. */
  public abstract boolean isAssumed();

  /** The share of a body's seats that must attend for a meeting to be valid, per body kind. */
  public abstract Map<BodyKind, Threshold> getQuorum();

  /** The share of those attending that a resolution needs, per body kind. */
  public abstract Map<BodyKind, Threshold> getResolutionMajority();

  /** How many regular meetings a body holds a year, per body kind. */
  public abstract Map<BodyKind, Integer> getMeetingsPerYear();

  /** The length of a term in years (at most five under Decree 45/2010 Art. 20.3). */
  public abstract int getTermYears();

  /**
   * The posts whose holder convenes and chairs meetings of the Executive and Standing Committees.
   */
  public abstract Set<PostKind> getChairPostKinds();

  /** The posts whose holder may chair in the chair's absence when authorised (a warning). */
  public abstract Set<PostKind> getDeputyChairPostKinds();

  /** The posts that have one regular holder at a time in a body. */
  public abstract Set<PostKind> getExclusivePostKinds();

  /** The most full-time Vice-Chairmen where the organisation has no Party Delegation. */
  public abstract int getMaxFullTimeViceChairmen();

  /** The most full-time Vice-Chairmen where the organisation has a Party Delegation. */
  public abstract int getMaxFullTimeViceChairmenWithPartyDelegation();

  /** Article references for charter rules, by rule code, where the charter numbers them. */
  public abstract Map<String, BilingualText> getArticles();

  /**
   * The article reference for a rule, where the charter gives one.
   *
   * @param ruleCode the rule code, not null
   * @return the reference, or empty
   */
  public Optional<BilingualText> article(String ruleCode) {
    return Optional.ofNullable(getArticles().get(ruleCode));
  }

  @Value.Check
  void check() {
    if (getTermYears() < 1) {
      throw new vn.massorg.governance.model.InvalidRecordException(
          "'termYears' phải ít nhất là 1: " + getTermYears(),
          "'termYears' must be at least 1: " + getTermYears());
    }
    getMeetingsPerYear()
        .forEach(
            (kind, count) -> {
              if (count < 1) {
                throw new vn.massorg.governance.model.InvalidRecordException(
                    "'meetingsPerYear' của " + kind + " phải ít nhất là 1: " + count,
                    "'meetingsPerYear' of " + kind + " must be at least 1: " + count);
              }
            });
  }
}
