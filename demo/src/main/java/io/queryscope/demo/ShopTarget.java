package io.queryscope.demo;

import javax.sql.DataSource;

/** An empty database the shop schema and data can be loaded into. */
public interface ShopTarget {

  DatabaseKind kind();

  /** Where the schema is created: a plain DataSource for this database. */
  DataSource dataSource();

  /**
   * Where the rows are written; may allow bulk-load paths the plain DataSource does not (MySQL's
   * LOAD DATA LOCAL INFILE, batched statements rewritten into one).
   */
  default DataSource loaderDataSource() {
    return dataSource();
  }
}
