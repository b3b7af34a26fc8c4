/**
 * MySQL 8 and MariaDB support: EXPLAIN plans, performance_schema digests, slow logs and catalog,
 * mapped into the neutral model of analyzer-core. MariaDB is detected before MySQL.
 */
package io.queryscope.mysql;
