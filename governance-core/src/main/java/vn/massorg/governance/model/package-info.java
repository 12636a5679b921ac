/**
 * The governance records of a mass organisation as immutable values: the organisation ({@link
 * vn.massorg.governance.model.Organisation}), its terms of office ({@link
 * vn.massorg.governance.model.Term}), their bodies, posts and post holdings, people, and the
 * meetings ({@link vn.massorg.governance.model.Meeting}) and periodic reports ({@link
 * vn.massorg.governance.model.Report}) that a self-contained {@link
 * vn.massorg.governance.model.MeetingRecord} brings together.
 *
 * <p>Every value is immutable, thread-safe, equal by content and holds its texts in Unicode NFC,
 * whatever form they were given in ({@link vn.massorg.governance.model.ModelValue}). Invariants
 * that must always hold (an end not before its start, a holding inside its term, unique
 * identifiers) are enforced at construction with {@link
 * vn.massorg.governance.model.InvalidRecordException}; the rules of the law, the Party and the
 * charter are checked by {@code vn.massorg.governance.validation} and reported as findings. A fact
 * that the source does not give is an empty {@code Optional}: "not recorded".
 *
 * <p>Depends on: the JDK, Jakarta Validation annotations (constraints), Immutables and
 * governance-encodings (compile time only). Must not depend on: the validation engine, the charter,
 * Jackson or any JSON library.
 */
@ModelStyle
package vn.massorg.governance.model;
