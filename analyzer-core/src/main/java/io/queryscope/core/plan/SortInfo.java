package io.queryscope.core.plan;

import java.util.List;

/** How a sort ran: its keys, method and memory, and whether it spilled to disk. */
public record SortInfo(List<String> keys, String method, long spaceKb, boolean spilledToDisk) {

  public SortInfo {
    keys = List.copyOf(keys);
  }
}
