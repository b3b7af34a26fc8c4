package io.queryscope.cli.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.util.ArrayList;
import java.util.List;

/** Runs a command with {@code --analyze --format json} against a test database; reads its notes. */
final class AnalyzeRuns {

  private AnalyzeRuns() {}

  static Cli.Result run(TestDatabaseExtension db, String command, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--url",
                db.jdbcUrl(),
                "--user",
                db.get().user(),
                "--analyze",
                "--format",
                "json"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  static List<String> notes(Cli.Result r) throws Exception {
    List<String> notes = new ArrayList<>();
    new ObjectMapper().readTree(r.out()).path("notes").forEach(n -> notes.add(n.asText()));
    return notes;
  }
}
