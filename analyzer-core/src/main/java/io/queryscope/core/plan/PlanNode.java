package io.queryscope.core.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One node of a plan in dialect-neutral words. Counts are {@code -1} and doubles {@code NaN} when
 * the server did not report them; strings are null when absent. Build with {@link
 * #builder(Operation)}.
 *
 * @param nodeType the server's own name for the node ({@code "Seq Scan"}, {@code "ALL"})
 * @param relation the table read, unqualified; {@code schema} holds its schema when known
 * @param index the index used, if any
 * @param indexCondition the condition the index satisfies (PostgreSQL Index Cond, MySQL ref/key
 *     parts)
 * @param filter rows filtered after reading (PostgreSQL Filter, MySQL attached_condition)
 * @param joinCondition Hash Cond, Merge Cond or Join Filter
 * @param joinType Inner, Left, Semi, Anti … when the node is a join
 * @param rowsRemovedByFilter total across loops
 * @param details dialect-specific facts worth showing (MySQL possible_keys, key_length, filtered,
 *     using_filesort; PostgreSQL Strategy), in server order
 * @param rawJson this node's JSON as the server printed it, for evidence, without the plan nodes
 *     nested in it (PostgreSQL's {@code "Plans"}, MySQL's {@code table}, {@code nested_loop},
 *     subqueries …): they are its children's own, and repeating them at every level would cost the
 *     plan's size once per level of depth
 */
public record PlanNode(
    Operation operation,
    String nodeType,
    String relation,
    String schema,
    String alias,
    String index,
    String indexCondition,
    String filter,
    String joinCondition,
    String joinType,
    Estimates estimates,
    Actuals actuals,
    long rowsRemovedByFilter,
    long rowsRemovedByRecheck,
    SortInfo sort,
    HashInfo hash,
    Buffers buffers,
    long heapFetches,
    int workersPlanned,
    int workersLaunched,
    Map<String, String> details,
    List<PlanNode> children,
    String rawJson) {

  public PlanNode {
    estimates = estimates == null ? Estimates.UNKNOWN : estimates;
    // Keeps the server's order of details for display.
    details =
        details == null || details.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    children = List.copyOf(children == null ? List.of() : children);
  }

  public static Builder builder(Operation operation) {
    return new Builder(operation);
  }

  public boolean analyzed() {
    return actuals != null;
  }

  /** This node and every node below it, depth first, parents before children. */
  public Stream<PlanNode> stream() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(PlanNode::stream));
  }

  public void walk(Consumer<PlanNode> visitor) {
    stream().forEach(visitor);
  }

  /** Time spent in this node alone (inclusive time minus its children's), when analysed. */
  public double exclusiveTimeMs() {
    if (actuals == null || Double.isNaN(actuals.totalTimeMs())) {
      return Double.NaN;
    }
    double own = actuals.inclusiveTimeMs();
    for (PlanNode child : children) {
      if (child.actuals != null && !Double.isNaN(child.actuals.totalTimeMs())) {
        own -= child.actuals.inclusiveTimeMs();
      }
    }
    return Math.max(0, own);
  }

  public Builder toBuilder() {
    Builder b = new Builder(operation);
    b.nodeType = nodeType;
    b.relation = relation;
    b.schema = schema;
    b.alias = alias;
    b.index = index;
    b.indexCondition = indexCondition;
    b.filter = filter;
    b.joinCondition = joinCondition;
    b.joinType = joinType;
    b.estimates = estimates;
    b.actuals = actuals;
    b.rowsRemovedByFilter = rowsRemovedByFilter;
    b.rowsRemovedByRecheck = rowsRemovedByRecheck;
    b.sort = sort;
    b.hash = hash;
    b.buffers = buffers;
    b.heapFetches = heapFetches;
    b.workersPlanned = workersPlanned;
    b.workersLaunched = workersLaunched;
    b.details.putAll(details);
    b.children.addAll(children);
    b.rawJson = rawJson;
    return b;
  }

  /** Collects a node's fields in any order; parsers fill what their server reports. */
  public static final class Builder {
    private Operation operation;
    private String nodeType;
    private String relation;
    private String schema;
    private String alias;
    private String index;
    private String indexCondition;
    private String filter;
    private String joinCondition;
    private String joinType;
    private Estimates estimates = Estimates.UNKNOWN;
    private Actuals actuals;
    private long rowsRemovedByFilter = -1;
    private long rowsRemovedByRecheck = -1;
    private SortInfo sort;
    private HashInfo hash;
    private Buffers buffers;
    private long heapFetches = -1;
    private int workersPlanned = -1;
    private int workersLaunched = -1;
    private final Map<String, String> details = new LinkedHashMap<>();
    private final List<PlanNode> children = new ArrayList<>();
    private String rawJson;

    private Builder(Operation operation) {
      this.operation = operation;
    }

    public Builder operation(Operation v) {
      operation = v;
      return this;
    }

    public Builder nodeType(String v) {
      nodeType = v;
      return this;
    }

    public Builder relation(String v) {
      relation = v;
      return this;
    }

    public Builder schema(String v) {
      schema = v;
      return this;
    }

    public Builder alias(String v) {
      alias = v;
      return this;
    }

    public Builder index(String v) {
      index = v;
      return this;
    }

    public Builder indexCondition(String v) {
      indexCondition = v;
      return this;
    }

    public Builder filter(String v) {
      filter = v;
      return this;
    }

    public Builder joinCondition(String v) {
      joinCondition = v;
      return this;
    }

    public Builder joinType(String v) {
      joinType = v;
      return this;
    }

    public Builder estimates(Estimates v) {
      estimates = v;
      return this;
    }

    public Builder actuals(Actuals v) {
      actuals = v;
      return this;
    }

    public Builder rowsRemovedByFilter(long v) {
      rowsRemovedByFilter = v;
      return this;
    }

    public Builder rowsRemovedByRecheck(long v) {
      rowsRemovedByRecheck = v;
      return this;
    }

    public Builder sort(SortInfo v) {
      sort = v;
      return this;
    }

    public Builder hash(HashInfo v) {
      hash = v;
      return this;
    }

    public Builder buffers(Buffers v) {
      buffers = v;
      return this;
    }

    public Builder heapFetches(long v) {
      heapFetches = v;
      return this;
    }

    public Builder workers(int planned, int launched) {
      workersPlanned = planned;
      workersLaunched = launched;
      return this;
    }

    public Builder detail(String key, String value) {
      if (value != null) {
        details.put(key, value);
      }
      return this;
    }

    public Builder child(PlanNode v) {
      children.add(v);
      return this;
    }

    public Builder children(List<PlanNode> v) {
      children.clear();
      children.addAll(v);
      return this;
    }

    public Builder rawJson(String v) {
      rawJson = v;
      return this;
    }

    public PlanNode build() {
      return new PlanNode(
          operation,
          nodeType,
          relation,
          schema,
          alias,
          index,
          indexCondition,
          filter,
          joinCondition,
          joinType,
          estimates,
          actuals,
          rowsRemovedByFilter,
          rowsRemovedByRecheck,
          sort,
          hash,
          buffers,
          heapFetches,
          workersPlanned,
          workersLaunched,
          new LinkedHashMap<>(details),
          children,
          rawJson);
    }
  }
}
