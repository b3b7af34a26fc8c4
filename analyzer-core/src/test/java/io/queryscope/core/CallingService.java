package io.queryscope.core;

import java.sql.SQLException;

/**
 * Application code in a class of its own, running the data access handed to it (as a service runs a
 * repository callback): a frame call-site tests can tell apart from the test class's.
 */
final class CallingService {

  private CallingService() {}

  interface Work<T> {
    T run() throws SQLException;
  }

  static <T> T call(Work<T> work) throws SQLException {
    return work.run();
  }
}
