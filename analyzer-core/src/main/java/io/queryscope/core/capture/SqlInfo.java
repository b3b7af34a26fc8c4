package io.queryscope.core.capture;

import io.queryscope.core.events.CallSite;

/**
 * What is known about one distinct SQL string: its fingerprint's totals and whether it controls the
 * transaction (both computed once, when the string is first seen) and the call-site cache for it.
 */
final class SqlInfo {

  final String sql;
  final FingerprintStats stats;

  /** What the string does to the transaction when run as text ({@code BEGIN}, {@code COMMIT}). */
  final TransactionControl control;

  /** The capture state this entry belongs to; a reset starts a new one. */
  final Object owner;

  // Call-site cache. Racy on purpose: a lost update costs one extra stack walk, never a wrong
  // answer that goes unnoticed, because a differing walk switches the entry to exact mode.
  CallSite site;
  // A long: an int wraps after 2^31 runs of one string (days in a busy service), and a negative
  // count would turn every later execution into a stack walk.
  long executions;
  volatile boolean manySites;

  SqlInfo(String sql, FingerprintStats stats, Object owner) {
    this.sql = sql;
    this.stats = stats;
    this.control = TransactionControl.of(sql);
    this.owner = owner;
  }
}
