package io.queryscope.core.sql;

import java.util.Locale;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Finds column predicates in an expression and records them as {@link ColumnUsage}s, resolving
 * qualifiers through the query's {@link Scope}; subqueries go back to the {@link AstWalker}. With
 * {@code predicates == false} (select lists, SET values) it only looks for subqueries: a {@code
 * CASE WHEN total > 10} in a select list filters nothing.
 */
final class PredicateVisitor extends ExpressionVisitorAdapter<Void> {

  /** A column, possibly under a function, cast or arithmetic. */
  private record ColRef(String table, String column, boolean wrapped, String function) {
    ColRef wrap(String fn) {
      return new ColRef(table, column, true, wrapped ? function : fn);
    }
  }

  private final AstWalker walker;
  private final Scope scope;
  private final boolean predicates;

  PredicateVisitor(AstWalker walker, Scope scope, boolean predicates) {
    this.walker = walker;
    this.scope = scope;
    this.predicates = predicates;
  }

  /** Records {@code e} as a use of kind {@code kind} if it is a (wrapped) column. */
  ColumnUsage record(Expression e, UsageKind kind) {
    ColRef ref = colRef(e);
    if (ref == null) {
      walk(e);
      return null;
    }
    return add(ref, kind, "");
  }

  private ColumnUsage add(ColRef ref, UsageKind kind, String function) {
    ColumnUsage u =
        new ColumnUsage(
            ref.table(),
            ref.column(),
            kind,
            ref.wrapped(),
            function.isEmpty() ? ref.function() : function);
    walker.usages.add(u);
    return u;
  }

  private void walk(Expression e) {
    if (e != null) {
      e.accept(this, null);
    }
  }

