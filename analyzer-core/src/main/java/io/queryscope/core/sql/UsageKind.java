package io.queryscope.core.sql;

/** How a column takes part in a statement; what an index recommendation needs to know. */
public enum UsageKind {
  /** {@code col = value} (also {@code <=>}, {@code IS NOT DISTINCT FROM}). */
  EQUALITY,
  /** {@code <, <=, >, >=, BETWEEN}. */
  RANGE,
  /** {@code col IN (…)} or {@code col = ANY(…)}. */
  IN_LIST,
  /** {@code LIKE}/{@code ILIKE} whose pattern does not start with a wildcard, or is a bind. */
  LIKE,
  /** {@code LIKE '%…'} and regular-expression matches: no B-tree index helps. */
  LIKE_LEADING_WILDCARD,
  /** {@code IS [NOT] NULL}. */
  IS_NULL,
  /** {@code a.col = b.col} between two tables, in {@code ON} or {@code WHERE}. */
  JOIN,
  ORDER_BY,
  GROUP_BY
}
