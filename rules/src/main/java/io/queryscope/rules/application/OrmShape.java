package io.queryscope.rules.application;

import java.util.regex.Pattern;

/**
 * Which data-access library wrote a statement, told from its shape, so fixes speak its language:
 * Hibernate's generated aliases ({@code o1_0.customer_id}, {@code order0_.id}) and jOOQ's fully
 * quoted, schema-qualified names ({@code "public"."orders"}).
 */
enum OrmShape {
  HIBERNATE,
  JOOQ,
  PLAIN;

  private static final Pattern HIBERNATE_ALIAS =
      Pattern.compile("\\b[a-z][a-z0-9_]*?(\\d+_\\d+|\\d+_)\\.[a-z_]", Pattern.CASE_INSENSITIVE);
  private static final Pattern JOOQ_QUALIFIED = Pattern.compile("([\"`])\\w+\\1\\.\\1\\w+\\1\\.?");

  static OrmShape of(String sql) {
    if (sql == null) {
      return PLAIN;
    }
    if (HIBERNATE_ALIAS.matcher(sql).find()) {
      return HIBERNATE;
    }
    return JOOQ_QUALIFIED.matcher(sql).find() ? JOOQ : PLAIN;
  }

  /** How to load the children with the parent in this library. */
  String loadTogetherHint() {
    return switch (this) {
      case HIBERNATE ->
          "Hibernate is loading a lazy association one parent at a time: fetch it with the parent"
              + " (JOIN FETCH in the query, or an @EntityGraph), or batch the lazy loads with"
              + " @BatchSize(size = 50) on the association or"
              + " hibernate.default_batch_fetch_size=50.";
      case JOOQ ->
          "jOOQ: fetch the children with the parent in one query (a multiset(...) nested"
              + " collection, or a join with intoGroups), or load them all at once with"
              + " .where(CHILD.PARENT_ID.in(parentIds)).";
      case PLAIN ->
          "Collect the parent keys and load the children in one statement, or join the child"
              + " table into the parent query.";
    };
  }
}
