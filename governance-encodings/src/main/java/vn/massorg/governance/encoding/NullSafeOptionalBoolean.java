package vn.massorg.governance.encoding;

import java.util.Objects;
import java.util.Optional;
import org.immutables.encode.Encoding;

/**
 * An {@code Optional<Boolean>} attribute: {@link NullSafeOptional} with the boolean initializers
 * Immutables' own code has ({@code x(boolean)}, {@code withX(boolean)}). Enabled before {@code
 * NullSafeOptional}, which would match as well, so that it wins for this type.
 */
@Encoding
final class NullSafeOptionalBoolean {
  @Encoding.Impl private final Boolean value = null;

  @Encoding.Expose
  Optional<Boolean> get() {
    return Optional.ofNullable(value);
  }

  @Encoding.Of
  static Boolean of(Optional<Boolean> optional) {
    if (optional == null) {
      throw new vn.massorg.governance.model.InvalidRecordException("<*>");
    }
    return optional.orElse(null);
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  Boolean withValue(boolean value) {
    return value;
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  Boolean withOptional(Optional<Boolean> optional) {
    return of(optional);
  }

  // Immutables' encoding protocol: the generated class's equals(Object) calls this typed equals.
  @SuppressWarnings({"checkstyle:EqualsHashCode", "checkstyle:CovariantEquals"})
  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @SuppressWarnings("checkstyle:CovariantEquals")
  boolean equals(NullSafeOptionalBoolean other) {
    return Objects.equals(value, other.value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }

  @Encoding.Builder
  static final class Builder {
    private Boolean value;

    @Encoding.Init
    void set(boolean value) {
      this.value = value;
    }

    @Encoding.Init
    @Encoding.Copy
    void setOptional(Optional<Boolean> optional) {
      if (optional == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      this.value = optional.orElse(null);
    }

    @Encoding.Build
    Boolean build() {
      return value;
    }
  }
}
