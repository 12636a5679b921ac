package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.testing.Generators;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.RuleSource;

/** Records are values: equal by content, with equal hash codes, whatever way they are built. */
class ValueSemanticsTest {

  @Test
  @DisplayName("PartialDate, ReportingPeriod and Threshold are values (EqualsVerifier)")
  void handWrittenModelValues() {
    EqualsVerifier.forClass(PartialDate.class).verify();
    EqualsVerifier.forClass(ReportingPeriod.class).verify();
    EqualsVerifier.forClass(Threshold.class).verify();
  }

  @Test
  @DisplayName("Finding and RuleSource are values (EqualsVerifier)")
  void findingValues() {
    // The message is cached on first use when a renderer makes it; equality is by the message.
    // Equality is by the JSON form, where a reader's line and column are arguments: of the
    // location, the record and the pointer count (FindingLocationTest.lineAndColumn).
    EqualsVerifier.forClass(Finding.class)
        .withPrefabValues(BilingualText.class, BilingualText.of("một"), BilingualText.of("hai"))
        .withIgnoredFields("renderer")
        .suppress(Warning.NULL_FIELDS, Warning.NONFINAL_FIELDS)
        .verify();
    EqualsVerifier.forClass(RuleSource.class)
        .withPrefabValues(BilingualText.class, BilingualText.of("một"), BilingualText.of("hai"))
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }

  @Test
  @DisplayName("code-list entries are equal by list and code, whatever their label")
  void codeListValues() {
    assertThat(BodyKind.of("standing-committee")).isSameAs(BodyKind.STANDING_COMMITTEE);
    assertThat(BodyKind.of("ban-rieng"))
        .isEqualTo(BodyKind.of("ban-rieng"))
        .hasSameHashCodeAs(BodyKind.of("ban-rieng"))
        .isNotEqualTo(BodyKind.of("ban-khac"));
    assertThat((Object) PostKind.of("head")).isNotEqualTo(BodyKind.of("head"));
    assertThat(BodyKind.of("ban-rieng").getLabel()).isEmpty();
    assertThat(BodyKind.of("ban-rieng").label(java.util.Locale.ENGLISH)).isEqualTo("ban-rieng");
  }

  /** Every Immutables value inside a record, rebuilt from a builder. */
  static List<Object[]> rebuilt(MeetingRecord r) {
    List<Object[]> out = new ArrayList<>();
    Consumer<Object[]> add = out::add;
    add.accept(new Object[] {r, ImmutableMeetingRecord.builder().from(r).build()});
    add.accept(
        new Object[] {
          r.getOrganisation(), ImmutableOrganisation.builder().from(r.getOrganisation()).build()
        });
    r.getOrganisation()
        .getMemberUnits()
        .forEach(u -> add.accept(new Object[] {u, ImmutableMemberUnit.builder().from(u).build()}));
    add.accept(new Object[] {r.getTerm(), ImmutableTerm.builder().from(r.getTerm()).build()});
    for (Body b : r.getTerm().getBodies()) {
      add.accept(new Object[] {b, ImmutableBody.builder().from(b).build()});
      add.accept(
          new Object[] {b.getName(), ImmutableBilingualText.builder().from(b.getName()).build()});
      for (Post p : b.getPosts()) {
        add.accept(new Object[] {p, ImmutablePost.builder().from(p).build()});
        p.getHoldings()
            .forEach(
                h -> add.accept(new Object[] {h, ImmutablePostHolding.builder().from(h).build()}));
      }
    }
    r.getPeople()
        .forEach(p -> add.accept(new Object[] {p, ImmutablePerson.builder().from(p).build()}));
    Meeting m = r.getMeeting();
    add.accept(new Object[] {m, ImmutableMeeting.builder().from(m).build()});
    m.getAttendance()
        .ifPresent(
            a -> {
              add.accept(new Object[] {a, ImmutableAttendance.builder().from(a).build()});
              a.getEntries()
                  .forEach(
                      e ->
                          add.accept(
                              new Object[] {
                                e, ImmutableAttendanceEntry.builder().from(e).build()
                              }));
              a.getCounts()
                  .ifPresent(
                      c ->
                          add.accept(
                              new Object[] {
                                c, ImmutableAttendanceCounts.builder().from(c).build()
                              }));
            });
    for (AgendaItem item : m.getAgenda()) {
      add.accept(new Object[] {item, ImmutableAgendaItem.builder().from(item).build()});
      item.getPresentations()
          .forEach(
              p -> add.accept(new Object[] {p, ImmutablePresentation.builder().from(p).build()}));
      item.getComments()
          .forEach(c -> add.accept(new Object[] {c, ImmutableComment.builder().from(c).build()}));
      item.getConclusion()
          .ifPresent(
              c -> add.accept(new Object[] {c, ImmutableConclusion.builder().from(c).build()}));
      for (Decision d : item.getDecisions()) {
        add.accept(new Object[] {d, ImmutableDecision.builder().from(d).build()});
        d.getVotes()
            .ifPresent(
                v -> add.accept(new Object[] {v, ImmutableVoteCount.builder().from(v).build()}));
      }
    }
    for (Report rep : r.getReports()) {
      add.accept(new Object[] {rep, ImmutableReport.builder().from(rep).build()});
      rep.getResults()
          .forEach(
              res ->
                  add.accept(
                      new Object[] {res, ImmutableActivityResult.builder().from(res).build()}));
    }
    return out;
  }

  @Test
  @DisplayName(
      "property: every value of a record equals its rebuilt copy and its copyOf, with the same hash code")
  void immutablesAreValues() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.validRecords())
        .checkAssert(
            r -> {
              for (Object[] pair : rebuilt(r)) {
                assertThat(pair[1])
                    .isNotSameAs(pair[0])
                    .isEqualTo(pair[0])
                    .hasSameHashCodeAs(pair[0]);
                assertThat(pair[1].toString()).isEqualTo(pair[0].toString());
              }
              assertThat(ImmutableMeetingRecord.copyOf(r)).isEqualTo(r);
            });
  }

  @Test
  @DisplayName(
      "property: a record differing in one title, one seat count or one person is not equal")
  void differentIsUnequal() {
    qt().withExamples(Generators.examples() / 4)
        .forAll(Generators.validRecords())
        .checkAssert(
            r -> {
              MeetingRecord retitled =
                  ImmutableMeetingRecord.copyOf(r)
                      .withMeeting(
                          ImmutableMeeting.copyOf(r.getMeeting())
                              .withTitle(
                                  BilingualText.of(r.getMeeting().getTitle().getVi() + " (sửa)")));
              assertThat(retitled).isNotEqualTo(r);
              Person first = r.getPeople().get(0);
              List<Person> people = new ArrayList<>(r.getPeople());
              people.set(
                  0, ImmutablePerson.copyOf(first).withGivenName(first.getGivenName() + "a"));
              assertThat(ImmutableMeetingRecord.copyOf(r).withPeople(people)).isNotEqualTo(r);
            });
  }
}
