package io.queryscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
public final class Cli {

  /** Exit code and both streams of one run. */
  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Cli() {}

  public static Result run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /**
   * A test resource as a file path. Recorded plans come from the fixtures jar once Maven has
   * packaged it, so a resource inside a jar is copied to a temporary file of the same name.
   */
  public static Path resource(String name) {
    URL url = Cli.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      Path copy =
          Files.createTempDirectory("queryscope-resource")
              .resolve(name.substring(name.lastIndexOf('/') + 1));
      try (InputStream in = url.openStream()) {
        Files.copy(in, copy);
      }
      copy.toFile().deleteOnExit();
      copy.getParent().toFile().deleteOnExit();
      return copy;
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read test resource " + name, e);
    }
  }
}
