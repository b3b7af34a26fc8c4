/**
 * PostgreSQL 13–17 support: plans, pg_stat_statements, catalog, activity, what-if indexes and
 * auto_explain logs, mapped into the neutral model so rules never see PostgreSQL vocabulary.
 */
package io.queryscope.postgresql;
