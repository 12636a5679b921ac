package vn.massorg.governance.validation.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.AttendanceCounts;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.Conclusion;
import vn.massorg.governance.model.Decision;
import vn.massorg.governance.model.Meeting;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.Organisation;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.Report;
import vn.massorg.governance.model.Term;
import vn.massorg.governance.model.VoteCount;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.Rule;
import vn.massorg.governance.validation.RuleLayer;
import vn.massorg.governance.validation.RuleSource;
import vn.massorg.governance.validation.Severity;

/**
 * The model's field constraints, checked by the library's own validator without a Jakarta engine:
 * the same constraints the annotations on the model declare for host applications' validators, with
 * the same semantics, the same codes, the same JSON Pointers and the same arguments. Hibernate
 * Validator's generic walk (a metadata lookup, a path node and value extractors for every cascaded
 * bean) cost more than reading the record; this walk costs a fraction of it, and builds a path only
 * for a value at fault.
 *
 * <p>Each check names the annotation it stands for. {@code FieldRulesTest} holds this class to
 * Hibernate Validator's own verdicts on the model's annotations, constraint by constraint and on
 * generated records, so the two cannot drift apart unnoticed.
 */
public final class FieldRules {
  private static final RuleSource SOURCE =
      RuleSource.of(RuleLayer.FIELD, RuleLayer.FIELD.getLabel());

  /** The regular expression of {@code Checks.NOT_BLANK}, shown in a finding's arguments. */
  private static final String NOT_BLANK = "(?s).*\\S.*";

  private static final Pattern DOCUMENT_NUMBER = Pattern.compile(Report.DOCUMENT_NUMBER_FORM);
  private static final int ABBREVIATION_MAX = 40;

  private final List<Finding> out;

  /** The path to the value being checked: a name, or an index where the name is null. */
  private String[] names = new String[12];

  private int[] indexes = new int[12];
  private int depth;

  private FieldRules(List<Finding> out) {
    this.out = out;
  }

  /**
   * Checks every field constraint of a record.
   *
   * @param record the record, not null
   * @param out where the findings go
   */
  public static void check(MeetingRecord record, List<Finding> out) {
    new FieldRules(out).record(record);
  }

  private void record(MeetingRecord record) {
    enter("organisation");
    organisation(record.getOrganisation());
    leave();
    enter("term");
    term(record.getTerm());
    leave();
    each("people", record.getPeople(), this::person);
    enter("meeting");
    meeting(record.getMeeting());
    leave();
    each("reports", record.getReports(), this::report);
  }

  private void organisation(Organisation organisation) {
    text("name", organisation.getName());
    Optional<String> abbreviation = organisation.getAbbreviation();
    if (abbreviation.isPresent()) {
      String value = abbreviation.get();
      notBlankPattern("abbreviation", value);
      // @Size(max = 40): counted in UTF-16 units, as Hibernate Validator counts.
      if (value.length() > ABBREVIATION_MAX) {
        report(
            Rule.FIELD_SIZE,
            "abbreviation",
            value,
            "min",
            "0",
            "max",
            Integer.toString(ABBREVIATION_MAX));
      }
    }
    each("memberUnits", organisation.getMemberUnits(), unit -> text("name", unit.getName()));
  }

  private void term(Term term) {
    positive("ordinal", term.getOrdinal());
    optionalText("workProgramme", term.getWorkProgramme());
    each("bodies", term.getBodies(), this::body);
  }

  private void body(Body body) {
    text("name", body.getName());
    positive("seats", body.getSeats());
    // Post holdings carry no constraint: nothing to check below them.
    each("posts", body.getPosts(), post -> optionalText("title", post.getTitle()));
  }

  private void person(Person person) {
    notBlank("familyName", person.getFamilyName());
    person.getMiddleName().ifPresent(name -> notBlankPattern("middleName", name));
    notBlank("givenName", person.getGivenName());
  }

  private void meeting(Meeting meeting) {
    text("title", meeting.getTitle());
    optionalText("venue", meeting.getVenue());
    if (meeting.getAttendance().isPresent()) {
      enter("attendance");
      attendance(meeting.getAttendance().get());
      leave();
    }
    each("agenda", meeting.getAgenda(), this::agendaItem);
  }

  private void attendance(Attendance attendance) {
    each("entries", attendance.getEntries(), entry -> optionalText("reason", entry.getReason()));
    if (attendance.getCounts().isPresent()) {
      AttendanceCounts counts = attendance.getCounts().get();
      enter("counts");
      positiveOrZero("present", counts.getPresent());
      counts.getExcused().ifPresent(n -> positiveOrZero("excused", n));
      counts.getAbsent().ifPresent(n -> positiveOrZero("absent", n));
      leave();
    }
  }

  private void agendaItem(AgendaItem item) {
    text("title", item.getTitle());
    each("presentations", item.getPresentations(), p -> text("document", p.getDocument()));
    each("comments", item.getComments(), comment -> text("summary", comment.getSummary()));
    each("decisions", item.getDecisions(), this::decision);
    if (item.getConclusion().isPresent()) {
      Conclusion conclusion = item.getConclusion().get();
      enter("conclusion");
      text("summary", conclusion.getSummary());
      texts("directions", conclusion.getDirections());
      leave();
    }
  }

