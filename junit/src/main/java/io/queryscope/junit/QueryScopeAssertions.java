package io.queryscope.junit;

import io.queryscope.core.QueryScope;

/**
 * Entry point for assertions on what a {@link QueryScope} captured, in the AssertJ style.
 *
 * <pre>{@code
 * import static io.queryscope.junit.QueryScopeAssertions.assertThat;
 *
 * assertThat(scope).hasNoNPlusOne().hasSelectCountAtMost(2);
 * }</pre>
 */
public final class QueryScopeAssertions {

  private QueryScopeAssertions() {}

  public static QueryScopeAssert assertThat(QueryScope scope) {
    return new QueryScopeAssert(scope);
  }
}
