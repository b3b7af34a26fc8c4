package io.queryscope.core.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * Walks a JSqlParser statement: registers tables per query level (for alias resolution), hands
 * predicates to {@link PredicateVisitor}, and collects sorts, groupings, {@code SELECT *},
 * subqueries and CTEs. Recursion follows the statement's own nesting, which the caller bounds.
 */
final class AstWalker {
  final List<TableRef> tables = new ArrayList<>();
  final List<ColumnUsage> usages = new ArrayList<>();
  final List<SortKey> orderBy = new ArrayList<>();
  final Set<String> ctes = new LinkedHashSet<>();
  StatementType type = StatementType.OTHER;
  boolean selectStar;
  int subqueries;

  void statement(Statement st) {
    if (st instanceof Select s) {
      type = StatementType.SELECT;
      select(s, null, true);
    } else if (st instanceof Insert i) {
      type = StatementType.INSERT;
      withItems(i.getWithItemsList(), null);
      table(i.getTable(), new Scope(null), TableRef.Access.WRITE);
      if (i.getSelect() != null) {
        select(i.getSelect(), null, false);
      }
    } else if (st instanceof Upsert u) {
      type = StatementType.INSERT;
      table(u.getTable(), new Scope(null), TableRef.Access.WRITE);
      if (u.getSelect() != null) {
        select(u.getSelect(), null, false);
      }
    } else if (st instanceof Update u) {
      type = StatementType.UPDATE;
      update(u);
    } else if (st instanceof Delete d) {
      type = StatementType.DELETE;
      delete(d);
    } else if (st instanceof Merge m) {
      type = StatementType.MERGE;
      Scope scope = new Scope(null);
      table(m.getTable(), scope, TableRef.Access.WRITE);
      fromItem(m.getFromItem(), scope, TableRef.Access.READ);
    } else if (isDdl(st)) {
      type = StatementType.DDL;
    }
  }

  private static boolean isDdl(Statement st) {
    String pkg = st.getClass().getPackageName();
    return pkg.endsWith(".create.table")
        || pkg.endsWith(".create.index")
        || pkg.endsWith(".create.view")
        || pkg.endsWith(".create.sequence")
        || pkg.endsWith(".create.schema")
        || pkg.endsWith(".alter")
        || pkg.endsWith(".drop")
        || pkg.endsWith(".truncate")
        || pkg.endsWith(".comment");
  }

  void select(Select s, Scope parent, boolean outermost) {
    withItems(s.getWithItemsList(), parent);
    if (s instanceof PlainSelect ps) {
      plain(ps, parent, outermost);
    } else if (s instanceof SetOperationList sol) {
      for (Select part : sol.getSelects()) {
        select(part, parent, false);
      }
      if (outermost && sol.getOrderByElements() != null) {
        for (OrderByElement o : sol.getOrderByElements()) {
          // A union sorts on its output columns: no base table.
          Expression e = o.getExpression();
          String col = e instanceof Column c ? Names.of(c.getColumnName()) : "";
          orderBy.add(new SortKey("", col, !o.isAsc(), !(e instanceof Column)));
        }
      }
    } else if (s instanceof ParenthesedSelect p && p.getSelect() != null) {
      select(p.getSelect(), parent, outermost);
    }
  }

  private void withItems(List<WithItem<?>> items, Scope parent) {
    if (items == null) {
      return;
    }
    for (WithItem<?> w : items) {
      ctes.add(Names.of(w.getAliasName()));
    }
    for (WithItem<?> w : items) {
      if (w.getSelect() != null) {
        subqueries++;
        select(w.getSelect(), parent, false);
      }
    }
  }

  private void plain(PlainSelect ps, Scope parent, boolean outermost) {
    Scope scope = new Scope(parent);
    List<Expression> joinConditions = new ArrayList<>();
    fromItem(ps.getFromItem(), scope, TableRef.Access.READ);
    joins(ps.getJoins(), scope, TableRef.Access.READ, joinConditions);
    PredicateVisitor predicates = new PredicateVisitor(this, scope, true);
    PredicateVisitor subqueriesOnly = new PredicateVisitor(this, scope, false);
    if (ps.getSelectItems() != null) {
      for (SelectItem<?> item : ps.getSelectItems()) {
        Expression e = item.getExpression();
        if (e instanceof AllColumns) {
          selectStar = true;
        } else if (e != null) {
          e.accept(subqueriesOnly, null);
        }
      }
    }
    for (Expression on : joinConditions) {
      on.accept(predicates, null);
    }
    accept(ps.getWhere(), predicates);
    accept(ps.getHaving(), predicates);
    GroupByElement groupBy = ps.getGroupBy();
    if (groupBy != null && groupBy.getGroupByExpressionList() != null) {
      for (Object e : groupBy.getGroupByExpressionList()) {
        predicates.record((Expression) e, UsageKind.GROUP_BY);
      }
    }
    orderBy(ps.getOrderByElements(), predicates, outermost);
  }

