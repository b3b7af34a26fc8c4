/**
 * What the server knows about its structure and state: tables, indexes, foreign keys, column
 * statistics, settings and sessions. Rules ask this, never the database.
 */
package io.queryscope.core.catalog;
