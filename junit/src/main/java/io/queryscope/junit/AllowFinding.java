package io.queryscope.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts a known finding in this test method (or every test of this class), so it neither fails
 * the test nor an assertion; the run report still lists it, with the reason.
 *
 * <pre>{@code
 * @AllowFinding(rule = "n-plus-one", reason = "admin page, at most 5 rows; JIRA-123")
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(AllowFindings.class)
public @interface AllowFinding {

  /** The rule id ({@code n-plus-one}) or one of its aliases. */
  String rule();

  /**
   * Only this statement shape: the 16-hex-digit fingerprint a failure message prints. Empty (the
   * default) allows the rule's findings on any statement.
   */
  String fingerprint() default "";

  /** Why it is acceptable; required, and printed in the run report. */
  String reason();
}
