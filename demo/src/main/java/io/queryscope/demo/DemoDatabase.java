package io.queryscope.demo;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The demo's own database: created empty on the embedded PostgreSQL with {@code
 * pg_stat_statements}, dropped by {@link #close()}, so a run leaves nothing behind.
 */
public final class DemoDatabase implements ShopTarget, AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EmbeddedPostgresServer server;
  private final String name;
  private final PGSimpleDataSource dataSource;
  private final String version;

  private DemoDatabase(EmbeddedPostgresServer server, String name) throws SQLException {
    this.server = server;
    this.name = name;
    this.dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl());
    dataSource.setUser(user());
    dataSource.setPassword(password());
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show server_version")) {
      rs.next();
      this.version = rs.getString(1).split(" ")[0];
    }
  }

  /** Starts the embedded PostgreSQL if this JVM has not yet, and creates a fresh database on it. */
  public static DemoDatabase create() throws SQLException {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
    String name = "qs_demo_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    try (Connection c = server.adminConnection();
        Statement s = c.createStatement()) {
      // template0: a fresh database must not inherit objects someone put into template1.
      s.execute("create database " + name + " template template0 encoding 'UTF8'");
    }
    DemoDatabase db = new DemoDatabase(server, name);
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("create extension if not exists pg_stat_statements");
    } catch (SQLException e) {
      db.close();
      throw e;
    }
    return db;
  }

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** URL of this database, without credentials: use {@link #user()} and {@link #password()}. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + server.port() + "/" + name;
  }

  public String user() {
    return "postgres";
  }

  public String password() {
    return "";
  }

  /** For messages: {@code embedded PostgreSQL 17.6}. */
  public String serverDescription() {
    return "embedded PostgreSQL " + version;
  }

  @Override
  public void close() {
    try (Connection c = server.adminConnection();
        Statement s = c.createStatement()) {
      // FORCE ends sessions still open (a pool that was not closed), so the drop never hangs.
      s.execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop the demo database " + name, e);
    }
  }
}
