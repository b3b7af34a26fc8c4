package io.queryscope.core.sql;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded LRU map; parsing dominates the cost of a miss, so one lock is no bottleneck. */
final class AnalysisCache<K, V> {
  private final Map<K, V> map;

  AnalysisCache(int capacity) {
    this.map =
        new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized V get(K key) {
    return map.get(key);
  }

  synchronized void put(K key, V value) {
    map.put(key, value);
  }
}