  private void decision(Decision decision) {
    text("title", decision.getTitle());
    if (decision.getVotes().isPresent()) {
      VoteCount votes = decision.getVotes().get();
      enter("votes");
      positiveOrZero("inFavour", votes.getInFavour());
      positiveOrZero("against", votes.getAgainst());
      positiveOrZero("abstaining", votes.getAbstaining());
      leave();
    }
  }

  private void report(Report report) {
    text("title", report.getTitle());
    if (report.getDocumentNumber().isPresent()) {
      String number = report.getDocumentNumber().get();
      // @Pattern(regexp = Report.DOCUMENT_NUMBER_FORM): the whole text must match.
      if (!DOCUMENT_NUMBER.matcher(number).matches()) {
        report(Rule.FIELD_PATTERN, "documentNumber", number, "regexp", Report.DOCUMENT_NUMBER_FORM);
      }
    }
    each("results", report.getResults(), result -> optionalText("summary", result.getSummary()));
    texts("context", report.getContext());
    texts("tasksForNextPeriod", report.getTasksForNextPeriod());
  }

  // --- the constraints ---------------------------------------------------------------------

  /** A cascaded {@code BilingualText}: {@code @NotBlank vi}, {@code Optional<@Pattern en>}. */
  private void text(String name, BilingualText text) {
    if (isBlank(text)) {
      enter(name);
      textHere(text);
      leave();
    }
  }

  private void optionalText(String name, Optional<BilingualText> text) {
    if (text.isPresent()) {
      text(name, text.get());
    }
  }

  private void texts(String name, List<BilingualText> texts) {
    each(
        name,
        texts,
        text -> {
          if (isBlank(text)) {
            textHere(text);
          }
        });
  }

  /** Checks each element of a list, at {@code /name/i}. */
  private <T> void each(String name, List<T> items, Consumer<T> check) {
    enter(name);
    for (int i = 0; i < items.size(); i++) {
      enter(i);
      check.accept(items.get(i));
      leave();
    }
    leave();
  }

  private static boolean isBlank(BilingualText text) {
    return text.getVi().isBlank()
        || text.getEn().isPresent() && isBlankForPattern(text.getEn().get());
  }

  private void textHere(BilingualText text) {
    notBlank("vi", text.getVi());
    text.getEn().ifPresent(en -> notBlankPattern("en", en));
  }

  /** {@code @NotBlank}: Hibernate Validator's test is {@link String#isBlank()}. */
  private void notBlank(String name, String value) {
    if (value.isBlank()) {
      report(Rule.FIELD_BLANK, name, value);
    }
  }

  /** {@code @Pattern(regexp = Checks.NOT_BLANK)} on an optional text. */
  private void notBlankPattern(String name, String value) {
    if (isBlankForPattern(value)) {
      report(Rule.FIELD_BLANK, name, value, "regexp", NOT_BLANK);
    }
  }

  /**
   * Whether {@code (?s).*\S.*} fails to match: every character is one of the six that {@code \s}
   * stands for without UNICODE_CHARACTER_CLASS. Wider than {@link String#isBlank()} knows, narrower
   * in places, which is why the two annotations are kept apart here.
   */
  private static boolean isBlankForPattern(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** {@code Optional<@Positive Integer>}. */
  private void positive(String name, Optional<Integer> value) {
    if (value.isPresent() && value.get() <= 0) {
      report(Rule.FIELD_POSITIVE, name, value.get());
    }
  }

  /** {@code @PositiveOrZero int} and {@code Optional<@PositiveOrZero Integer>}. */
  private void positiveOrZero(String name, int value) {
    if (value < 0) {
      report(Rule.FIELD_POSITIVE_OR_ZERO, name, value);
    }
  }

  // --- paths and findings ------------------------------------------------------------------

  private void enter(String name) {
    push(name, -1);
  }

  private void enter(int index) {
    push(null, index);
  }

  private void push(String name, int index) {
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indexes = java.util.Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth++] = index;
  }

  private void leave() {
    depth--;
  }

  private String pointer(String leaf) {
    StringBuilder path = new StringBuilder(64);
    for (int i = 0; i < depth; i++) {
      if (names[i] != null) {
        path.append('/').append(names[i]);
      } else {
        path.append('/').append(indexes[i]);
      }
    }
    return path.append('/').append(leaf).toString();
  }

  /**
   * A field finding, shaped as the library has always reported a Jakarta violation: the
   * constraint's attributes that a message may show, and the invalid value, shortened.
   */
  private void report(Rule rule, String name, Object invalid, String... attributes) {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i < attributes.length; i += 2) {
      args.put(attributes[i], attributes[i + 1]);
    }
    String shown = String.valueOf(invalid);
    args.put("invalid", shown.length() <= 60 ? shown : shown.substring(0, 57) + "...");
    out.add(
        Finding.of(
            rule.getCode(),
            Severity.ERROR,
            pointer(name),
            () -> {
              // The message that shows the invalid value, where the rule has one; chosen on first
              // use.
              String key = rule.messageKey();
              return Messages.render(Messages.has(key + ".value") ? key + ".value" : key, args);
            },
            SOURCE,
            args));
  }
}