  private void orderBy(List<OrderByElement> elements, PredicateVisitor predicates, boolean top) {
    if (elements == null) {
      return;
    }
    for (OrderByElement o : elements) {
      ColumnUsage u = predicates.record(o.getExpression(), UsageKind.ORDER_BY);
      if (top) {
        orderBy.add(
            u == null
                ? new SortKey("", "", !o.isAsc(), true)
                : new SortKey(u.table(), u.column(), !o.isAsc(), u.wrappedInFunction()));
      }
    }
  }

  private void update(Update u) {
    withItems(u.getWithItemsList(), null);
    Scope scope = new Scope(null);
    List<Expression> joinConditions = new ArrayList<>();
    table(u.getTable(), scope, TableRef.Access.WRITE);
    joins(u.getStartJoins(), scope, TableRef.Access.READ, joinConditions);
    fromItem(u.getFromItem(), scope, TableRef.Access.READ);
    joins(u.getJoins(), scope, TableRef.Access.READ, joinConditions);
    PredicateVisitor predicates = new PredicateVisitor(this, scope, true);
    if (u.getUpdateSets() != null) {
      PredicateVisitor subqueriesOnly = new PredicateVisitor(this, scope, false);
      for (UpdateSet set : u.getUpdateSets()) {
        if (set.getValues() != null) {
          set.getValues().accept(subqueriesOnly, null);
        }
      }
    }
    for (Expression on : joinConditions) {
      on.accept(predicates, null);
    }
    accept(u.getWhere(), predicates);
    orderBy(u.getOrderByElements(), predicates, true);
  }

  private void delete(Delete d) {
    withItems(d.getWithItemsList(), null);
    Scope scope = new Scope(null);
    List<Expression> joinConditions = new ArrayList<>();
    table(d.getTable(), scope, TableRef.Access.WRITE);
    if (d.getTables() != null) {
      for (Table t : d.getTables()) {
        if (d.getTable() == null
            || !Names.of(t.getName()).equals(Names.of(d.getTable().getName()))) {
          table(t, scope, TableRef.Access.WRITE);
        }
      }
    }
    if (d.getUsingFromItemList() != null) {
      for (FromItem f : d.getUsingFromItemList()) {
        fromItem(f, scope, TableRef.Access.READ);
      }
    } else if (d.getUsingList() != null) {
      for (Table t : d.getUsingList()) {
        table(t, scope, TableRef.Access.READ);
      }
    }
    joins(d.getJoins(), scope, TableRef.Access.READ, joinConditions);
    PredicateVisitor predicates = new PredicateVisitor(this, scope, true);
    for (Expression on : joinConditions) {
      on.accept(predicates, null);
    }
    accept(d.getWhere(), predicates);
    orderBy(d.getOrderByElements(), predicates, true);
  }

  private void joins(List<Join> joins, Scope scope, TableRef.Access access, List<Expression> on) {
    if (joins == null) {
      return;
    }
    for (Join j : joins) {
      fromItem(j.getFromItem(), scope, access);
      if (j.getOnExpressions() != null) {
        on.addAll(j.getOnExpressions());
      }
      if (j.getUsingColumns() != null) {
        for (Column c : j.getUsingColumns()) {
          // USING (col): the column joins the new table to the ones before it.
          String right = j.getFromItem() instanceof Table t ? Names.of(t.getName()) : "";
          usages.add(
              new ColumnUsage(right, Names.of(c.getColumnName()), UsageKind.JOIN, false, ""));
        }
      }
    }
  }

  private void fromItem(FromItem item, Scope scope, TableRef.Access access) {
    if (item == null) {
      return;
    }
    String alias = item.getAlias() == null ? "" : Names.of(item.getAlias().getName());
    if (item instanceof Table t) {
      table(t, scope, access);
    } else if (item instanceof ParenthesedSelect p) {
      subqueries++;
      select(p, scope, false); // the enclosing scope as parent: LATERAL sees earlier tables
      scope.addDerived(alias);
    } else if (item instanceof ParenthesedFromItem p) {
      List<Expression> on = new ArrayList<>();
      fromItem(p.getFromItem(), scope, access);
      joins(p.getJoins(), scope, access, on);
      PredicateVisitor predicates = new PredicateVisitor(this, scope, true);
      for (Expression e : on) {
        e.accept(predicates, null);
      }
    } else {
      scope.addDerived(alias); // table functions, VALUES lists
    }
  }

  private void table(Table t, Scope scope, TableRef.Access access) {
    if (t == null || t.getName() == null) {
      return;
    }
    String name = Names.of(t.getName());
    String schema = Names.of(t.getSchemaName());
    String alias = t.getAlias() == null ? "" : Names.of(t.getAlias().getName());
    if (schema.isEmpty() && ctes.contains(name)) {
      scope.addDerived(alias.isEmpty() ? name : alias);
      return;
    }
    tables.add(new TableRef(schema, name, alias, access));
    scope.addBaseTable(name, alias);
  }

  private static void accept(Expression e, PredicateVisitor visitor) {
    if (e != null) {
      e.accept(visitor, null);
    }
  }
}
