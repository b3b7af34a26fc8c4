package io.queryscope.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs test work on many threads released at once. */
final class Parallel {

  private Parallel() {}

  interface ThreadWork {
    /** The work of thread number {@code thread}, from 0. */
    void run(int thread) throws Exception;
  }

  /**
   * Runs {@code work} on that many threads, all started together, and returns when all are done; a
   * failure (an assertion included) on any thread fails the caller.
   */
  static void run(int threads, ThreadWork work) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            executor.submit(
                () -> {
                  start.await();
                  work.run(thread);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
