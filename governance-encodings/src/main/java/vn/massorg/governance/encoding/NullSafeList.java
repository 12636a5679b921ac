package vn.massorg.governance.encoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.immutables.encode.Encoding;
import vn.massorg.governance.model.InvalidRecordException;

/**
 * A {@code List<T>} attribute: an unmodifiable list without nulls, in the order given.
 *
 * <p>Builder: {@code addX(T)} (depluralized), {@code addXs(T...)}, {@code addAllXs(Iterable)},
 * {@code xs(Iterable)} (replaces); value: {@code withXs(T...)}, {@code withXs(Iterable)}. A null
 * argument gives "'xs' must not be null", a null element "'xs' must not contain null".
 */
@Encoding
final class NullSafeList<T> {
  @Encoding.Impl
  private List<T> value;

  @Encoding.Expose
  List<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> List<T> of(Iterable<? extends T> elements) {
    if (elements == null) {
      throw new InvalidRecordException("<*>");
    }
    ArrayList<T> list = elements instanceof Collection<?>
        ? new ArrayList<>(((Collection<?>) elements).size()) : new ArrayList<>();
    for (T element : elements) {
      if (element == null) {
        throw new InvalidRecordException("<*> element");
      }
      list.add(element);
    }
    list.trimToSize();
    return wrap(list);
  }

  /** The list itself behind an unmodifiable view; its owner keeps no other reference. */
  private static <T> List<T> wrap(List<T> list) {
    switch (list.size()) {
      case 0:
        return Collections.emptyList();
      case 1:
        return Collections.singletonList(list.get(0));
      default:
        return Collections.unmodifiableList(list);
    }
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  List<T> withIterable(Iterable<? extends T> elements) {
    return of(elements);
  }

  @SuppressWarnings({"unchecked", "varargs"})
  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  List<T> withArray(T... elements) {
    if (elements == null) {
      throw new InvalidRecordException("<*>");
    }
    return of(Arrays.asList(elements));
  }

  @Encoding.Builder
  static final class Builder<T> {
    private final ArrayList<T> list = new ArrayList<>();

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD)
    void add(T element) {
      if (element == null) {
        throw new InvalidRecordException("<*> element");
      }
      list.add(element);
    }

    @SuppressWarnings("unchecked")
    @Encoding.Init
    @Encoding.Naming("add*")
    void addArray(T... elements) {
      if (elements == null) {
        throw new InvalidRecordException("<*>");
      }
      for (T element : elements) {
        if (element == null) {
          throw new InvalidRecordException("<*> element");
        }
        list.add(element);
      }
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD_ALL)
    void addAll(Iterable<? extends T> elements) {
      if (elements == null) {
        throw new InvalidRecordException("<*>");
      }
      for (T element : elements) {
        if (element == null) {
          throw new InvalidRecordException("<*> element");
        }
        list.add(element);
      }
    }

    @Encoding.Init
    @Encoding.Copy
    void set(Iterable<? extends T> elements) {
      if (elements == null) {
        throw new InvalidRecordException("<*>");
      }
      list.clear();
      for (T element : elements) {
        if (element == null) {
          throw new InvalidRecordException("<*> element");
        }
        list.add(element);
      }
    }

    /** A copy: the builder may go on and build again. */
    @Encoding.Build
    List<T> build() {
      switch (list.size()) {
        case 0:
          return Collections.emptyList();
        case 1:
          return Collections.singletonList(list.get(0));
        default:
          return Collections.unmodifiableList(new ArrayList<>(list));
      }
    }
  }
}
