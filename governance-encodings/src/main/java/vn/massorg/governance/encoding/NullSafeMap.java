package vn.massorg.governance.encoding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.encode.Encoding;

/**
 * A {@code Map<K, V>} attribute: an unmodifiable map without null keys or values, in the order
 * first given.
 *
 * <p>Builder: {@code putX(K, V)} and {@code putX(Map.Entry)} (depluralized), {@code putAllXs(Map)},
 * {@code xs(Map)} (replaces); value: {@code withXs(Map)}. A null argument gives "'xs' must not be
 * null", a null entry "'xs' must not contain null", a null key or value a message that names the
 * attribute (and the key).
 */
@Encoding
final class NullSafeMap<K, V> {
  @Encoding.Impl private Map<K, V> value;

  @Encoding.Expose
  Map<K, V> get() {
    return value;
  }

  @Encoding.Of
  static <K, V> Map<K, V> of(Map<? extends K, ? extends V> entries) {
    if (entries == null) {
      throw new vn.massorg.governance.model.InvalidRecordException("<*>");
    }
    LinkedHashMap<K, V> map = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
    for (Map.Entry<? extends K, ? extends V> e : entries.entrySet()) {
      K key = e.getKey();
      map.put(key(key), value(key, e.getValue()));
    }
    return wrap(map);
  }

  private static <K> K key(K key) {
    if (key == null) {
      throw new vn.massorg.governance.model.InvalidRecordException(
          "'<*>' không được có khoá null", "'<*>' must not have a null key");
    }
    return key;
  }

  private static <K, V> V value(K key, V value) {
    if (value == null) {
      throw new vn.massorg.governance.model.InvalidRecordException(
          "'<*>' không được gán null cho khoá " + key, "'<*>' must not map " + key + " to null");
    }
    return value;
  }

  /** The map itself behind an unmodifiable view; its owner keeps no other reference. */
  private static <K, V> Map<K, V> wrap(Map<K, V> map) {
    switch (map.size()) {
      case 0:
        return Collections.emptyMap();
      case 1:
        Map.Entry<K, V> e = map.entrySet().iterator().next();
        return Collections.singletonMap(e.getKey(), e.getValue());
      default:
        return Collections.unmodifiableMap(map);
    }
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  Map<K, V> with(Map<? extends K, ? extends V> entries) {
    return of(entries);
  }

  @Encoding.Builder
  static final class Builder<K, V> {
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>();

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    void put(K key, V value) {
      map.put(key(key), value(key, value));
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    void putEntry(Map.Entry<? extends K, ? extends V> entry) {
      if (entry == null) {
        throw vn.massorg.governance.model.InvalidRecordException.nullElement("<*>");
      }
      K key = entry.getKey();
      map.put(key(key), value(key, entry.getValue()));
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT_ALL)
    void putAll(Map<? extends K, ? extends V> entries) {
      if (entries == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      for (Map.Entry<? extends K, ? extends V> e : entries.entrySet()) {
        K key = e.getKey();
        map.put(key(key), value(key, e.getValue()));
      }
    }

    @Encoding.Init
    @Encoding.Copy
    void set(Map<? extends K, ? extends V> entries) {
      if (entries == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      map.clear();
      for (Map.Entry<? extends K, ? extends V> e : entries.entrySet()) {
        K key = e.getKey();
        map.put(key(key), value(key, e.getValue()));
      }
    }

    /** A copy: the builder may go on and build again. */
    @Encoding.Build
    Map<K, V> build() {
      return wrap(new LinkedHashMap<>(map));
    }
  }
}
