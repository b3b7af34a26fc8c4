package io.queryscope.junit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test of one JUnit run, written to {@code queryscope-report.json} and {@code .html} once,
 * when the engine closes the root store at the end of the run.
 */
@SuppressWarnings("deprecation") // CloseableResource too, for JUnit before 5.13
final class RunReport implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  static final String DIRECTORY_PARAMETER = "queryscope.report.dir";
  static final String DEFAULT_DIRECTORY = "target/queryscope";

  private final Path directory;
  private final List<TestRecord> tests = new ArrayList<>();
  private final AtomicBoolean written = new AtomicBoolean();

  RunReport(Path directory) {
    this.directory = directory;
  }

  synchronized void add(TestRecord test) {
    tests.add(test);
  }

  synchronized List<TestRecord> tests() {
    return List.copyOf(tests);
  }

  @Override
  public void close() {
    if (written.compareAndSet(false, true)) {
      List<TestRecord> all = tests();
      if (!all.isEmpty()) {
        RunReportFiles.write(directory, all);
      }
    }
  }
}
