package io.queryscope.junit;

import io.queryscope.core.QueryScope;
import io.queryscope.core.UnitOfWork;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.rule.RuleSettings;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Treats each test method as a unit of work on a {@link QueryScope}, evaluates what it ran when it
 * is done, fails it on findings at or above {@link QueryScopeTest#failOn()} that no {@link
 * AllowFinding} accepts, and adds it to the run report. Injects the scope into constructors, tests
 * and lifecycle methods. Use {@link QueryScopeTest}, or {@code @ExtendWith} for the defaults.
 *
 * <p>One scope per test class (shared with {@code @Nested} classes), or the JVM-wide {@link
 * SharedQueryScope}. Each test starts from an empty capture: statements of {@code @BeforeEach}
 * methods are not part of it.
 */
public final class QueryScopeExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeTestExecutionCallback,
        AfterTestExecutionCallback,
        AfterEachCallback,
        ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(QueryScopeExtension.class);

  /** The scope of a test class; {@code owner} is the unique id of the context that made it. */
  private record ScopeHolder(QueryScope scope, String owner, boolean shared) {}

  /** What beforeTestExecution set up for one test method. */
  private record Running(
      QueryScope scope,
      UnitOfWork unit,
      TestSettings settings,
      Allowances allowances,
      RuleSettings rules) {}

  /** What afterTestExecution found. */
  private record Outcome(Evaluation evaluation, boolean failedByQueryScope) {}

  @Override
  public void beforeAll(ExtensionContext context) {
    holder(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ScopeHolder holder = context.getStore(NAMESPACE).get(ScopeHolder.class, ScopeHolder.class);
    if (holder != null && !holder.shared() && holder.owner().equals(context.getUniqueId())) {
      holder.scope().close();
    }
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    TestSettings settings = TestSettings.of(context);
    Allowances allowances = Allowances.of(allowFindings(context), where(context));
    RuleSettings rules =
        TestRuleSettings.of(context.getConfigurationParameter(TestRuleSettings.CONFIG_PARAMETER));
    QueryScope scope = holder(context).scope();
    String name = testName(context);
    // Only the test body counts: what @BeforeEach ran is setup, not the code under test.
    scope.reset();
    UnitOfWork unit = scope.unitOfWork(name);
    context
        .getStore(NAMESPACE)
        .put(Running.class, new Running(scope, unit, settings, allowances, rules));
    CurrentTest.set(new CurrentTest(name, scope, allowances, settings.explain(), rules));
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    Running running = context.getStore(NAMESPACE).remove(Running.class, Running.class);
    if (running == null) {
      return;
    }
    running.unit().close();
    TestSettings settings = running.settings();
    Evaluation evaluation =
        Evaluator.evaluate(
            running.scope(), settings.explain(), running.allowances(), running.rules());
    List<Finding> failing = evaluation.atOrAbove(settings.failOn());
    boolean fail =
        settings.failOnFindings()
            && !failing.isEmpty()
            && context.getExecutionException().isEmpty();
    context.getStore(NAMESPACE).put(Outcome.class, new Outcome(evaluation, fail));
    if (fail) {
      throw new AssertionError(
          FindingText.failure(
              "queryscope found "
                  + failing.size()
                  + " finding(s) at or above "
                  + settings.failOn().id()
                  + " in "
                  + testName(context)
                  + ":",
              failing,
              evaluation));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    CurrentTest.clear();
    Outcome outcome = context.getStore(NAMESPACE).remove(Outcome.class, Outcome.class);
    String status =
        context
            .getExecutionException()
            .map(e -> e instanceof TestAbortedException ? "aborted" : "failed")
            .orElse("passed");
    runReport(context)
        .add(
            TestRecord.of(
                context.getRequiredTestClass().getName(),
                context.getTestMethod().map(m -> m.getName()).orElse(""),
                context.getDisplayName(),
                status,
                outcome != null && outcome.failedByQueryScope(),
                outcome == null ? null : outcome.evaluation()));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == QueryScope.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return holder(context).scope();
  }

  /** The class's scope, made on first use in the outermost class context that asks. */
  private static ScopeHolder holder(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    TestSettings settings = TestSettings.of(classContext);
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            ScopeHolder.class,
            k ->
                settings.shared()
                    ? new ScopeHolder(SharedQueryScope.get(), classContext.getUniqueId(), true)
                    : new ScopeHolder(QueryScope.create(), classContext.getUniqueId(), false),
            ScopeHolder.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  private static RunReport runReport(ExtensionContext context) {
    Path directory =
        Path.of(
            context
                .getConfigurationParameter(RunReport.DIRECTORY_PARAMETER)
                .orElse(RunReport.DEFAULT_DIRECTORY));
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(RunReport.class, k -> new RunReport(directory), RunReport.class);
  }

  /** The method's, its class's and enclosing classes' {@link AllowFinding}s. */
  private static List<AllowFinding> allowFindings(ExtensionContext context) {
    List<AllowFinding> found = new ArrayList<>();
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      c.getElement()
          .ifPresent(
              (AnnotatedElement e) ->
                  found.addAll(AnnotationSupport.findRepeatableAnnotations(e, AllowFinding.class)));
    }
    return found;
  }

  private static String where(ExtensionContext context) {
    return context.getRequiredTestClass().getSimpleName()
        + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
  }

  private static String testName(ExtensionContext context) {
    return context.getRequiredTestClass().getSimpleName() + " > " + context.getDisplayName();
  }
}
