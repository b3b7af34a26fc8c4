package io.queryscope.junit;

import io.queryscope.core.finding.Severity;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** A test's {@link QueryScopeTest} options, from the class or an enclosing one; else defaults. */
record TestSettings(Severity failOn, boolean failOnFindings, boolean explain, boolean shared) {

  static final TestSettings DEFAULTS = new TestSettings(Severity.HIGH, true, true, false);

  static TestSettings of(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      Optional<QueryScopeTest> found =
          c.getTestClass().flatMap(k -> AnnotationSupport.findAnnotation(k, QueryScopeTest.class));
      if (found.isPresent()) {
        QueryScopeTest a = found.get();
        return new TestSettings(a.failOn(), a.failOnFindings(), a.explain(), a.shared());
      }
    }
    return DEFAULTS;
  }
}
