package io.queryscope.core.plan;

/** A hash table's batches: more than one batch means it did not fit in memory and spilled. */
public record HashInfo(long batches, long originalBatches, long peakMemoryKb) {

  public boolean spilledToDisk() {
    return batches > 1;
  }
}
