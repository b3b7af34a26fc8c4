package io.queryscope.core.sql;

/** What a statement does, as far as rules care. {@code REPLACE} counts as {@link #INSERT}. */
public enum StatementType {
  SELECT,
  INSERT,
  UPDATE,
  DELETE,
  MERGE,
  /** CREATE, ALTER, DROP, TRUNCATE and the like. */
  DDL,
  /** SET, SHOW, CALL, transaction control, and anything else. */
  OTHER
}
