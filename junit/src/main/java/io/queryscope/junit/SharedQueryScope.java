package io.queryscope.junit;

import io.queryscope.core.QueryScope;

/**
 * One {@link QueryScope} for the whole test JVM, for DataSources that live longer than a test class
 * (a Spring application context is cached across classes). Wrap such a DataSource with {@code
 * SharedQueryScope.get().wrap(ds)} and annotate the tests {@code @QueryScopeTest(shared = true)}.
 * Tests that share it must not run in parallel: each test resets it when it starts.
 */
public final class SharedQueryScope {

  private SharedQueryScope() {}

  /** The JVM-wide scope, created on first use and never closed (it holds no threads of its own). */
  public static QueryScope get() {
    return Holder.SCOPE;
  }

  private static final class Holder {
    // Pool sampling off: a background sampler would outlive every test that could read it.
    static final QueryScope SCOPE =
        QueryScope.builder().poolSampleInterval(java.time.Duration.ZERO).build();
  }
}
