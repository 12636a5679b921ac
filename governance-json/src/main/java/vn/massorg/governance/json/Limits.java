package vn.massorg.governance.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The parser's limits (see {@link JsonSetup}), which say which of them was exceeded: Jackson's
 * {@link StreamConstraintsException} has only an English message, so each check is Jackson's own,
 * and its failure is thrown again as an {@link Exceeded} naming the limit. A limit exceeded outside
 * these checks (the symbol table's guard against hash collisions) stays a plain {@link
 * StreamConstraintsException}, which {@link Errors} reports as the document limit.
 */
final class Limits extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  /** The limits of the format, one per check of {@link StreamReadConstraints}. */
  enum Kind {
    DEPTH,
    DOCUMENT,
    TOKENS,
    NUMBER,
    STRING,
    NAME
  }

  /** A limit exceeded, with the check that found it. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    /** The limit. */
    final Kind kind;

    Exceeded(Kind kind, StreamConstraintsException e) {
      super(e.getOriginalMessage(), e.getLocation());
      this.kind = kind;
    }
  }

  Limits(
      int maxNestingDepth,
      long maxDocumentLength,
      int maxNumberLength,
      int maxStringLength,
      int maxNameLength,
      long maxTokenCount) {
    super(
        maxNestingDepth,
        maxDocumentLength,
        maxNumberLength,
        maxStringLength,
        maxNameLength,
        maxTokenCount);
  }

  @Override
  public void validateNestingDepth(int depth) throws StreamConstraintsException {
    try {
      super.validateNestingDepth(depth);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Kind.DEPTH, e);
    }
  }

  @Override
  public void validateDocumentLength(long length) throws StreamConstraintsException {
    try {
      super.validateDocumentLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Kind.DOCUMENT, e);
    }
  }

  @Override
  public void validateTokenCount(long count) throws StreamConstraintsException {
    try {
      super.validateTokenCount(count);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Kind.TOKENS, e);
    }
  }

  @Override
  public void validateFPLength(int length) throws StreamConstraintsException {
    try {
      super.validateFPLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Kind.NUMBER, e);
    }
  }

  @Override
  public void validateIntegerLength(int length) throws StreamConstraintsException {
    try {
      super.validateIntegerLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Kind.NUMBER, e);
    }
  }

  @Override
  public void validateBigIntegerScale(int scale) throws StreamConstraintsException {
    try {
      super.validateBigIntegerScale(scale);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Kind.NUMBER, e);
    }
  }

  @Override
  public void validateStringLength(int length) throws StreamConstraintsException {
    try {
      super.validateStringLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Kind.STRING, e);
    }
  }

  @Override
  public void validateNameLength(int length) throws StreamConstraintsException {
    try {
      super.validateNameLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Kind.NAME, e);
    }
  }
}
