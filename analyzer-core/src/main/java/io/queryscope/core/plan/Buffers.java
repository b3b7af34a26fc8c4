package io.queryscope.core.plan;

/** Block counts from {@code EXPLAIN (BUFFERS)}: hits are cache, reads are I/O, temp is spill. */
public record Buffers(long sharedHit, long sharedRead, long tempRead, long tempWritten) {}
