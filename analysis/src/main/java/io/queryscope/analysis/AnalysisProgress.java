package io.queryscope.analysis;

/** Where an analysis says what it is doing; the CLI shows it on standard error. */
public interface AnalysisProgress {

  /** Says nothing: the JUnit extension and {@code QueryScope.report()}. */
  AnalysisProgress SILENT =
      new AnalysisProgress() {
        @Override
        public void phase(String text) {}

        @Override
        public void step(int done, int total, String what) {}

        @Override
        public void note(String text) {}

        @Override
        public void done() {}
      };

  /** Starts a phase ("reading statement statistics"); the previous one is finished. */
  void phase(String text);

  /** A step inside the current phase ("3/20 select …"). */
  void step(int done, int total, String what);

  /** A line worth keeping. */
  void note(String text);

  /** The analysis is over. */
  void done();
}
