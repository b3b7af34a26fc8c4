/**
 * PostgreSQL support: EXPLAIN plans, pg_stat_statements, catalog and what-if indexes, mapped into
 * the neutral model of analyzer-core.
 */
package io.queryscope.postgresql;
