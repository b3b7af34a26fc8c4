/**
 * Rules about how statements executed, read from plans and statistics: slow statements, row
 * misestimates, sorts and hashes that spilled to disk, unbounded results and deep offsets.
 */
package io.queryscope.rules.execution;
