/**
 * {@code queryscope demo}: an embedded PostgreSQL with the shop schema, a small application with
 * the planted problems running through a captured HikariCP pool, and the full analysis of it.
 */
package io.queryscope.cli.demo;
