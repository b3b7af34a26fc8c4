package io.queryscope.junit;

import io.queryscope.core.finding.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Captures what each test method does through JDBC and fails it on findings at or above {@link
 * #failOn()}: every test method is one unit of work, the {@link io.queryscope.core.QueryScope} is
 * injected into tests and lifecycle methods, and a run report is written to {@code
 * target/queryscope/}. Wrap your DataSource with the injected scope ({@code scope.wrap(pool)}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(QueryScopeExtension.class)
public @interface QueryScopeTest {

  /** The least severe finding that fails a test; {@code n-plus-one} is HIGH. */
  Severity failOn() default Severity.HIGH;

  /**
   * False to only report findings (in the run report) and leave failing to assertions such as
   * {@link QueryScopeAssertions#assertThat(io.queryscope.core.QueryScope)}.
   */
  boolean failOnFindings() default true;

  /**
   * EXPLAIN each new statement shape after the test (read-only, generic plan for placeholders), so
   * plan rules such as {@code missing-index} can fail it too. Needs the dialect artifact of your
   * database ({@code queryscope-postgresql} or {@code queryscope-mysql}) on the test class path.
   */
  boolean explain() default true;

  /**
   * Use the one JVM-wide {@link SharedQueryScope} instead of a scope per test class: for
   * DataSources that outlive a test class, like a cached Spring application context's.
   */
  boolean shared() default false;
}
