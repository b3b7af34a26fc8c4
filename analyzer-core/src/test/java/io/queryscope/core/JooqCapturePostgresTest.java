package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.jooq.QueryScopeExecuteListener;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.Test;

/**
 * jOOQ on a plain pgjdbc connection, captured through the listener alone. (In this package, not the
 * listener's: frames of io.queryscope.core.jooq are never call sites.)
 */
@PostgresTest
class JooqCapturePostgresTest {

  @Test
  void jooqStatementsAreRecordedLikeProxiedOnes(TestDatabase db) throws SQLException {
    QueryScope scope = QueryScope.create();
    try (Connection c = db.connection()) {
      DSLContext jooq = dsl(c, scope);
      jooq.execute("create table if not exists pets (id int primary key, name text)");
      try (UnitOfWork work = scope.unitOfWork("pets")) {
        jooq.insertInto(table("pets"), field("id"), field("name")).values(1, "rex").execute();
        jooq.insertInto(table("pets"), field("id"), field("name")).values(2, "tom").execute();
        List<String> names =
            jooq.select(field("name", String.class))
                .from(table("pets"))
                .where(field("id", Integer.class).ge(1))
                .fetch(field("name", String.class));
        assertThat(names).containsExactlyInAnyOrder("rex", "tom");
      }
      assertThatThrownBy(() -> jooq.execute("select * from no_such_pets"))
          .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    List<StatementEvent> events = scope.events().statements();
    assertThat(events).hasSize(5);
    StatementEvent insert = events.get(1);
    assertThat(insert.kind()).isEqualTo(StatementKind.UPDATE);
    assertThat(insert.binds()).containsExactly("1", "rex");
    assertThat(insert.rowsAffected()).isEqualTo(1);
    assertThat(insert.unitOfWork()).isEqualTo("pets");
    assertThat(insert.callSite().className()).isEqualTo(getClass().getName());
    StatementEvent select = events.get(3);
    assertThat(select.kind()).isEqualTo(StatementKind.QUERY);
    assertThat(select.rowsFetched()).isEqualTo(2);
    assertThat(select.binds()).containsExactly("1");
    assertThat(events.get(4).sqlState()).isEqualTo("42P01");
    assertThat(scope.workload().byFingerprint(insert.fingerprintId()).orElseThrow().calls())
        .isEqualTo(2);
  }

  @Test
  void onAConnectionTheScopeAlreadyWrapsNothingIsCountedTwice(TestDatabase db) throws SQLException {
    QueryScope scope = QueryScope.create();
    try (Connection c = scope.wrap(db.dataSource()).getConnection()) {
      dsl(c, scope).fetch("select 1");
    }
    assertThat(scope.events().statements()).hasSize(1);
  }

  private static DSLContext dsl(Connection c, QueryScope scope) {
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(c);
    configuration.set(SQLDialect.POSTGRES);
    configuration.set(QueryScopeExecuteListener.of(scope));
    return DSL.using(configuration);
  }
}
