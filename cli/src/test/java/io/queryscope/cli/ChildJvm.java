package io.queryscope.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a JVM of its own with a heap limit, on this test's own class path: what a heap
 * limit does to a big input can only be seen in a process that has nothing else on its heap.
 */
public final class ChildJvm {

  /** What the run printed and how it ended; {@code out} and {@code err} are whole. */
  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + ", stderr: " + err.strip();
    }
  }

  private ChildJvm() {}

  /**
   * @param maxHeap the child's {@code -Xmx}, e.g. {@code 256m}
   * @param dir where the child's output goes while it runs
   */
  public static Result run(String maxHeap, Path dir, long timeoutMinutes, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = dir.resolve("child.out");
    Path err = dir.resolve("child.err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    p.getOutputStream().close();
    if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError(
          "the child JVM did not finish within " + timeoutMinutes + " minutes: " + command);
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
