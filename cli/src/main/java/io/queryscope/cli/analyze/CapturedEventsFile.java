package io.queryscope.cli.analyze;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.events.CapturedEvents;
import java.nio.file.Path;

/** Reads a proxy capture file (JSON Lines) written by {@code QueryScope.exportEvents}. */
final class CapturedEventsFile {

  private CapturedEventsFile() {}

  static CapturedEvents read(Path file) {
    // Replaced by QueryScope.importEvents(file) when the capture module provides it.
    throw new QueryScopeException(
        ErrorCode.USAGE,
        "--events " + file + ": this build of queryscope cannot read capture files yet");
  }
}
