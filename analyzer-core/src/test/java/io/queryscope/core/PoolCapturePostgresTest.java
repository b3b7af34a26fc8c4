package io.queryscope.core;

import io.queryscope.fixtures.PostgresTest;

/** The pool contract on the embedded PostgreSQL through pgjdbc. */
@PostgresTest
class PoolCapturePostgresTest extends PoolCaptureContract {

  @Override
  String sleepStatement() {
    return "select pg_sleep(0.05)";
  }

  @Override
  String plainDataSourceName() {
    return "PGSimpleDataSource";
  }
}
