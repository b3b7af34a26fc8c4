/**
 * Plans as people read them: each node annotated with its misestimate factor and share of the
 * statement's time (or cost), the dominant node marked, and a terminal tree drawing.
 */
package io.queryscope.report.plantree;
