package io.queryscope.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's headless Chromium on a local file: the page's DOM after its script ran, and a
 * screenshot. Skips the calling test when Chromium is not installed (CI installs it).
 */
final class HeadlessChromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");

  private HeadlessChromium() {}

  static void assumeInstalled() {
    assumeTrue(
        Files.isExecutable(BINARY),
        "Chromium is not installed at "
            + BINARY
            + ": apt-get install -y chromium (.ci/run installs it) to run the HTML report test");
  }

  /** The DOM after scripts ran; console messages go to {@code consoleLog}. */
  static String dumpDom(Path page, Path consoleLog) throws IOException, InterruptedException {
    List<String> args = baseArgs();
    args.add("--enable-logging=stderr");
    args.add("--v=0");
    args.add("--virtual-time-budget=5000");
    args.add("--dump-dom");
    args.add(page.toUri().toString());
    return run(args, consoleLog);
  }

  static void screenshot(Path page, Path png) throws IOException, InterruptedException {
    List<String> args = baseArgs();
    args.add("--hide-scrollbars");
    args.add("--virtual-time-budget=5000");
    args.add("--screenshot=" + png.toAbsolutePath());
    args.add("--window-size=1280,2000");
    args.add(page.toUri().toString());
    run(args, png.resolveSibling(png.getFileName() + ".log"));
  }

  private static List<String> baseArgs() throws IOException {
    Path profile = Files.createTempDirectory("qs-chromium-");
    profile.toFile().deleteOnExit();
    return new ArrayList<>(
        List.of(
            BINARY.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile));
  }

  private static String run(List<String> args, Path stderr)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("qs-chromium-", ".out");
    Process p =
        new ProcessBuilder(args)
            .redirectOutput(out.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s: " + args);
    }
    String text = Files.readString(out, StandardCharsets.UTF_8);
    Files.deleteIfExists(out);
    return text;
  }
}
