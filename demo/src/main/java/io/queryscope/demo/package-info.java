/**
 * What the demo runs on, shared with the tests: the shop schema and its deterministic data, and the
 * embedded PostgreSQL 17 with pg_stat_statements and auto_explain loaded.
 */
package io.queryscope.demo;
