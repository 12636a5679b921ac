package vn.massorg.governance.encoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.encode.Encoding;

/**
 * A {@code Set<T>} attribute: an unmodifiable set without nulls, in the order first given.
 *
 * <p>The same builder and {@code with*} methods as {@link NullSafeList}, with the same messages.
 */
@Encoding
final class NullSafeSet<T> {
  @Encoding.Impl private Set<T> value;

  @Encoding.Expose
  Set<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> Set<T> of(Iterable<? extends T> elements) {
    if (elements == null) {
      throw new vn.massorg.governance.model.InvalidRecordException("<*>");
    }
    ArrayList<T> list =
        elements instanceof Collection<?>
            ? new ArrayList<>(((Collection<?>) elements).size())
            : new ArrayList<>();
    for (T element : elements) {
      if (element == null) {
        throw vn.massorg.governance.model.InvalidRecordException.nullElement("<*>");
      }
      list.add(element);
    }
    return toSet(list);
  }

  /** Sized from the list, so that the set is never rehashed. */
  private static <T> Set<T> toSet(List<T> list) {
    switch (list.size()) {
      case 0:
        return Collections.emptySet();
      case 1:
        return Collections.singleton(list.get(0));
      default:
        Set<T> set = new LinkedHashSet<>(list.size() * 4 / 3 + 1);
        set.addAll(list);
        return Collections.unmodifiableSet(set);
    }
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  Set<T> withIterable(Iterable<? extends T> elements) {
    return of(elements);
  }

  @SuppressWarnings({"unchecked", "varargs"})
  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  Set<T> withArray(T... elements) {
    if (elements == null) {
      throw new vn.massorg.governance.model.InvalidRecordException("<*>");
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
        throw vn.massorg.governance.model.InvalidRecordException.nullElement("<*>");
      }
      list.add(element);
    }

    @SuppressWarnings("unchecked")
    @Encoding.Init
    @Encoding.Naming("add*")
    void addArray(T... elements) {
      if (elements == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      append(Arrays.asList(elements));
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD_ALL)
    void addAll(Iterable<? extends T> elements) {
      append(elements);
    }

    @Encoding.Init
    @Encoding.Copy
    void set(Iterable<? extends T> elements) {
      if (elements == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      list.clear();
      append(elements);
    }

    /** Adds the elements, each checked: the one loop of the builder's methods. */
    private void append(Iterable<? extends T> elements) {
      if (elements == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      for (T element : elements) {
        if (element == null) {
          throw vn.massorg.governance.model.InvalidRecordException.nullElement("<*>");
        }
        list.add(element);
      }
    }

    @Encoding.Build
    Set<T> build() {
      return toSet(list);
    }
  }
}
