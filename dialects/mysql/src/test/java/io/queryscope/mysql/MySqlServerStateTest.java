package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.catalog.LockWait;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.catalog.SessionInfo;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real lock wait: one session holds a row lock in an open transaction, another waits for it. */
@MySqlTest
class MySqlServerStateTest {

  @Test
  void seesSettingsTheIdleTransactionAndTheLockWait(TestDatabase db) throws Exception {
    try (Connection setup = db.connection();
        Statement st = setup.createStatement()) {
      st.execute("create table counters (id int primary key, n int not null)");
      st.execute("insert into counters values (1, 0)");
    }
    try (Connection holder = db.connection();
        Connection waiter = db.connection();
        Connection analyzer = db.connection()) {
      long holderId = connectionId(holder);
      long waiterId = connectionId(waiter);
      holder.setAutoCommit(false);
      try (Statement st = holder.createStatement()) {
        st.executeUpdate("update counters set n = n + 1 where id = 1");
      }
      try (Statement st = waiter.createStatement()) {
        st.execute("set session innodb_lock_wait_timeout = 10");
      }
      CompletableFuture<Void> blocked =
          CompletableFuture.runAsync(
              () -> {
                try (Statement st = waiter.createStatement()) {
                  st.executeUpdate("update counters set n = n + 10 where id = 1");
                } catch (Exception e) {
                  // the holder rolls back below, or the wait times out: either ends it
                }
              });
      ServerState state = null;
      try (MySqlSession session = MySqlSession.open(analyzer, SessionOptions.DEFAULTS)) {
        // The waiter needs a moment to reach the lock; poll the state, never sleep-and-assert.
        for (int i = 0; i < 50; i++) {
          state = session.readServerState();
          if (!state.lockWaits().isEmpty()) {
            break;
          }
          Thread.sleep(100);
        }
      } finally {
        holder.rollback();
        blocked.get(15, TimeUnit.SECONDS);
      }
      assertThat(state.maxConnections()).isGreaterThan(0);
      assertThat(state.setting("innodb_buffer_pool_size")).isPresent();
      assertThat(state.setting("Threads_connected")).isPresent();
      LockWait wait =
          state.lockWaits().stream()
              .filter(w -> w.waitingSession().equals(Long.toString(waiterId)))
              .findFirst()
              .orElseThrow();
      assertThat(wait.blockingSession()).isEqualTo(Long.toString(holderId));
      assertThat(wait.waitingQuery()).contains("n + 10");
      assertThat(wait.lockedObject()).contains("counters");
      SessionInfo idle =
          state.sessions().stream()
              .filter(s -> s.id().equals(Long.toString(holderId)))
              .findFirst()
              .orElseThrow();
      assertThat(idle.state()).isEqualTo(SessionInfo.State.IDLE_IN_TRANSACTION);
      assertThat(idle.transactionDuration()).isNotNull();
      SessionInfo waiting =
          state.sessions().stream()
              .filter(s -> s.id().equals(Long.toString(waiterId)))
              .findFirst()
              .orElseThrow();
      assertThat(waiting.waitingForLock()).isTrue();
      assertThat(waiting.state()).isEqualTo(SessionInfo.State.ACTIVE);
    }
  }

  private static long connectionId(Connection c) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select connection_id()")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
