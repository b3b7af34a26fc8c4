package io.queryscope.benchmarks.capture;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.ShardingKey;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * Every {@link Connection} method the benchmark does not use fails loudly. Generated from the JDK
 * 17 interface.
 */
abstract class UnsupportedConnection implements Connection {

  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setReadOnly");
  }

  @Override
  public void close() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do close");
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do isReadOnly");
  }

  @Override
  public void commit() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do commit");
  }

  @Override
  public boolean isValid(int timeout) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do isValid");
  }

  @Override
  public void abort(Executor executor) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do abort");
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do rollback");
  }

  @Override
  public void rollback() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do rollback");
  }

  @Override
  public String nativeSQL(String sql) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do nativeSQL");
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getAutoCommit");
  }

  @Override
  public void setCatalog(String catalog) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setCatalog");
  }

  @Override
  public String getCatalog() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getCatalog");
  }

  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    throw new UnsupportedOperationException(
        "the benchmark stub does not do setTransactionIsolation");
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    throw new UnsupportedOperationException(
        "the benchmark stub does not do getTransactionIsolation");
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getWarnings");
  }

  @Override
  public void clearWarnings() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do clearWarnings");
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getTypeMap");
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setTypeMap");
  }

  @Override
  public void setHoldability(int holdability) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setHoldability");
  }

  @Override
  public int getHoldability() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getHoldability");
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setSavepoint");
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setSavepoint");
  }

  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do releaseSavepoint");
  }

  @Override
  public Clob createClob() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do createClob");
  }

  @Override
  public Blob createBlob() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do createBlob");
  }

  @Override
  public NClob createNClob() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do createNClob");
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do createSQLXML");
  }

  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    throw new UnsupportedOperationException("the benchmark stub does not do setClientInfo");
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    throw new UnsupportedOperationException("the benchmark stub does not do setClientInfo");
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getClientInfo");
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getClientInfo");
  }

  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do createArrayOf");
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do createStruct");
  }

  @Override
  public void setSchema(String schema) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setSchema");
  }

  @Override
  public String getSchema() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getSchema");
  }

  @Override
  public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setNetworkTimeout");
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getNetworkTimeout");
  }

  @Override
  public void beginRequest() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do beginRequest");
  }

  @Override
  public void endRequest() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do endRequest");
  }

  @Override
  public boolean setShardingKeyIfValid(
      ShardingKey shardingKey, ShardingKey superShardingKey, int timeout) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setShardingKeyIfValid");
  }

  @Override
  public boolean setShardingKeyIfValid(ShardingKey shardingKey, int timeout) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setShardingKeyIfValid");
  }

  @Override
  public void setShardingKey(ShardingKey shardingKey, ShardingKey superShardingKey)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setShardingKey");
  }

  @Override
  public void setShardingKey(ShardingKey shardingKey) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setShardingKey");
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do createStatement");
  }

  @Override
  public Statement createStatement(
      int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do createStatement");
  }

  @Override
  public Statement createStatement() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do createStatement");
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do prepareStatement");
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do prepareStatement");
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do prepareStatement");
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do prepareStatement");
  }

  @Override
  public PreparedStatement prepareStatement(
      String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do prepareStatement");
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do prepareStatement");
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do prepareCall");
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do prepareCall");
  }

  @Override
  public CallableStatement prepareCall(
      String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do prepareCall");
  }

  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setAutoCommit");
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getMetaData");
  }

  @Override
  public boolean isClosed() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do isClosed");
  }
}
