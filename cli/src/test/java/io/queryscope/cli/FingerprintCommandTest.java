package io.queryscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.core.sql.Fingerprinter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FingerprintCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == FingerprintCommand.class) {
              return cls.cast(
                  new FingerprintCommand(
                      new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    CommandLine cmd = new CommandLine(new Main(), factory);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void printsIdAndNormalizedTextPerLineOfStdin() {
    int code =
        run(
            "SELECT * FROM t WHERE id = 1\n\nselect * from t where id = 42\nselect 'x'\n",
            "fingerprint");
    String id = Fingerprinter.fingerprint("select * from t where id = ?").hexId();
    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .containsExactly(
            id + "  select * from t where id = ?",
            id + "  select * from t where id = ?",
            Fingerprinter.fingerprint("select ?").hexId() + "  select ?");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void jsonLinesInInputOrder() throws IOException {
    int code =
        run(
            "select 1\nupdate t set a = 'x;y' where id in (1, 2)\n",
            "fingerprint",
            "--format",
            "json");
    assertThat(code).isZero();
    ObjectMapper mapper = new ObjectMapper();
    var lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode second = mapper.readTree(lines.get(1));
    assertThat(second.get("normalized").asText()).isEqualTo("update t set a = ? where id in (...)");
    assertThat(second.get("id").asText())
        .isEqualTo(Fingerprinter.fingerprint("update t set a = ? where id in (?)").hexId());
    assertThat(mapper.readTree(lines.get(0)).get("normalized").asText()).isEqualTo("select ?");
  }

  @Test
  void splitsScriptsAtSemicolonsOutsideQuotesAndComments(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("script.sql");
    Files.writeString(
        script,
        "insert into t values ('a;b');\n-- a comment; still a comment\nselect $$;$$, \"x;y\"\n from t;\n/* ; */ ;",
        StandardCharsets.UTF_8);
    int code = run("", "fingerprint", "--split", "--file", script.toString());
    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .extracting(l -> l.substring(18))
        .containsExactly("insert into t values (?)", "select ?, \"x;y\" from t");
  }

  @Test
  void missingFileIsAUsageErrorNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("nope.sql");
    int code = run("", "fingerprint", "--file", missing.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("queryscope fingerprint: no such file: " + missing + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("", "fingerprint", "--frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    assertThat(run("", "fingerprint", "--format", "xml")).isEqualTo(2);
  }

  @Test
  void rootWithoutCommandShowsUsage() {
    assertThat(run("")).isEqualTo(2);
    assertThat(err.toString()).contains("fingerprint");
    assertThat(run("", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: queryscope");
  }
}
