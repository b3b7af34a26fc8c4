package io.queryscope.cli.analyze;

import io.queryscope.core.QueryScope;
import io.queryscope.core.events.CapturedEvents;
import java.nio.file.Path;

/** Reads a proxy capture file (JSON Lines) written by {@code QueryScope.exportEvents}. */
final class CapturedEventsFile {

  private CapturedEventsFile() {}

  /**
   * @throws io.queryscope.core.QueryScopeException MALFORMED_EVENTS naming the file and line
   */
  static CapturedEvents read(Path file) {
    return QueryScope.importEvents(file);
  }
}
