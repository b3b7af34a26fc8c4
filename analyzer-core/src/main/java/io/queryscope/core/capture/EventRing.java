package io.queryscope.core.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A bounded ring of the newest events: writers never block or lock, the oldest entries are
 * overwritten, and {@link #dropped()} says how many. Entries are numbered from 0 either by the ring
 * ({@link #add}) or by a counter the caller already keeps ({@link #put}), which saves a second
 * atomic operation on the hot path.
 */
final class EventRing<T> {

  private static final long EXACT_BELOW = 1L << 52;

  private final AtomicReferenceArray<T> slots;
  private final int capacity;
  private final double reciprocal;
  private final AtomicLong counter;

  /** A ring that numbers its own entries. */
  EventRing(int capacity) {
    this(capacity, new AtomicLong());
  }

  /** A ring whose entries are numbered by {@code counter} (its value is the count written). */
  EventRing(int capacity, AtomicLong counter) {
    this.slots = new AtomicReferenceArray<>(capacity);
    this.capacity = capacity;
    this.reciprocal = 1.0 / capacity;
    this.counter = counter;
  }

  void add(T event) {
    put(counter.getAndIncrement(), event);
  }

  /** Stores an event numbered {@code number} (from 0) by the shared counter. */
  void put(long number, T event) {
    slots.lazySet(slot(number), event);
  }

  /**
   * {@code number % capacity} without a 64-bit division, which costs tens of cycles on every
   * statement: a multiply by the reciprocal is off by at most one for numbers below 2^52, and one
   * comparison corrects it.
   */
  int slot(long number) {
    if (number >= EXACT_BELOW) {
      return (int) (number % capacity);
    }
    long rest = number - (long) (number * reciprocal) * capacity;
    if (rest < 0) {
      rest += capacity;
    } else if (rest >= capacity) {
      rest -= capacity;
    }
    return (int) rest;
  }

  /** The retained events, oldest first as far as concurrent writers allow. */
  List<T> snapshot() {
    long total = counter.get();
    long from = Math.max(0, total - capacity);
    List<T> out = new ArrayList<>((int) (total - from));
    for (long n = from; n < total; n++) {
      T event = slots.get(slot(n));
      if (event != null) {
        out.add(event);
      }
    }
    return out;
  }

  int capacity() {
    return capacity;
  }

  long written() {
    return counter.get();
  }

  long dropped() {
    return Math.max(0, counter.get() - capacity);
  }
}
