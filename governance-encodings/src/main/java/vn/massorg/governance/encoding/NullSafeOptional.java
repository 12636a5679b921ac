package vn.massorg.governance.encoding;

import java.util.Objects;
import java.util.Optional;
import org.immutables.encode.Encoding;

/**
 * An {@code Optional<T>} attribute: "not recorded" when empty, stored as a nullable field as
 * Immutables does, so that building allocates no {@code Optional}.
 *
 * <p>Builder: {@code x(T)} and {@code x(Optional)}; value: {@code withX(T)} and {@code
 * withX(Optional)}. A null for either, the value or the {@code Optional}, gives "'x' must not be
 * null": absence is an empty {@code Optional}, never a null.
 */
@Encoding
final class NullSafeOptional<T> {
  @Encoding.Impl private final T value = null;

  @Encoding.Expose
  Optional<T> get() {
    return Optional.ofNullable(value);
  }

  @Encoding.Of
  static <T> T of(Optional<? extends T> optional) {
    if (optional == null) {
      throw new vn.massorg.governance.model.InvalidRecordException("<*>");
    }
    return optional.orElse(null);
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  T withValue(T value) {
    if (value == null) {
      throw new vn.massorg.governance.model.InvalidRecordException("<*>");
    }
    return value;
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  T withOptional(Optional<? extends T> optional) {
    return of(optional);
  }

  // Immutables' encoding protocol: the generated class's equals(Object) calls this typed equals.
  @SuppressWarnings({"checkstyle:EqualsHashCode", "checkstyle:CovariantEquals"})
  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @SuppressWarnings("checkstyle:CovariantEquals")
  boolean equals(NullSafeOptional<T> other) {
    return Objects.equals(value, other.value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }

  @Encoding.Builder
  static final class Builder<T> {
    private T value;

    @Encoding.Init
    void set(T value) {
      if (value == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      this.value = value;
    }

    @Encoding.Init
    @Encoding.Copy
    void setOptional(Optional<? extends T> optional) {
      if (optional == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      this.value = optional.orElse(null);
    }

    @Encoding.Build
    T build() {
      return value;
    }
  }
}
