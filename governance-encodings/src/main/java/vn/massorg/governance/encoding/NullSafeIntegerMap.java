package vn.massorg.governance.encoding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.encode.Encoding;

/**
 * A {@code Map<K, Integer>} attribute: {@link NullSafeMap} with the {@code putX(K, int)} that
 * Immutables' own code has. Enabled before {@code NullSafeMap}, which would match as well, so that
 * it wins for this type.
 */
@Encoding
final class NullSafeIntegerMap<K> {
  @Encoding.Impl private Map<K, Integer> value;

  @Encoding.Expose
  Map<K, Integer> get() {
    return value;
  }

  @Encoding.Of
  static <K> Map<K, Integer> of(Map<? extends K, ? extends Integer> entries) {
    if (entries == null) {
      throw new vn.massorg.governance.model.InvalidRecordException("<*>");
    }
    LinkedHashMap<K, Integer> map = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
    for (Map.Entry<? extends K, ? extends Integer> e : entries.entrySet()) {
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

  private static <K> Integer value(K key, Integer value) {
    if (value == null) {
      throw new vn.massorg.governance.model.InvalidRecordException(
          "'<*>' không được gán null cho khoá " + key, "'<*>' must not map " + key + " to null");
    }
    return value;
  }

  /** The map itself behind an unmodifiable view; its owner keeps no other reference. */
  private static <K> Map<K, Integer> wrap(Map<K, Integer> map) {
    switch (map.size()) {
      case 0:
        return Collections.emptyMap();
      case 1:
        Map.Entry<K, Integer> e = map.entrySet().iterator().next();
        return Collections.singletonMap(e.getKey(), e.getValue());
      default:
        return Collections.unmodifiableMap(map);
    }
  }

  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  Map<K, Integer> with(Map<? extends K, ? extends Integer> entries) {
    return of(entries);
  }

  @Encoding.Builder
  static final class Builder<K> {
    private final LinkedHashMap<K, Integer> map = new LinkedHashMap<>();

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    void put(K key, int value) {
      map.put(key(key), value);
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    void putEntry(Map.Entry<? extends K, ? extends Integer> entry) {
      if (entry == null) {
        throw vn.massorg.governance.model.InvalidRecordException.nullElement("<*>");
      }
      K key = entry.getKey();
      map.put(key(key), value(key, entry.getValue()));
    }

    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT_ALL)
    void putAll(Map<? extends K, ? extends Integer> entries) {
      if (entries == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      for (Map.Entry<? extends K, ? extends Integer> e : entries.entrySet()) {
        K key = e.getKey();
        map.put(key(key), value(key, e.getValue()));
      }
    }

    @Encoding.Init
    @Encoding.Copy
    void set(Map<? extends K, ? extends Integer> entries) {
      if (entries == null) {
        throw new vn.massorg.governance.model.InvalidRecordException("<*>");
      }
      map.clear();
      for (Map.Entry<? extends K, ? extends Integer> e : entries.entrySet()) {
        K key = e.getKey();
        map.put(key(key), value(key, e.getValue()));
      }
    }

    /** A copy: the builder may go on and build again. */
    @Encoding.Build
    Map<K, Integer> build() {
      return wrap(new LinkedHashMap<>(map));
    }
  }
}
