package io.queryscope.rules.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs EXPLAIN on a connection and writes the server's JSON, untouched, to a fixture file. */
final class PlanRecorder {

  /**
   * Where recordings go: beside every other recorded plan, in fixtures (run from the rules module,
   * so one level up); rule fixture files name them as {@code plans/rule-cases/<dialect>/name.json}.
   */
  static final Path ROOT =
      Path.of("..", "fixtures", "src", "main", "resources", "plans", "rule-cases");

  private final Connection connection;
  private final Path directory;

  PlanRecorder(Connection connection, String dialect) throws IOException {
    this.connection = connection;
    this.directory = Files.createDirectories(ROOT.resolve(dialect));
  }

  /** Runs the settings, then the explain, and saves the plan text as {@code name.json}. */
  Path record(String name, String explainPrefix, String sql, List<String> settings)
      throws SQLException, IOException {
    try (Statement st = connection.createStatement()) {
      for (String set : settings) {
        st.execute(set);
      }
      String json;
      try (ResultSet rs = st.executeQuery(explainPrefix + " " + sql)) {
        StringBuilder text = new StringBuilder();
        while (rs.next()) {
          text.append(rs.getString(1)).append('\n');
        }
        json = text.toString();
      }
      Path file = directory.resolve(name + ".json");
      Files.writeString(file, json);
      Files.writeString(directory.resolve(name + ".sql"), sql + "\n");
      return file;
    }
  }

  String single(String sql) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
