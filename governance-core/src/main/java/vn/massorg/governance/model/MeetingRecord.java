package vn.massorg.governance.model;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of one meeting, self-contained: the organisation, the term with the composition of its
 * bodies and who held which post, the people named, the meeting, and the reports presented to it. A
 * receiving application checks it without any other file.
 *
 * <p>Vietnamese: <i>biên bản, hồ sơ hội nghị</i>.
 *
 * <pre>{@code
 * MeetingRecord record = MeetingRecord.builder()
 *     .organisation(haiPhong).term(term2019).addPeople(ke, ngoc)
 *     .meeting(q3Meeting).addReports(q3Report)
 *     .build();
 * ValidationReport findings = GovernanceValidator.standard().validate(record);
 * }</pre>
 *
 * <p>Invariant: identifiers of people and of reports are unique in the record. Whether every
 * reference resolves is a validation rule, so that all dangling references are reported at once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@ConformsToCharter
public abstract class MeetingRecord extends ModelValue<MeetingRecord> {
  MeetingRecord() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableMeetingRecord.Builder builder() {
    return ImmutableMeetingRecord.builder();
  }

  /** The organisation. */
  @Valid
  public abstract Organisation getOrganisation();

  /** The term the meeting falls in, with its bodies, posts and holdings. */
  @Valid
  public abstract Term getTerm();

  /** The people the record names. */
  public abstract List<@Valid Person> getPeople();

  /** The meeting. */
  @Valid
  public abstract Meeting getMeeting();

  /** The reports presented to the meeting. */
  public abstract List<@Valid Report> getReports();

  /**
   * The person with an identifier.
   *
   * @param id the identifier, not null
   * @return the person, or empty
   */
  public Optional<Person> person(String id) {
    Checks.notNull(id, "id");
    for (Person person : getPeople()) {
      if (person.getId().equals(id)) {
        return Optional.of(person);
      }
    }
    return Optional.empty();
  }

  /**
   * The report with an identifier.
   *
   * @param id the identifier, not null
   * @return the report, or empty
   */
  public Optional<Report> report(String id) {
    Checks.notNull(id, "id");
    for (Report report : getReports()) {
      if (report.getId().equals(id)) {
        return Optional.of(report);
      }
    }
    return Optional.empty();
  }

  /**
   * The title of a person in this record: the posts they hold during the term, joined the
   * Vietnamese way with "kiêm" ("Phó Chủ tịch kiêm Tổng Thư ký"; "Vice-Chairman and concurrently
   * Secretary-General"). Membership posts are left out when the person holds another post; where
   * the meeting's date is recorded, only the holdings that may cover it count.
   *
   * @param personId the person, not null
   * @param locale the reader's locale, not null
   * @return the title, empty when the person holds no post in the record
   */
  public Optional<String> titleOf(String personId, Locale locale) {
    Checks.notNull(personId, "personId");
    Checks.notNull(locale, "locale");
    Optional<PartialDate> on = getMeeting().getDate();
    List<String> titles = new ArrayList<>();
    List<String> memberships = new ArrayList<>();
    for (Body body : getTerm().getBodies()) {
      for (Post post : body.getPosts()) {
        boolean holds =
            post.getHoldings().stream()
                .anyMatch(
                    h ->
                        h.getPersonId().equals(personId)
                            && on.map(d -> mayCover(h, d)).orElse(true));
        if (holds) {
          String title = post.title(body, locale);
          List<String> into = post.getKind().equals(PostKind.MEMBER) ? memberships : titles;
          if (!into.contains(title)) {
            into.add(title);
          }
        }
      }
    }
    List<String> all = titles.isEmpty() ? memberships : titles;
    if (all.isEmpty()) {
      return Optional.empty();
    }
    String joint = "en".equals(locale.getLanguage()) ? " and concurrently " : " kiêm ";
    return Optional.of(String.join(joint, all));
  }

  private static boolean mayCover(PostHolding holding, PartialDate date) {
    return holding.getStart().map(s -> !date.isCertainlyBefore(s)).orElse(true)
        && holding.getEnd().map(e -> !e.isCertainlyBefore(date)).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.unique(getPeople(), Person::getId, "people");
    Checks.unique(getReports(), Report::getId, "reports");
  }
}
