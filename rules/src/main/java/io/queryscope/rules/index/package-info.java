/**
 * Rules about indexes: ones that are missing (from plans, statistics and foreign keys), unused or
 * duplicated, and predicates written so no index can serve them.
 */
package io.queryscope.rules.index;
