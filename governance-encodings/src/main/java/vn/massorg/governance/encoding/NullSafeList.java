package vn.massorg.governance.encoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.immutables.encode.Encoding;

/**
 * A {@code List<T>} attribute: an unmodifiable list without nulls, in the order given.
 *
 * <p>Builder: {@code addX(T)} (depluralized), {@code addXs(T...)}, {@code addAllXs(Iterable)},
 * {@code xs(Iterable)} (replaces); value: {@code withXs(T...)}, {@code withXs(Iterable)}. A null
 * argument gives "'xs' must not be null", a null element "'xs' must not contain null".
 */
@Encoding
final class NullSafeList<T> {
  @Encoding.Impl private List<T> value;

  @Encoding.Expose
  List<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> List<T> of(Iterable<? extends T> elements) {
    ArrayList<T> list = copy(elements);
    list.trimToSize();
    return wrap(list);
  }

  /** The elements in a list of their own, each checked: the one copy for values and builders. */
  private static <T> ArrayList<T> copy(Iterable<? extends T> elements) {
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
    return list;
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
      throw new vn.massorg.governance.model.InvalidRecordException("<*>");
    }
    return of(Arrays.asList(elements));
  }

  /**
   * Cheaper than Immutables' own list builder, to pay for the per-object "init shim" that
   * Immutables generates in every class with an encoded attribute: no list at all for none or one
   * element (most of a record's lists), and {@code build()} hands its list to the value instead of
   * copying it, copying only if the builder is changed afterwards.
   */
  @Encoding.Builder
  static final class Builder<T> {
    /** The only element while there is one; null otherwise. */
    private T single;

    /** Null while there are fewer than two elements. */
    private ArrayList<T> list;

    /** True once a built value holds {@link #list}: it must then never change. */
    private boolean shared;

    /** The list to add to: a new one at first, or a copy of the one a value holds. */
    private ArrayList<T> writable() {
      if (list == null) {
        list = new ArrayList<>();
        if (single != null) {
          list.add(single);
          single = null;
        }
      } else if (shared) {
        list = new ArrayList<>(list);
        shared = false;
      }
      return list;
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD)
    void add(T element) {
      if (element == null) {
        throw vn.massorg.governance.model.InvalidRecordException.nullElement("<*>");
      }
      if (list == null && single == null) {
        single = element;
      } else {
        writable().add(element);
      }
    }

    @SuppressWarnings("unchecked")
    @Encoding.Init
    @Encoding.Naming("add*")
    void addArray(T... elements) {
      if (elements == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      for (T element : elements) {
        if (element == null) {
          throw vn.massorg.governance.model.InvalidRecordException.nullElement("<*>");
        }
      }
      if (elements.length > 0) {
        writable().addAll(Arrays.asList(elements));
      }
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD_ALL)
    void addAll(Iterable<? extends T> elements) {
      if (elements == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      ArrayList<T> target = writable();
      for (T element : elements) {
        if (element == null) {
          throw vn.massorg.governance.model.InvalidRecordException.nullElement("<*>");
        }
        target.add(element);
      }
    }

    @Encoding.Init
    @Encoding.Copy
    void set(Iterable<? extends T> elements) {
      list = copy(elements);
      single = null;
      shared = false;
    }

    @Encoding.Build
    List<T> build() {
      if (list == null) {
        return single == null ? Collections.emptyList() : Collections.singletonList(single);
      }
      if (list.size() > 1 && !shared) {
        list.trimToSize();
        shared = true;
      }
      return wrap(list);
    }
  }
}
