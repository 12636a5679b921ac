package vn.massorg.governance.encoding;

import java.util.Objects;
import java.util.Optional;
import org.immutables.encode.Encoding;

/**
 * An {@code Optional<Integer>} attribute: {@link NullSafeOptional} with the int initializers
 * Immutables' own code has ({@code x(int)}, {@code withX(int)}). Enabled before {@code
 * NullSafeOptional}, which would match as well, so that it wins for this type.
 */
@Encoding
final class NullSafeOptionalInt {
  @Encoding.Impl private final Integer value = null;

  @Encoding.Expose
  Optional<Integer> get() {
    return Optional.ofNullable(value);
  }

  @Encoding.Of
  static Integer of(Optional<Integer> optional) {
    if (optional == null) {
      throw new vn.massorg.governance.model.InvalidRecordException("<*>");
    }
    return optional.orElse(null);
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  Integer withValue(int value) {
    return value;
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  Integer withOptional(Optional<Integer> optional) {
    return of(optional);
  }

  // Immutables' encoding protocol: the generated class's equals(Object) calls this typed equals.
  @SuppressWarnings({"checkstyle:EqualsHashCode", "checkstyle:CovariantEquals"})
  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @SuppressWarnings("checkstyle:CovariantEquals")
  boolean equals(NullSafeOptionalInt other) {
    return Objects.equals(value, other.value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }

  @Encoding.Builder
  static final class Builder {
    private Integer value;

    @Encoding.Init
    void set(int value) {
      this.value = value;
    }

    @Encoding.Init
    @Encoding.Copy
    void setOptional(Optional<Integer> optional) {
      if (optional == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      this.value = optional.orElse(null);
    }

    @Encoding.Build
    Integer build() {
      return value;
    }
  }
}
