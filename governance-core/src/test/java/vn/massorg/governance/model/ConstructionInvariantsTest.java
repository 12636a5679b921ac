package vn.massorg.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.massorg.governance.charter.Charter;
import vn.massorg.governance.charter.ImmutableCharter;
import vn.massorg.governance.testing.Records;

/**
 * Invariants hold at construction: a record that breaks one never exists, and the exception is an
 * {@link InvalidRecordException} that names the attribute at fault, never a bare
 * NullPointerException.
 */
class ConstructionInvariantsTest {

  static void assertInvalid(ThrowingCallable call, String... named) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(InvalidRecordException.class)
        .satisfies(
            e -> {
              InvalidRecordException invalid = (InvalidRecordException) e;
              String english = invalid.getMessage(java.util.Locale.ENGLISH);
              // Vietnamese first, English always there too, and they are two languages.
              assertThat(invalid.getMessage()).isNotBlank().isNotEqualTo(english);
              for (String name : named) {
                assertThat(english).contains(name);
                if (name.matches("'[A-Za-z]+'")) {
                  assertThat(invalid.getMessage())
                      .as("the Vietnamese message names %s", name)
                      .contains(name);
                }
              }
            });
  }

  // --- nulls in every builder ----------------------------------------------------------------

  static final List<Class<?>> VALUE_TYPES =
      List.of(
          ActivityResult.class,
          AgendaItem.class,
          Attendance.class,
          AttendanceCounts.class,
          AttendanceEntry.class,
          BilingualText.class,
          Body.class,
          Comment.class,
          Conclusion.class,
          Decision.class,
          Meeting.class,
          MeetingRecord.class,
          MemberUnit.class,
          Organisation.class,
          Person.class,
          Post.class,
          PostHolding.class,
          Presentation.class,
          Report.class,
          Term.class,
          VoteCount.class,
          Charter.class);

  private static Set<String> attributes(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) || m.getDeclaringClass() == type) {
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3 && m.getParameterCount() == 0) {
          names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
        } else if (n.startsWith("is") && n.length() > 2 && m.getParameterCount() == 0) {
          names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
        }
      }
    }
    return names;
  }

  /**
   * The attribute named in both languages of the exception, or null when it names none of the
   * type's attributes (or is not an InvalidRecordException at all).
   */
  private static String namedAttribute(Throwable thrown, Set<String> attributes) {
    if (!(thrown instanceof InvalidRecordException e)) {
      return null;
    }
    String vi = e.getMessage();
    String en = e.getMessage(java.util.Locale.ENGLISH);
    if (vi.equals(en)) {
      return null;
    }
    return attributes.stream()
        .filter(a -> vi.contains("'" + a + "'") && en.contains("'" + a + "'"))
        .findFirst()
        .orElse(null);
  }

  @Test
  @DisplayName("every builder method given null throws InvalidRecordException naming the attribute")
  void nullsInBuilders() throws Exception {
    List<String> wrong = new ArrayList<>();
    Set<String> kinds = new TreeSet<>();
    int checked = 0;
    for (Class<?> type : VALUE_TYPES) {
      Set<String> attributes = attributes(type);
      Method factory =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName())
              .getMethod("builder");
      Object builder = factory.invoke(null);
      for (Method m : builder.getClass().getMethods()) {
        if (m.getParameterCount() != 1
            || m.getParameterTypes()[0].isPrimitive()
            || m.getDeclaringClass() == Object.class) {
          continue;
        }
        Object fresh = factory.invoke(null);
        Throwable thrown = null;
        try {
          m.invoke(fresh, new Object[] {null});
        } catch (InvocationTargetException e) {
          thrown = e.getCause();
        }
        checked++;
        kinds.add(m.getParameterTypes()[0].getSimpleName());
        String where =
            type.getSimpleName()
                + ".Builder."
                + m.getName()
                + "("
                + m.getParameterTypes()[0].getSimpleName()
                + ") -> "
                + thrown;
        if (m.getName().equals("from")) {
          if (!(thrown instanceof InvalidRecordException)
              || !thrown.getMessage().contains("instance")) {
            wrong.add(where);
          }
        } else if (namedAttribute(thrown, attributes) == null) {
          wrong.add(where);
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).isGreaterThan(200);
    // The kinds of argument that Immutables' own generated code dereferenced unchecked.
    assertThat(kinds)
        .contains("Optional", "Iterable", "Map", "Entry", "AgendaItem[]", "PostKind[]");
  }

  @Test
  @DisplayName("with* methods and copyOf given null name the attribute too")
  void nullsInCopies() {
    MeetingRecord r = Records.complete();
    Meeting m = r.getMeeting();
    ImmutableMeeting meeting = ImmutableMeeting.copyOf(m);
    assertInvalid(
        () -> meeting.withAgenda((Iterable<AgendaItem>) null), "'agenda' must not be null");
    assertInvalid(() -> meeting.withAgenda((AgendaItem[]) null), "'agenda' must not be null");
    assertInvalid(
        () -> meeting.withAgenda(m.getAgenda().get(0), null), "'agenda' must not contain null");
    assertInvalid(
        () -> meeting.withDate((java.util.Optional<PartialDate>) null), "'date' must not be null");
    assertInvalid(() -> meeting.withDate((PartialDate) null), "'date' must not be null");
    assertInvalid(() -> ImmutableMeeting.copyOf(null), "'instance'");
    ImmutableCharter charter = ImmutableCharter.copyOf(Charter.modelCharter());
    assertInvalid(() -> charter.withQuorum(null), "'quorum' must not be null");
    assertInvalid(
        () -> charter.withChairPostKinds((PostKind[]) null), "'chairPostKinds' must not be null");
    java.util.Map<BodyKind, Threshold> nullValue = new java.util.HashMap<>();
    nullValue.put(BodyKind.STANDING_COMMITTEE, null);
    assertInvalid(() -> charter.withQuorum(nullValue), "'quorum'", "standing-committee");
    java.util.Map<BodyKind, Threshold> nullKey = new java.util.HashMap<>();
    nullKey.put(null, Threshold.atLeast(2, 3));
    assertInvalid(() -> charter.withQuorum(nullKey), "'quorum'", "null key");
  }

  @Test
  @DisplayName("map builders name the attribute for a null key, value or entry")
  void nullsInMapBuilders() {
    Threshold twoThirds = Threshold.atLeast(2, 3);
    assertInvalid(() -> Charter.builder().putQuorum(null, twoThirds), "'quorum'", "null key");
    assertInvalid(
        () -> Charter.builder().putQuorum(BodyKind.STANDING_COMMITTEE, null),
        "'quorum'",
        BodyKind.STANDING_COMMITTEE.toString());
    assertInvalid(
        () ->
            Charter.builder()
                .putQuorum(
                    new java.util.AbstractMap.SimpleEntry<>(BodyKind.STANDING_COMMITTEE, null)),
        "'quorum'");
    assertInvalid(
        () -> Charter.builder().putQuorum((java.util.Map.Entry<BodyKind, Threshold>) null),
        "'quorum' must not contain null");
    // putMeetingsPerYear(BodyKind, int) keeps Immutables' int: a null Integer fails where the
    // caller unboxes it; an entry is checked by the builder.
    assertInvalid(
        () ->
            Charter.builder()
                .putMeetingsPerYear(
                    new java.util.AbstractMap.SimpleEntry<BodyKind, Integer>(
                        BodyKind.STANDING_COMMITTEE, null)),
        "'meetingsPerYear'",
        BodyKind.STANDING_COMMITTEE.toString());
    assertThat(
            Charter.builder()
                .from(Charter.modelCharter())
                .putMeetingsPerYear(BodyKind.STANDING_COMMITTEE, 6)
                .build()
                .getMeetingsPerYear())
        .containsEntry(BodyKind.STANDING_COMMITTEE, 6);
  }

  @Test
  @DisplayName("the encoded builders keep Immutables' semantics: order, replacement, copies")
  void encodedBuildersKeepTheirSemantics() {
    AgendaItem a = AgendaItem.builder().title(BilingualText.of("Một")).build();
    AgendaItem b = AgendaItem.builder().title(BilingualText.of("Hai")).build();
    ImmutableMeeting.Builder builder =
        Meeting.builder()
            .id("meeting.a")
            .bodyId("body.a")
            .kind(MeetingKind.REGULAR)
            .title(BilingualText.of("Hội nghị"))
            .addAgenda(a)
            .addAgenda(b, a)
            .addAllAgenda(List.of(b));
    Meeting first = builder.build();
    assertThat(first.getAgenda()).containsExactly(a, b, a, b);
    // The builder goes on; what it built before does not change.
    Meeting second = builder.agenda(List.of(b)).date(PartialDate.ofYear(2020)).build();
    assertThat(first.getAgenda()).containsExactly(a, b, a, b);
    assertThat(second.getAgenda()).containsExactly(b);
    assertThat(second.getDate()).contains(PartialDate.ofYear(2020));
    // A value built holds the builder's list; changing the builder afterwards copies it first.
    Meeting third = builder.addAgenda(a, b).build();
    Meeting fourth = builder.addAgenda(a).build();
    assertThat(third.getAgenda()).containsExactly(b, a, b);
    assertThat(fourth.getAgenda()).containsExactly(b, a, b, a);
    assertThat(builder.addAllAgenda(List.of()).build().getAgenda()).isEqualTo(fourth.getAgenda());
    ImmutableMeeting.Builder one = Meeting.builder().from(second).agenda(List.of());
    Meeting single = one.addAgenda(a).build();
    assertThat(one.addAgenda(b).build().getAgenda()).containsExactly(a, b);
    assertThat(single.getAgenda()).containsExactly(a);
    assertThatThrownBy(() -> second.getAgenda().add(a))
        .isInstanceOf(UnsupportedOperationException.class);
    // Optional.empty() is "not recorded"; from() copies every attribute.
    Meeting undated = Meeting.builder().from(second).date(java.util.Optional.empty()).build();
    assertThat(undated.getDate()).isEmpty();
    assertThat(Meeting.builder().from(second).build()).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(ImmutableMeeting.copyOf(second).withDate(PartialDate.ofYear(2020)))
        .isEqualTo(second);
    // Sets keep the first-given order and drop repeats; maps keep insertion order.
    Charter c =
        ImmutableCharter.copyOf(Charter.modelCharter())
            .withChairPostKinds(PostKind.CHAIRMAN, PostKind.MEMBER, PostKind.CHAIRMAN);
    assertThat(c.getChairPostKinds()).containsExactly(PostKind.CHAIRMAN, PostKind.MEMBER);
  }

  @Test
  @DisplayName(
      "a text with a lone surrogate is refused by name: it is not Unicode text and no encoding could write it")
  void loneSurrogates() {
    assertInvalid(() -> BilingualText.of("Hội nghị \uD835"), "'vi'", "U+D835", "index 9");
    assertInvalid(() -> BilingualText.of("Hội nghị", "Meeting \uDC00"), "'en'", "U+DC00");
    assertInvalid(
        () -> Person.builder().id("person.a").familyName("Hoàng\uDBFF").givenName("Kể").build(),
        "'familyName'");
    assertInvalid(
        () ->
            Person.builder()
                .id("person.a")
                .familyName("Hoàng")
                .middleName("\uDC01")
                .givenName("Kể")
                .build(),
        "'middleName'");
    // A pair is a character like any other (U+1D54F), and stays as it is.
    assertThat(BilingualText.of("Hội nghị \uD835\uDD4F").getVi()).endsWith("\uD835\uDD4F");
  }

  @Test
  @DisplayName("a missing required attribute is named")
  void missingAttribute() {
    assertInvalid(() -> Person.builder().id("person.a").familyName("Hoàng").build(), "givenName");
    assertInvalid(() -> Meeting.builder().id("meeting.a").build(), "bodyId", "kind", "title");
  }

  /**
   * The whole message of an empty builder of every value type, in both languages: the builders pass
   * the attributes' names and the exception finds the type from its caller, so an Immutables
   * upgrade that changed either (another constructor, a builder outside its immutable class)
   * changes these sentences and fails here.
   */
  @Test
  @DisplayName("an empty builder names its type and every required attribute, in both languages")
  void missingAttributesOfEveryType() throws Exception {
    int required = 0;
    for (Class<?> type : VALUE_TYPES) {
      if (type == Attendance.class) {
        continue; // no required attribute; its own check refuses an empty one (below)
      }
      Object builder =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName())
              .getMethod("builder")
              .invoke(null);
      Throwable thrown = null;
      try {
        builder.getClass().getMethod("build").invoke(builder);
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }
      if (thrown == null) {
        continue;
      }
      required++;
      assertThat(thrown).isExactlyInstanceOf(InvalidRecordException.class);
      InvalidRecordException e = (InvalidRecordException) thrown;
      String english = e.getMessage(java.util.Locale.ENGLISH);
      String prefix = "Cannot build " + type.getSimpleName() + ", some of required attributes";
      assertThat(english).as(type.getSimpleName()).startsWith(prefix + " are not set [");
      String names = english.substring(english.indexOf('['));
      assertThat(e.getMessage())
          .isEqualTo(
              "Không tạo được "
                  + type.getSimpleName()
                  + ": thiếu các thuộc tính bắt buộc "
                  + names);
      assertThat(names).endsWith("]");
      for (String name : names.substring(1, names.length() - 1).split(", ")) {
        assertThat(attributes(type)).as(type.getSimpleName()).contains(name);
      }
    }
    assertThat(required).isGreaterThan(15);
    assertThatThrownBy(() -> Meeting.builder().id("meeting.a").build())
        .hasMessage("Không tạo được Meeting: thiếu các thuộc tính bắt buộc [bodyId, kind, title]")
        .satisfies(
            e ->
                assertThat(((InvalidRecordException) e).getMessage(java.util.Locale.ENGLISH))
                    .isEqualTo(
                        "Cannot build Meeting, some of required attributes are not set"
                            + " [bodyId, kind, title]"));
  }

  @Test
  @DisplayName("a null in a list is named: 'people' must not contain null")
  void nullElement() {
    assertInvalid(
        () -> MeetingRecord.builder().addPeople((Person) null), "'people' must not contain null");
    assertInvalid(
        () -> Report.builder().addStatusHistory((ReportStatus) null),
        "'statusHistory' must not contain null");
  }

  @Test
  @DisplayName("query methods given null name the argument")
  void nullArguments() {
    MeetingRecord r = Records.complete();
    assertInvalid(() -> r.person(null), "'id'");
    assertInvalid(() -> r.report(null), "'id'");
    assertInvalid(() -> r.titleOf(null, java.util.Locale.ENGLISH), "'personId'");
    assertInvalid(() -> r.titleOf(Records.KE, null), "'locale'");
    assertInvalid(() -> r.getTerm().body(null), "'id'");
    assertInvalid(() -> r.getTerm().label(null), "'locale'");
    assertInvalid(() -> BilingualText.of("a").in(null), "'locale'");
    assertInvalid(() -> PartialDate.ofYear(2020).isCertainlyBefore(null), "'other'");
    assertInvalid(() -> ReportStatus.DRAFT.canMoveTo(null), "'next'");
    assertInvalid(() -> r.getPeople().get(0).displayName(null), "'locale'");
  }

  // --- dates, periods, thresholds, codes -----------------------------------------------------

  @ParameterizedTest(name = "PartialDate.parse(\"{0}\")")
  @ValueSource(
      strings = {
        "",
        "20",
        "2020-1",
        "2020-13",
        "2020-00",
        "2020-02-30",
        "2021-02-29",
        "0000",
        "2020-10-15T00:00",
        " 2020",
        "2020/10"
      })
  void badDates(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isExactlyInstanceOf(InvalidRecordException.class)
        .satisfies(
            e -> assertThat(e.getMessage()).containsAnyOf("\"" + text + "\"", "'month'", "'year'"));
  }

  @Test
  @DisplayName("partial date factories check their ranges and nulls")
  void dateFactories() {
    assertInvalid(() -> PartialDate.parse(null), "'text'");
    assertInvalid(() -> PartialDate.of(null), "'date'");
    assertInvalid(() -> PartialDate.ofMonth(2020, 13), "'month'");
    assertInvalid(() -> PartialDate.ofYear(0), "'year'");
    assertInvalid(() -> PartialDate.ofYear(10000), "'year'");
    assertInvalid(() -> PartialDate.of(LocalDate.of(10000, 1, 1)), "'year'");
    assertThat(PartialDate.parse("2020-02-29").getLatest()).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  @DisplayName("reporting period and threshold factories check their forms and ranges")
  void periodsAndThresholds() {
    for (String bad :
        new String[] {"2020-Q5", "2020-Q0", "2020-H3", "2020-M6", "20-Q1", "2020Q1", "2020-q1"}) {
      assertInvalid(() -> ReportingPeriod.parse(bad), bad);
    }
    assertInvalid(() -> ReportingPeriod.parse(null), "'text'");
    assertInvalid(() -> ReportingPeriod.quarter(2020, 5), "'number'");
    assertInvalid(() -> ReportingPeriod.halfYear(2020, 0), "'number'");
    assertInvalid(() -> ReportingPeriod.year(0), "'year'");
    assertInvalid(() -> ReportingPeriod.of(null, 2020, 1), "'kind'");
    assertInvalid(() -> ReportingPeriod.quarter(9999, 4).next(), "'year'");
    for (String bad : new String[] {">=3/2", ">1/1", "=2/3", ">=2/0", "2/3", ">=-1/2"}) {
      assertInvalid(() -> Threshold.parse(bad), bad);
    }
    assertInvalid(() -> Threshold.parse(null), "'text'");
    assertInvalid(() -> Threshold.atLeast(3, 2), "3/2");
    assertInvalid(() -> Threshold.moreThan(2, 2), "2/2");
    assertInvalid(() -> Threshold.atLeast(1, 0), "1/0");
    assertInvalid(() -> Threshold.atLeast(-1, 2), "-1/2");
  }

  @Test
  @DisplayName("code lists and enumerations reject bad codes, naming the list")
  void codes() {
    for (String bad : new String[] {"", "Ban", "ban--x", "-ban", "ban-", "ban x", "bán"}) {
      assertInvalid(() -> BodyKind.of(bad), "body kind");
      assertInvalid(() -> PostKind.of(bad), "post kind");
      assertInvalid(() -> ActivityArea.of(bad), "activity area");
    }
    assertInvalid(() -> SpeakerGroup.of(null), "'code'");
    assertInvalid(() -> MeetingKind.fromCode("hop"), "MeetingKind", "regular", "congress");
    assertInvalid(() -> ReportStatus.fromCode(null), "'code'");
  }

  // --- identifiers -----------------------------------------------------------------------------

  static Stream<Arguments> identifierAttributes() {
    List<Arguments> out = new ArrayList<>();
    Function<String, Object> person =
        id -> Person.builder().id(id).familyName("A").givenName("B").build();
    Function<String, Object> holding = id -> PostHolding.builder().personId(id).build();
    Function<String, Object> meetingBody =
        id ->
            Meeting.builder()
                .id("meeting.a")
                .bodyId(id)
                .kind(MeetingKind.REGULAR)
                .title(BilingualText.of("Hội nghị"))
                .build();
    Function<String, Object> chair =
        id ->
            Meeting.builder()
                .id("meeting.a")
                .bodyId("body.a")
                .kind(MeetingKind.REGULAR)
                .title(BilingualText.of("Hội nghị"))
                .chairId(id)
                .build();
    Function<String, Object> onBehalf =
        id ->
            AttendanceEntry.builder()
                .personId("person.a")
                .status(AttendanceStatus.SUBSTITUTE)
                .onBehalfOfId(id)
                .build();
    Function<String, Object> presenter =
        id -> Presentation.builder().presenterId(id).document(BilingualText.of("Tờ trình")).build();
    Function<String, Object> report =
        id ->
            Report.builder()
                .id(id)
                .title(BilingualText.of("Báo cáo"))
                .period(ReportingPeriod.year(2020))
                .addStatusHistory(ReportStatus.DRAFT)
                .build();
    Function<String, Object> body =
        id ->
            Body.builder()
                .id(id)
                .kind(BodyKind.STANDING_COMMITTEE)
                .name(BilingualText.of("Ban"))
                .build();
    Function<String, Object> org =
        id ->
            Organisation.builder()
                .id("org.a")
                .name(BilingualText.of("Hội"))
                .level(OrganisationLevel.CITY)
                .parentId(id)
                .build();
    Function<String, Object> speaker =
        id -> Comment.builder().speakerId(id).summary(BilingualText.of("Ý kiến")).build();
    Function<String, Object> recorder =
        id ->
            Meeting.builder()
                .id("meeting.a")
                .bodyId("body.a")
                .kind(MeetingKind.REGULAR)
                .title(BilingualText.of("Hội nghị"))
                .recorderId(id)
                .build();
    Function<String, Object> itemChair =
        id -> AgendaItem.builder().title(BilingualText.of("Nội dung")).chairId(id).build();
    Function<String, Object> reportId =
        id ->
            Presentation.builder()
                .presenterId("person.a")
                .document(BilingualText.of("Tờ trình"))
                .reportId(id)
                .build();
    Function<String, Object> bodyParent =
        id ->
            Body.builder()
                .id("body.a")
                .kind(BodyKind.STANDING_COMMITTEE)
                .name(BilingualText.of("Ban"))
                .parentId(id)
                .build();
    Function<String, Object> congress =
        id -> ImmutableTerm.builder().from(Records.term(true)).openingCongressId(id).build();
    Function<String, Object> conclusion =
        id -> Conclusion.builder().speakerId(id).summary(BilingualText.of("Kết luận")).build();
    Function<String, Object> unit =
        id ->
            MemberUnit.builder()
                .id(id)
                .name(BilingualText.of("Hội"))
                .kind(MemberUnitKind.CLUB)
                .build();
    String[][] attributes = {
      {"id"},
      {"personId"},
      {"bodyId"},
      {"chairId"},
      {"onBehalfOfId"},
      {"presenterId"},
      {"id"},
      {"id"},
      {"parentId"},
      {"speakerId"},
      {"recorderId"},
      {"chairId"},
      {"reportId"},
      {"parentId"},
      {"openingCongressId"},
      {"speakerId"},
      {"id"}
    };
    List<Function<String, Object>> builders =
        List.of(
            person,
            holding,
            meetingBody,
            chair,
            onBehalf,
            presenter,
            report,
            body,
            org,
            speaker,
            recorder,
            itemChair,
            reportId,
            bodyParent,
            congress,
            conclusion,
            unit);
    for (String bad :
        new String[] {"", "Person.X", "a b", "-a", "a-", "người", "a/b", "x".repeat(101)}) {
      for (int i = 0; i < builders.size(); i++) {
        out.add(Arguments.of(attributes[i][0], bad, builders.get(i)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "''{0}'' = \"{1}\"")
  @MethodSource("identifierAttributes")
  void badIdentifiers(String attribute, String bad, Function<String, Object> build) {
    assertInvalid(() -> build.apply(bad), "'" + attribute + "'", "not an identifier");
  }

  @Test
  @DisplayName("identifiers of 100 characters and of every allowed character are fine")
  void goodIdentifiers() {
    for (String good :
        new String[] {"a", "9", "person.hoang-van-ke", "a_b:c.d-e", "x".repeat(100)}) {
      assertThat(PostHolding.builder().personId(good).build().getPersonId()).isEqualTo(good);
    }
  }

  // --- cross-attribute invariants ------------------------------------------------------------

  @Nested
  @DisplayName("cross-attribute invariants")
  class CrossAttribute {
    private final Term term = Records.term(true);

    @Test
    @DisplayName("a term that ends before it starts")
    void termEndBeforeStart() {
      assertInvalid(
          () ->
              ImmutableTerm.builder()
                  .from(term)
                  .start(PartialDate.ofYear(2024))
                  .end(PartialDate.ofYear(2019))
                  .build(),
          "'end'",
          "'start'",
          "term.2019-2024");
      // The same year at different precisions is not "before".
      assertThat(
              ImmutableTerm.builder()
                  .from(term)
                  .start(PartialDate.ofMonth(2019, 10))
                  .end(PartialDate.ofYear(2019))
                  .build()
                  .getEnd())
          .isEqualTo(PartialDate.ofYear(2019));
    }

    @Test
    @DisplayName("a holding that ends before it starts")
    void holdingEndBeforeStart() {
      assertInvalid(
          () ->
              PostHolding.builder()
                  .personId("person.a")
                  .start(PartialDate.parse("2020-05"))
                  .end(PartialDate.parse("2020-04-30"))
                  .build(),
          "'end'",
          "'start'",
          "person.a");
    }

    @Test
    @DisplayName("a holding outside its term")
    void holdingOutsideTerm() {
      Body body =
          Body.builder()
              .id("body.a")
              .kind(BodyKind.STANDING_COMMITTEE)
              .name(BilingualText.of("Ban"))
              .addPost(
                  Post.builder()
                      .id("post.a")
                      .kind(PostKind.MEMBER)
                      .addHolding(
                          PostHolding.builder()
                              .personId("person.a")
                              .start(PartialDate.ofYear(2018))
                              .build())
                      .build())
              .build();
      assertInvalid(
          () -> ImmutableTerm.copyOf(term).withBodies(body), "'start'", "outside term", "post.a");
      Body late =
          ImmutableBody.copyOf(body)
              .withPosts(
                  Post.builder()
                      .id("post.a")
                      .kind(PostKind.MEMBER)
                      .addHolding(
                          PostHolding.builder()
                              .personId("person.a")
                              .end(PartialDate.ofMonth(2025, 1))
                              .build())
                      .build());
      assertInvalid(() -> ImmutableTerm.copyOf(term).withBodies(late), "'end'", "outside term");
    }

    @Test
    @DisplayName(
        "identifiers used twice: people, reports, bodies, posts, member units, attendance entries")
    void duplicates() {
      MeetingRecord r = Records.complete();
      Person p = r.getPeople().get(0);
      assertInvalid(() -> ImmutableMeetingRecord.copyOf(r).withPeople(p, p), "people", p.getId());
      Report rep = r.getReports().get(0);
      assertInvalid(() -> ImmutableMeetingRecord.copyOf(r).withReports(rep, rep), "reports");
      Body b = term.getBodies().get(0);
      assertInvalid(() -> ImmutableTerm.copyOf(term).withBodies(b, b), "bodies", b.getId());
      Body renamed = ImmutableBody.copyOf(b).withId("body.other");
      assertInvalid(
          () -> ImmutableTerm.copyOf(term).withBodies(b, renamed), "posts", "post.bch.chu-tich");
      MemberUnit u =
          MemberUnit.builder()
              .id("unit.a")
              .name(BilingualText.of("Hội"))
              .kind(MemberUnitKind.CLUB)
              .build();
      assertInvalid(
          () -> ImmutableOrganisation.copyOf(r.getOrganisation()).withMemberUnits(u, u),
          "memberUnits",
          "unit.a");
      AttendanceEntry e =
          AttendanceEntry.builder().personId("person.a").status(AttendanceStatus.PRESENT).build();
      assertInvalid(() -> Attendance.builder().addEntries(e, e).build(), "'entries'", "person.a");
    }

    @Test
    @DisplayName("illegal report status transitions and an empty history")
    void statusTransitions() {
      Report rep = Records.q3Report();
      assertInvalid(
          () -> ImmutableReport.copyOf(rep).withStatusHistory(List.of()),
          "'statusHistory'",
          "empty");
      assertInvalid(
          () ->
              ImmutableReport.copyOf(rep)
                  .withStatusHistory(ReportStatus.DRAFT, ReportStatus.ADOPTED),
          "'statusHistory'",
          "draft",
          "adopted");
      assertInvalid(
          () ->
              ImmutableReport.copyOf(rep)
                  .withStatusHistory(ReportStatus.ADOPTED, ReportStatus.DRAFT),
          "'statusHistory'");
      assertInvalid(
          () ->
              ImmutableReport.copyOf(rep).withStatusHistory(ReportStatus.DRAFT, ReportStatus.DRAFT),
          "'statusHistory'");
      for (ReportStatus from : ReportStatus.values()) {
        for (ReportStatus to : ReportStatus.values()) {
          boolean legal = from.canMoveTo(to);
          if (legal) {
            assertThat(ImmutableReport.copyOf(rep).withStatusHistory(from, to).status())
                .isEqualTo(to);
          } else {
            assertInvalid(
                () -> ImmutableReport.copyOf(rep).withStatusHistory(from, to),
                from.getCode(),
                to.getCode());
          }
        }
      }
    }

    @Test
    @DisplayName("a substitute names whom it stands for, and only a substitute does")
    void substitute() {
      assertInvalid(
          () ->
              AttendanceEntry.builder()
                  .personId("person.a")
                  .status(AttendanceStatus.SUBSTITUTE)
                  .build(),
          "'onBehalfOfId'",
          "required");
      assertInvalid(
          () ->
              AttendanceEntry.builder()
                  .personId("person.a")
                  .status(AttendanceStatus.PRESENT)
                  .onBehalfOfId("person.b")
                  .build(),
          "'onBehalfOfId'",
          "only for a substitute");
    }

    @Test
    @DisplayName("a comment has exactly one of speaker and speaker group")
    void comment() {
      assertInvalid(
          () -> Comment.builder().summary(BilingualText.of("Ý kiến")).build(),
          "'speakerId'",
          "'speakerGroup'");
      assertInvalid(
          () ->
              Comment.builder()
                  .summary(BilingualText.of("Ý kiến"))
                  .speakerId("person.a")
                  .speakerGroup(SpeakerGroup.DELEGATES)
                  .build(),
          "'speakerId'");
    }

    @Test
    @DisplayName("attendance needs entries or counts; a body is not its own parent")
    void attendanceAndParent() {
      assertInvalid(() -> Attendance.builder().build(), "'entries'", "'counts'");
      assertInvalid(
          () ->
              Body.builder()
                  .id("body.a")
                  .kind(BodyKind.STANDING_COMMITTEE)
                  .name(BilingualText.of("Ban"))
                  .parentId("body.a")
                  .build(),
          "'parentId'");
    }

    @Test
    @DisplayName("a charter needs a term of at least a year and at least one meeting a year")
    void charter() {
      assertInvalid(
          () -> ImmutableCharter.copyOf(Charter.modelCharter()).withTermYears(0), "'termYears'");
      assertInvalid(
          () ->
              ImmutableCharter.copyOf(Charter.modelCharter())
                  .withMeetingsPerYear(java.util.Map.of(BodyKind.STANDING_COMMITTEE, 0)),
          "'meetingsPerYear'");
    }
  }
}
