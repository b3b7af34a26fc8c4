/**
 * Timed benchmarks of the PostgreSQL dialect against a scratch database on the embedded server: how
 * long reading a large catalog takes, beside per-table JDBC metadata calls.
 */
package io.queryscope.benchmarks.postgresql;
