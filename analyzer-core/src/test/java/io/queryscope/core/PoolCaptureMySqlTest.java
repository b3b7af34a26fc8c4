package io.queryscope.core;

import io.queryscope.fixtures.MySqlTest;

/** The pool contract on MySQL or MariaDB through Connector/J. */
@MySqlTest
class PoolCaptureMySqlTest extends PoolCaptureContract {

  @Override
  String sleepStatement() {
    return "select sleep(0.05)";
  }

  @Override
  String plainDataSourceName() {
    return "MysqlDataSource";
  }
}
