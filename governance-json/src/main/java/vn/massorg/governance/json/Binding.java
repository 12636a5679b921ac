package vn.massorg.governance.json;

import java.io.IOException;
import java.util.function.Function;
import vn.massorg.governance.model.Coded;

/**
 * One model type with its JSON form: how to read a value of it and how to write one. The generated
 * {@code ModelBindings} lists one per type; {@link GovernanceModule} registers them with Jackson.
 *
 * @param <T> the type
 * @param type the type
 * @param read reads one value with a strict reader on its first token
 * @param write writes one value
 */
record Binding<T>(Class<T> type, Read<T> read, Write<T> write) {
  /** Reads one value with a fresh strict reader positioned on its first token. */
  @FunctionalInterface
  interface Read<T> {
    T read(ModelReader reader) throws IOException;
  }

  /** Writes one value. */
  @FunctionalInterface
  interface Write<T> {
    void write(ModelWriter writer, T value) throws IOException;
  }

  /** A value written as its string form and read back by a model factory. */
  static <T> Binding<T> stringForm(Class<T> type, Function<String, T> parse) {
    return new Binding<>(type, r -> r.value(parse), (w, v) -> w.scalar(v.toString()));
  }

  /** A constant of a closed code list, written as its code. */
  static <E extends Enum<E> & Coded> Binding<E> coded(Class<E> type) {
    return new Binding<>(type, r -> r.coded(type), (w, v) -> w.scalar(v.getCode()));
  }
}
