package org.parley.link;

import java.util.function.BiConsumer;

/** An open-addressing map from long to int counts, without boxing: pair counting at scale. */
final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[cap];
    values = new int[cap];
    java.util.Arrays.fill(keys, EMPTY);
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  void add(long key, int delta) {
    int slot = slot(key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      values[slot] = delta;
      if (++size * 2 > keys.length) {
        grow();
      }
    } else {
      values[slot] += delta;
    }
  }

  int get(long key) {
    int slot = slot(key);
    return keys[slot] == EMPTY ? 0 : values[slot];
  }

  boolean contains(long key) {
    return keys[slot(key)] != EMPTY;
  }

  void forEach(BiConsumer<Long, Integer> sink) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        sink.accept(keys[i], values[i]);
      }
    }
  }

  /** Keys whose count is at least {@code min}, sorted ascending (deterministic order). */
  long[] keysAtLeast(int min) {
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY && values[i] >= min) {
        n++;
      }
    }
    long[] out = new long[n];
    int k = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY && values[i] >= min) {
        out[k++] = keys[i];
      }
    }
    java.util.Arrays.sort(out);
    return out;
  }

  private int slot(long key) {
    int i = (int) Words.mix(key) & mask;
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    java.util.Arrays.fill(keys, EMPTY);
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
        size++;
      }
    }
  }
}
