package vn.massorg.governance.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.massorg.governance.model.AgendaItem;
import vn.massorg.governance.model.Attendance;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.ImmutableAgendaItem;
import vn.massorg.governance.model.ImmutableAttendance;
import vn.massorg.governance.model.ImmutableBody;
import vn.massorg.governance.model.ImmutableMeeting;
import vn.massorg.governance.model.ImmutableMeetingRecord;
import vn.massorg.governance.model.ImmutablePost;
import vn.massorg.governance.model.ImmutableReport;
import vn.massorg.governance.model.ImmutableTerm;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.Report;

/**
 * Small, exact changes to a record for tests: each returns a new record that differs from the given
 * one in one place, through the model's own {@code copyOf}/{@code with*} methods (so every
 * invariant still applies).
 */
public final class Edits {
  private Edits() {}

  /**
   * Changes the meeting.
   *
   * @param record the record, not null
   * @param change the change, not null
   * @return the changed record, not null
   */
  public static MeetingRecord meeting(
      MeetingRecord record, UnaryOperator<ImmutableMeeting> change) {
    return ImmutableMeetingRecord.copyOf(record)
        .withMeeting(change.apply(ImmutableMeeting.copyOf(record.getMeeting())));
  }

  /**
   * Changes the term.
   *
   * @param record the record, not null
   * @param change the change, not null
   * @return the changed record, not null
   */
  public static MeetingRecord term(MeetingRecord record, UnaryOperator<ImmutableTerm> change) {
    return ImmutableMeetingRecord.copyOf(record)
        .withTerm(change.apply(ImmutableTerm.copyOf(record.getTerm())));
  }

  /**
   * Changes one body of the term.
   *
   * @param record the record, not null
   * @param index the body's index in the term
   * @param change the change, not null
   * @return the changed record, not null
   */
  public static MeetingRecord body(
      MeetingRecord record, int index, UnaryOperator<ImmutableBody> change) {
    return term(
        record,
        t -> {
          List<Body> bodies = new ArrayList<>(t.getBodies());
          bodies.set(index, change.apply(ImmutableBody.copyOf(bodies.get(index))));
          return t.withBodies(bodies);
        });
  }

  /**
   * Adds a body at the end of the term's bodies.
   *
   * @param record the record, not null
   * @param body the body, not null
   * @return the changed record, not null
   */
  public static MeetingRecord addBody(MeetingRecord record, Body body) {
    return term(
        record,
        t -> {
          List<Body> bodies = new ArrayList<>(t.getBodies());
          bodies.add(body);
          return t.withBodies(bodies);
        });
  }

  /**
   * Changes one post of a body.
   *
   * @param record the record, not null
   * @param bodyIndex the body's index
   * @param postIndex the post's index in the body
   * @param change the change, not null
   * @return the changed record, not null
   */
  public static MeetingRecord post(
      MeetingRecord record, int bodyIndex, int postIndex, UnaryOperator<ImmutablePost> change) {
    return body(
        record,
        bodyIndex,
        b -> {
          List<Post> posts = new ArrayList<>(b.getPosts());
          posts.set(postIndex, change.apply(ImmutablePost.copyOf(posts.get(postIndex))));
          return b.withPosts(posts);
        });
  }

  /**
   * Adds a post at the end of a body's posts.
   *
   * @param record the record, not null
   * @param bodyIndex the body's index
   * @param post the post, not null
   * @return the changed record, not null
   */
  public static MeetingRecord addPost(MeetingRecord record, int bodyIndex, Post post) {
    return body(
        record,
        bodyIndex,
        b -> {
          List<Post> posts = new ArrayList<>(b.getPosts());
          posts.add(post);
          return b.withPosts(posts);
        });
  }

  /**
   * Adds people at the end of the record's people.
   *
   * @param record the record, not null
   * @param people the people, not null
   * @return the changed record, not null
   */
  public static MeetingRecord addPeople(MeetingRecord record, Person... people) {
    List<Person> all = new ArrayList<>(record.getPeople());
    all.addAll(List.of(people));
    return ImmutableMeetingRecord.copyOf(record).withPeople(all);
  }

  /**
   * Changes one agenda item.
   *
   * @param record the record, not null
   * @param index the item's index
   * @param change the change, not null
   * @return the changed record, not null
   */
  public static MeetingRecord agendaItem(
      MeetingRecord record, int index, UnaryOperator<ImmutableAgendaItem> change) {
    return meeting(
        record,
        m -> {
          List<AgendaItem> agenda = new ArrayList<>(m.getAgenda());
          agenda.set(index, change.apply(ImmutableAgendaItem.copyOf(agenda.get(index))));
          return m.withAgenda(agenda);
        });
  }

  /**
   * Adds an agenda item at the end of the agenda.
   *
   * @param record the record, not null
   * @param item the item, not null
   * @return the changed record, not null
   */
  public static MeetingRecord addAgendaItem(MeetingRecord record, AgendaItem item) {
    return meeting(
        record,
        m -> {
          List<AgendaItem> agenda = new ArrayList<>(m.getAgenda());
          agenda.add(item);
          return m.withAgenda(agenda);
        });
  }

  /**
   * Changes the attendance, which must be recorded.
   *
   * @param record the record, not null
   * @param change the change, not null
   * @return the changed record, not null
   */
  public static MeetingRecord attendance(
      MeetingRecord record, UnaryOperator<ImmutableAttendance> change) {
    Attendance attendance =
        record
            .getMeeting()
            .getAttendance()
            .orElseThrow(() -> new IllegalArgumentException("the record has no attendance"));
    return meeting(
        record, m -> m.withAttendance(change.apply(ImmutableAttendance.copyOf(attendance))));
  }

  /**
   * Changes one report.
   *
   * @param record the record, not null
   * @param index the report's index
   * @param change the change, not null
   * @return the changed record, not null
   */
  public static MeetingRecord report(
      MeetingRecord record, int index, UnaryOperator<ImmutableReport> change) {
    List<Report> reports = new ArrayList<>(record.getReports());
    reports.set(index, change.apply(ImmutableReport.copyOf(reports.get(index))));
    return ImmutableMeetingRecord.copyOf(record).withReports(reports);
  }

  /**
   * Adds a report at the end of the record's reports.
   *
   * @param record the record, not null
   * @param report the report, not null
   * @return the changed record, not null
   */
  public static MeetingRecord addReport(MeetingRecord record, Report report) {
    List<Report> reports = new ArrayList<>(record.getReports());
    reports.add(report);
    return ImmutableMeetingRecord.copyOf(record).withReports(reports);
  }
}
