package io.queryscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.sql.StatementSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code queryscope fingerprint}: the id and normalized text of each statement read. */
@Command(
    name = "fingerprint",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the fingerprint of each statement: '<id>  <normalized>', or JSON lines.",
      "Reads one statement per line from stdin or --file; --split reads a ';'-separated script."
    })
public final class FingerprintCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Option(names = "--file", paramLabel = "FILE", description = "Read from FILE instead of stdin.")
  Path file;

  @Option(
      names = "--split",
      description = "Input is a script: statements end at ';' (outside quotes and comments).")
  boolean split;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default) or json: one {\"id\", \"normalized\"} object per line.")
  Format format;

  private final InputStream stdin;
  private final ObjectMapper json = new ObjectMapper();

  public FingerprintCommand() {
    this(System.in);
  }

  FingerprintCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    String input;
    try {
      input = read();
    } catch (NoSuchFileException e) {
      return usageError("no such file: " + file);
    } catch (IOException e) {
      return usageError("cannot read " + (file == null ? "stdin" : file) + ": " + e.getMessage());
    }
    if (split) {
      for (String statement : StatementSplitter.split(input)) {
        print(out, statement);
      }
    } else {
      try (BufferedReader lines = new BufferedReader(new StringReader(input))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isBlank()) {
            print(out, line);
          }
        }
      }
    }
    out.flush();
    return 0;
  }

  private String read() throws IOException {
    if (file != null) {
      if (Files.isDirectory(file)) {
        throw new IOException("is a directory");
      }
      // Decoding with replacement: a stray byte must not stop a whole log from being read.
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
    try (Reader r = new InputStreamReader(stdin, StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    }
  }

  private void print(PrintWriter out, String statement) throws IOException {
    Fingerprint fp = Fingerprinter.fingerprint(statement);
    if (format == Format.json) {
      ObjectNode node = json.createObjectNode();
      node.put("id", fp.hexId());
      node.put("normalized", fp.normalized());
      if (!fp.wellFormed()) {
        node.putPOJO("problems", fp.problems());
      }
      out.println(json.writeValueAsString(node));
    } else {
      out.println(fp.hexId() + "  " + fp.normalized());
    }
  }

  private int usageError(String message) {
    spec.commandLine().getErr().println("queryscope fingerprint: " + message);
    return 2;
  }
}
