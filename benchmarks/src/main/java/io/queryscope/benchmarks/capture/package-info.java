/**
 * JMH benchmarks of the capture proxy beside raw JDBC, datasource-proxy and p6spy: against an
 * in-memory stub driver (the proxy's own cost) and against a real PostgreSQL (the cost that
 * matters).
 */
package io.queryscope.benchmarks.capture;
