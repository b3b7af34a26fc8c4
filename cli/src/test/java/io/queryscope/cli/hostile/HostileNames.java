package io.queryscope.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Names an attacker (or an unlucky schema) could give columns and tables, and the checks every
 * hostile-name test shares: run the analysis in every what-if mode and format, and collect the DDL
 * it printed, with the finding each came from.
 */
final class HostileNames {

  static final String COMMIT_PAYLOAD =
      "x)); COMMIT; BEGIN READ WRITE; DROP TABLE victim; COMMIT; --(";
  static final String CLOSE_PAYLOAD = "x); DROP TABLE victim; --(";
  static final String QUOTE_PAYLOAD = "\"x\"); DROP TABLE victim; --";
  static final String OPEN_PAYLOAD = "(x); DROP TABLE victim; --(";
  static final String DOUBLED = "a\"b";
  static final String BACKTICK = "b`c";
  static final String MIXED = "Id";
  static final String SPACED = "first name";
  static final String NON_ASCII = "straße";

  /** 63 bytes: PostgreSQL's longest name; two of them differ only at the end. */
  static final String LONG_A = "l".repeat(61) + "_a";

  static final String LONG_B = "l".repeat(61) + "_b";

  static final List<String> WHAT_IF = List.of("off", "hypothetical", "transactional");
  static final List<String> FORMATS = List.of("text", "markdown", "html", "sarif", "junit");

  /** Findings whose index a what-if tried, by mode, over every run of this JVM. */
  static final Map<String, Integer> VERIFIED = new java.util.concurrent.ConcurrentHashMap<>();

  private HostileNames() {}

  /** One printed DDL and what the finding said it is for. */
  record Printed(String ddl, String rule, String table, List<String> columns) {}

  /**
   * Runs {@code analyze} with the given connection arguments in every what-if mode (JSON) and,
   * once, in every other format; returns every distinct DDL printed.
   */
  static List<Printed> analyzeEverywhere(List<String> connection) throws IOException {
    Map<String, Printed> ddl = new LinkedHashMap<>();
    for (String mode : WHAT_IF) {
      Cli.Result r = analyze(connection, mode, "json");
      assertThat(r.exit()).as(r.toString()).isIn(0, 1);
      JsonNode json = new ObjectMapper().readTree(r.out());
      json.path("notes").forEach(n -> System.out.println("[hostile] " + mode + " note: " + n));
      json.path("findings")
          .forEach(
              f ->
                  System.out.println(
                      "[hostile] "
                          + mode
                          + " finding: "
                          + f.path("rule").asText()
                          + " "
                          + f.path("title").asText()));
      for (JsonNode f : json.path("findings")) {
        if (f.path("recommendation").path("verified").isObject()) {
          VERIFIED.merge(mode, 1, Integer::sum);
        }
        JsonNode d = f.path("recommendation").path("ddl");
        if (d.isTextual()) {
          ddl.putIfAbsent(
              d.asText(),
              new Printed(
                  d.asText(),
                  f.path("rule").asText(),
                  f.path("evidence").path("table").asText(null),
                  texts(f.path("evidence").path("columns"))));
        }
      }
    }
    for (String format : FORMATS) {
      Cli.Result r = analyze(connection, "off", format);
      assertThat(r.exit()).as(format + ": " + r).isIn(0, 1);
      assertThat(r.out()).as(format).isNotBlank();
    }
    return new ArrayList<>(ddl.values());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static Cli.Result analyze(List<String> connection, String whatIf, String format) {
    List<String> args = new ArrayList<>(List.of("analyze"));
    args.addAll(connection);
    args.addAll(
        List.of(
            "--format",
            format,
            "--quiet",
            "--top",
            "50",
            "--what-if",
            whatIf,
            "--fail-on",
            "critical"));
    return Cli.run(args.toArray(String[]::new));
  }

  /** The client's combined output, or null when the binary is not installed. */
  static String runClient(List<String> command, Path stdin, Map<String, String> env)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    if (stdin != null) {
      pb.redirectInput(stdin.toFile());
    }
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return null;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("client finished").isTrue();
    return out;
  }

  /** What one DDL did to the indexes (keys of the snapshots before and after it). */
  record Change(Set<String> added, Set<String> removed) {}

  /**
   * Asserts that the DDL added exactly one index on its finding's table (a DROP: removed exactly
   * one) and nothing else.
   *
   * @param tableOf the raw table name of an index key of {@code after}
   */
  static Change assertOnlyItsIndex(
      Printed p,
      Map<String, String> before,
      Map<String, String> after,
      Function<String, String> tableOf) {
    Set<String> added = new TreeSet<>(after.keySet());
    added.removeAll(before.keySet());
    Set<String> removed = new TreeSet<>(before.keySet());
    removed.removeAll(after.keySet());
    Change change = new Change(added, removed);
    boolean drop = p.ddl().startsWith("DROP");
    assertThat(drop ? added : removed).as(p.ddl()).isEmpty();
    assertThat(drop ? removed : added).as(p.ddl()).hasSize(1);
    if (!drop && p.table() != null) {
      assertThat(tableOf.apply(added.iterator().next())).as(p.ddl()).isEqualTo(p.table());
    }
    return change;
  }

  static Path script(String ddl) throws IOException {
    Path file = Files.createTempFile("qs-ddl-", ".sql");
    Files.writeString(file, ddl + ";\n", StandardCharsets.UTF_8);
    return file;
  }

  /** Two CREATE INDEX statements in one report never share a name, however long the keys. */
  static void assertDistinctIndexNames(List<String> ddl) {
    Set<String> created = new java.util.HashSet<>();
    for (String d : ddl) {
      if (d.startsWith("CREATE")) {
        assertThat(created.add(d.substring(0, d.indexOf(" ON ")))).as(d).isTrue();
      }
    }
  }
}