  private ColRef colRef(Expression e) {
    if (e instanceof Column c) {
      String name = Names.of(c.getColumnName());
      if (name.equals("true") || name.equals("false") || name.isEmpty()) {
        return null; // JSqlParser reads some boolean literals as columns
      }
      String qualifier = c.getTable() == null ? "" : Names.of(c.getTable().getName());
      return new ColRef(scope.resolve(qualifier), name, false, "");
    }
    if (e instanceof ExpressionList<?> list && list.size() == 1) {
      return colRef(list.get(0)); // parentheses
    }
    if (e instanceof CastExpression c) {
      ColRef inner = colRef(c.getLeftExpression());
      return inner == null ? null : inner.wrap("cast");
    }
    if (e instanceof Function f) {
      if (f.getParameters() != null) {
        for (Object p : f.getParameters()) {
          ColRef inner = colRef((Expression) p);
          if (inner != null) {
            return inner.wrap(f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT));
          }
        }
      }
      return null;
    }
    if (e instanceof JsonExpression j) {
      ColRef inner = colRef(j.getExpression());
      return inner == null ? null : inner.wrap("json");
    }
    if (isArithmetic(e)) {
      BinaryExpression b = (BinaryExpression) e;
      ColRef inner = colRef(b.getLeftExpression());
      if (inner == null) {
        inner = colRef(b.getRightExpression());
      }
      return inner == null ? null : inner.wrap(b.getStringExpression().trim());
    }
    return null;
  }

  private static boolean isArithmetic(Expression e) {
    return e instanceof Addition
        || e instanceof Subtraction
        || e instanceof Multiplication
        || e instanceof Division
        || e instanceof IntegerDivision
        || e instanceof Modulo
        || e instanceof Concat;
  }

  /** {@code col op value} records the column; {@code a.x = b.y} is a join of both. */
  private void compare(Expression left, Expression right, UsageKind kind) {
    ColRef l = colRef(left);
    ColRef r = colRef(right);
    if (l != null && r != null) {
      if (l.table().isEmpty() || !l.table().equals(r.table())) {
        add(l, UsageKind.JOIN, "");
        add(r, UsageKind.JOIN, "");
      }
    } else if (l != null) {
      add(l, kind, "");
      walk(right);
    } else if (r != null) {
      add(r, kind, "");
      walk(left);
    } else {
      walk(left);
      walk(right);
    }
  }

  @Override
  public <S> Void visit(EqualsTo e, S context) {
    if (!predicates) {
      return super.visit(e, context);
    }
    Expression right = e.getRightExpression();
    boolean any =
        right instanceof AnyComparisonExpression
            || (right instanceof Function f
                && f.getName() != null
                && (f.getName().equalsIgnoreCase("any") || f.getName().equalsIgnoreCase("some")));
    compare(e.getLeftExpression(), right, any ? UsageKind.IN_LIST : UsageKind.EQUALITY);
    return null;
  }

  @Override
  public <S> Void visit(GreaterThan e, S context) {
    return range(e, context);
  }

  @Override
  public <S> Void visit(GreaterThanEquals e, S context) {
    return range(e, context);
  }

  @Override
  public <S> Void visit(MinorThan e, S context) {
    return range(e, context);
  }

  @Override
  public <S> Void visit(MinorThanEquals e, S context) {
    return range(e, context);
  }

  private <S> Void range(BinaryExpression e, S context) {
    if (predicates) {
      compare(e.getLeftExpression(), e.getRightExpression(), UsageKind.RANGE);
    } else {
      walk(e.getLeftExpression());
      walk(e.getRightExpression());
    }
    return null;
  }

  @Override
  public <S> Void visit(Between e, S context) {
    if (predicates && !e.isNot()) {
      record(e.getLeftExpression(), UsageKind.RANGE);
    } else {
      walk(e.getLeftExpression());
    }
    walk(e.getBetweenExpressionStart());
    walk(e.getBetweenExpressionEnd());
    return null;
  }

  @Override
  public <S> Void visit(InExpression e, S context) {
    Expression left = e.getLeftExpression();
    if (predicates && !e.isNot()) {
      if (left instanceof ExpressionList<?> row && row.size() > 1) {
        for (Object part : row) {
          record((Expression) part, UsageKind.IN_LIST); // (a, b) IN ((1, 2), …)
        }
      } else {
        record(left, UsageKind.IN_LIST);
      }
    } else {
      walk(left);
    }
    walk(e.getRightExpression());
    return null;
  }

  @Override
  public <S> Void visit(LikeExpression e, S context) {
    if (!predicates || e.isNot()) {
      return super.visit(e, context);
    }
    ColRef ref = colRef(e.getLeftExpression());
    if (ref == null) {
      return super.visit(e, context);
    }
    switch (e.getLikeKeyWord()) {
      case LIKE, ILIKE -> {
        boolean leading = leadingWildcard(e.getRightExpression());
        add(ref, leading ? UsageKind.LIKE_LEADING_WILDCARD : UsageKind.LIKE, "");
      }
      // A regular expression cannot use a B-tree index whatever it starts with.
      default ->
          add(
              ref,
              UsageKind.LIKE_LEADING_WILDCARD,
              e.getLikeKeyWord().name().toLowerCase(Locale.ROOT));
    }
    walk(e.getRightExpression());
    return null;
  }

  /** {@code '%x'}, {@code '%' || ?}, {@code concat('%', ?)}. */
  private static boolean leadingWildcard(Expression e) {
    if (e instanceof StringValue s) {
      String v = s.getValue();
      return !v.isEmpty() && (v.charAt(0) == '%' || v.charAt(0) == '_');
    }
    if (e instanceof Concat c) {
      return leadingWildcard(c.getLeftExpression());
    }
    if (e instanceof Function f
        && "concat".equalsIgnoreCase(f.getName())
        && f.getParameters() != null
        && !f.getParameters().isEmpty()) {
      return leadingWildcard((Expression) f.getParameters().get(0));
    }
    if (e instanceof CastExpression c) {
      return leadingWildcard(c.getLeftExpression());
    }
    if (e instanceof ExpressionList<?> list && list.size() == 1) {
      return leadingWildcard(list.get(0));
    }
    return false;
  }

  @Override
  public <S> Void visit(IsNullExpression e, S context) {
    if (predicates) {
      record(e.getLeftExpression(), UsageKind.IS_NULL);
      return null;
    }
    return super.visit(e, context);
  }

  @Override
  public <S> Void visit(ParenthesedSelect select, S context) {
    subquery(select);
    return null;
  }

  @Override
  public <S> Void visit(Select select, S context) {
    subquery(select);
    return null;
  }

  @Override
  public <S> Void visit(AnyComparisonExpression e, S context) {
    if (e.getSelect() != null) {
      subquery(e.getSelect());
    }
    return null;
  }

  private void subquery(Select select) {
    walker.subqueries++;
    walker.select(select, scope, false);
  }
}
