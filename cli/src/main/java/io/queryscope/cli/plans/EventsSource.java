package io.queryscope.cli.plans;

import io.queryscope.core.QueryScope;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.CutText;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.sql.FingerprintId;
import io.queryscope.regression.StatementSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Statements the queryscope proxy captured (an events file from {@code exportEvents}), one per
 * fingerprint: the first run that succeeded, with its binds. ORM-generated SQL from integration
 * tests is covered this way. Named {@code events:<fingerprint>}.
 */
final class EventsSource {

  /** How an export writes a redacted bind: a salted hash, useless as a value. */
  private static final Pattern REDACTED = Pattern.compile("#[0-9a-f]{12}");

  private EventsSource() {}

  /**
   * @param notes receives why a statement has no usable binds
   */
  static List<StatementSpec> read(Path file, List<String> notes) {
    CapturedEvents events = QueryScope.importEvents(file);
    Map<Long, StatementEvent> samples = new LinkedHashMap<>();
    for (StatementEvent event : events.statements()) {
      // A text the capture cut to bound its memory is no statement to plan.
      if (!event.failed()
          && event.kind() != StatementKind.CALL
          && event.sql() != null
          && !CutText.isCut(event.sql())) {
        samples.putIfAbsent(event.fingerprintId(), event);
      }
    }
    List<StatementSpec> statements = new ArrayList<>();
    boolean redacted = false;
    for (Map.Entry<Long, StatementEvent> sample : samples.entrySet()) {
      StatementEvent event = sample.getValue();
      String fingerprint = FingerprintId.hex(sample.getKey());
      List<String> binds = List.of();
      if (event.binds().stream().anyMatch(b -> b != null && REDACTED.matcher(b).matches())) {
        redacted = true;
      } else {
        binds = CutText.wholeOrEmpty(event.binds()).stream().map(BindValues::literalOf).toList();
      }
      statements.add(new StatementSpec("events:" + fingerprint, event.sql(), binds, fingerprint));
    }
    if (redacted) {
      notes.add(
          file
              + " has redacted bind values, so its statements are planned generically"
              + " (PostgreSQL 16+) or skipped; export with ExportOptions.EVERYTHING for"
              + " plans with real values");
    }
    return statements;
  }
}
