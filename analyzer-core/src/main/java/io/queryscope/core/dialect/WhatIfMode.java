package io.queryscope.core.dialect;

/** How a candidate index is tried. */
public enum WhatIfMode {
  OFF,
  /** A hypothetical index (PostgreSQL HypoPG); nothing is built. */
  HYPOTHETICAL,
  /** CREATE INDEX + EXPLAIN in a transaction that is always rolled back; only on request. */
  TRANSACTIONAL
}
