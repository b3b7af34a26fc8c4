package io.queryscope.cli.plans;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.sql.StatementSplitter;
import io.queryscope.regression.StatementSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Statements from {@code .sql} files: one per file or several separated by {@code ;}, each named
 * {@code <file>#<position>}. Bind values come from a {@code -- params: 42, 'paid'} comment in the
 * statement, else from the line for its position in a sidecar {@code <file>.params}.
 */
final class SqlFileSource {

  private static final Pattern PARAMS_COMMENT =
      Pattern.compile("(?m)^[ \\t]*--[ \\t]*params:[ \\t]*(.*?)[ \\t]*(?:\\R|$)");
  private static final Pattern NUMBERED_LINE = Pattern.compile("^(\\d+)\\s*:\\s*(.*)$");

  private SqlFileSource() {}

  /**
   * @param root a {@code .sql} file, or a directory searched for them (names relative to it)
   */
  static List<StatementSpec> read(Path root) {
    if (!Files.exists(root)) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "--queries " + root + " does not exist; give a .sql file or a directory of them");
    }
    List<StatementSpec> statements = new ArrayList<>();
    for (Path file : files(root)) {
      String name =
          Files.isDirectory(root) ? relativeName(root, file) : file.getFileName().toString();
      statements.addAll(readFile(file, name));
    }
    if (statements.isEmpty()) {
      throw new QueryScopeException(
          ErrorCode.USAGE, "--queries " + root + " holds no SQL statements; add .sql files");
    }
    return statements;
  }

  private static List<Path> files(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".sql"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw unreadable(root, e);
    }
  }

  private static List<StatementSpec> readFile(Path file, String name) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(file, e);
    }
    Map<Integer, List<String>> sidecar = sidecar(file);
    List<String> sqls = StatementSplitter.split(text);
    List<StatementSpec> statements = new ArrayList<>();
    for (int i = 0; i < sqls.size(); i++) {
      String id = name + "#" + (i + 1);
      String sql = sqls.get(i);
      List<String> binds = sidecar.getOrDefault(i + 1, List.of());
      Matcher params = PARAMS_COMMENT.matcher(sql);
      if (params.find()) {
        binds = BindValues.parse(params.group(1), id + " params");
        sql = (sql.substring(0, params.start()) + sql.substring(params.end())).strip();
      }
      statements.add(new StatementSpec(id, sql, binds, Fingerprinter.fingerprint(sql).hexId()));
    }
    return statements;
  }

  /**
   * Lines of {@code <file>.params}: {@code 2: 42, 'paid'} sets statement 2; an unnumbered line sets
   * the next statement. Blank lines and {@code #} comments are skipped.
   */
  private static Map<Integer, List<String>> sidecar(Path sqlFile) {
    Path params = sqlFile.resolveSibling(sqlFile.getFileName() + ".params");
    Map<Integer, List<String>> binds = new HashMap<>();
    if (!Files.isRegularFile(params)) {
      return binds;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(params, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(params, e);
    }
    int next = 1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher numbered = NUMBERED_LINE.matcher(line);
      int position = next;
      if (numbered.matches()) {
        position = Integer.parseInt(numbered.group(1));
        line = numbered.group(2);
      }
      binds.put(position, BindValues.parse(line, params.getFileName() + " line " + (i + 1)));
      next = position + 1;
    }
    return binds;
  }

  private static String relativeName(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static QueryScopeException unreadable(Path path, Exception e) {
    return new QueryScopeException(
        ErrorCode.FILE_NOT_READABLE, "could not read " + path + ": " + e.getMessage(), e);
  }
}
