package io.queryscope.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.Cli;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A user without the privilege an analysis needs is told the grant that is missing, on the
 * machine's PostgreSQL (trust auth) and MariaDB, with users and tables of this test's own.
 */
@Tag("postgres")
@Tag("mysql")
class GrantAdviceTest {

  private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final String MY_ADMIN = "jdbc:mysql://127.0.0.1:3306/test?user=root";
  private static final String ROLE = "secrets_grant_lp";
  private static final String TABLE = "secrets_grant_t";
  private static final String OTHER_DB = "secrets_grant_db";

  @BeforeAll
  static void setUp() throws Exception {
    tearDown();
    run(
        PG_ADMIN,
        "create role " + ROLE + " login",
        "create table " + TABLE + " (id int)",
        "revoke all on " + TABLE + " from public");
    run(
        MY_ADMIN,
        "create table " + TABLE + " (id int)",
        "create table " + TABLE + "_ok (id int)",
        "create database " + OTHER_DB,
        "create user '" + ROLE + "'@'127.0.0.1'",
        "grant select on test." + TABLE + "_ok to '" + ROLE + "'@'127.0.0.1'");
  }

  @AfterAll
  static void tearDown() throws Exception {
    run(PG_ADMIN, "drop table if exists " + TABLE, "drop role if exists " + ROLE);
    run(
        MY_ADMIN,
        "drop table if exists " + TABLE,
        "drop table if exists " + TABLE + "_ok",
        "drop database if exists " + OTHER_DB,
        "drop user if exists '" + ROLE + "'@'127.0.0.1'");
  }

  private static void run(String url, String... sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  @Test
  void postgresNamesTheTableToGrant() {
    Cli.Result r =
        Cli.run(
            "explain",
            "--url",
            "jdbc:postgresql://127.0.0.1:5432/test?user=" + ROLE,
            "select * from " + TABLE);
    assertThat(r.exit()).as(r.toString()).isEqualTo(3);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .contains("permission denied for table " + TABLE)
        .contains("run GRANT SELECT ON " + TABLE + " TO the user queryscope connects as")
        .doesNotContain("grant the analysis user read access");
  }

  @Test
  void mariaDbNamesTheTableAndTheUserToGrant() {
    Cli.Result r =
        Cli.run(
            "explain",
            "--url",
            "jdbc:mysql://127.0.0.1:3306/test?user=" + ROLE,
            "select * from " + TABLE);
    assertThat(r.exit()).as(r.toString()).isEqualTo(3);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .contains("run GRANT SELECT ON `test`.`" + TABLE + "` TO '" + ROLE + "'@'127.0.0.1'");
  }

  @Test
  void mariaDbNamesTheDatabaseTheUserMayNotUse() {
    Cli.Result r =
        Cli.run("analyze", "--url", "jdbc:mysql://127.0.0.1:3306/" + OTHER_DB + "?user=" + ROLE);
    assertThat(r.exit()).as(r.toString()).isEqualTo(3);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .contains("may not use database '" + OTHER_DB + "'")
        .contains("GRANT SELECT ON `" + OTHER_DB + "`.* TO the user queryscope connects as");
  }
}
