package io.queryscope.core.events;

import java.util.List;

/**
 * The application code that ran a statement: the first frame outside JDBC, the pool, the ORM and
 * queryscope, plus a few frames above it ({@code callers}, nearest first).
 */
public record CallSite(
    String className, String methodName, String fileName, int lineNumber, List<String> callers) {

  public CallSite {
    callers = callers == null ? List.of() : List.copyOf(callers);
  }

  /** {@code com.shop.OrderService.load(OrderService.java:42)}, as a stack trace prints it. */
  @Override
  public String toString() {
    String location =
        fileName == null
            ? "Unknown Source"
            : lineNumber > 0 ? fileName + ":" + lineNumber : fileName;
    return className + "." + methodName + "(" + location + ")";
  }
}
