package io.queryscope.benchmarks.capture;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * Every {@link ResultSet} method the benchmark does not use fails loudly. Generated from the JDK 17
 * interface.
 */
@SuppressWarnings("deprecation")
abstract class UnsupportedResultSet implements ResultSet {

  @Override
  public void updateBytes(int columnIndex, byte[] x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBytes");
  }

  @Override
  public void updateBytes(String columnLabel, byte[] x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBytes");
  }

  @Override
  public boolean getBoolean(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBoolean");
  }

  @Override
  public boolean getBoolean(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBoolean");
  }

  @Override
  public byte getByte(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getByte");
  }

  @Override
  public byte getByte(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getByte");
  }

  @Override
  public short getShort(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getShort");
  }

  @Override
  public short getShort(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getShort");
  }

  @Override
  public int getInt(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getInt");
  }

  @Override
  public int getInt(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getInt");
  }

  @Override
  public long getLong(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getLong");
  }

  @Override
  public long getLong(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getLong");
  }

  @Override
  public float getFloat(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getFloat");
  }

  @Override
  public float getFloat(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getFloat");
  }

  @Override
  public double getDouble(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getDouble");
  }

  @Override
  public double getDouble(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getDouble");
  }

  @Override
  public byte[] getBytes(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBytes");
  }

  @Override
  public byte[] getBytes(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBytes");
  }

  @Override
  public boolean next() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do next");
  }

  @Override
  public boolean last() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do last");
  }

  @Override
  public boolean first() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do first");
  }

  @Override
  public void close() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do close");
  }

  @Override
  public int getType() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getType");
  }

  @Override
  public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getObject");
  }

  @Override
  public Object getObject(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getObject");
  }

  @Override
  public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getObject");
  }

  @Override
  public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getObject");
  }

  @Override
  public Object getObject(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getObject");
  }

  @Override
  public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getObject");
  }

  @Override
  public Ref getRef(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getRef");
  }

  @Override
  public Ref getRef(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getRef");
  }

  @Override
  public boolean previous() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do previous");
  }

  @Override
  public Array getArray(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getArray");
  }

  @Override
  public Array getArray(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getArray");
  }

  @Override
  public boolean absolute(int row) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do absolute");
  }

  @Override
  public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getTimestamp");
  }

  @Override
  public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getTimestamp");
  }

  @Override
  public Timestamp getTimestamp(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getTimestamp");
  }

  @Override
  public Timestamp getTimestamp(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getTimestamp");
  }

  @Override
  public String getString(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getString");
  }

  @Override
  public String getString(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getString");
  }

  @Override
  public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBigDecimal");
  }

  @Override
  public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBigDecimal");
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBigDecimal");
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBigDecimal");
  }

  @Override
  public Time getTime(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getTime");
  }

  @Override
  public Time getTime(int columnIndex, Calendar cal) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getTime");
  }

  @Override
  public Time getTime(String columnLabel, Calendar cal) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getTime");
  }

  @Override
  public Time getTime(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getTime");
  }

  @Override
  public void updateTime(int columnIndex, Time x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateTime");
  }

  @Override
  public void updateTime(String columnLabel, Time x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateTime");
  }

  @Override
  public Date getDate(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getDate");
  }

  @Override
  public Date getDate(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getDate");
  }

  @Override
  public Date getDate(int columnIndex, Calendar cal) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getDate");
  }

  @Override
  public Date getDate(String columnLabel, Calendar cal) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getDate");
  }

  @Override
  public URL getURL(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getURL");
  }

  @Override
  public URL getURL(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getURL");
  }

  @Override
  public boolean relative(int rows) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do relative");
  }

  @Override
  public Reader getCharacterStream(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getCharacterStream");
  }

  @Override
  public Reader getCharacterStream(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getCharacterStream");
  }

  @Override
  public InputStream getAsciiStream(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getAsciiStream");
  }

  @Override
  public InputStream getAsciiStream(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getAsciiStream");
  }

  @Override
  public InputStream getBinaryStream(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBinaryStream");
  }

  @Override
  public InputStream getBinaryStream(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBinaryStream");
  }

  @Override
  public Statement getStatement() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getStatement");
  }

  @Override
  public boolean isFirst() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do isFirst");
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
  public int getHoldability() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getHoldability");
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getMetaData");
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setFetchDirection");
  }

  @Override
  public int getFetchDirection() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getFetchDirection");
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do setFetchSize");
  }

  @Override
  public int getFetchSize() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getFetchSize");
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getUnicodeStream");
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getUnicodeStream");
  }

  @Override
  public String getCursorName() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getCursorName");
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do findColumn");
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do isBeforeFirst");
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do isAfterLast");
  }

  @Override
  public boolean isLast() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do isLast");
  }

  @Override
  public void beforeFirst() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do beforeFirst");
  }

  @Override
  public void afterLast() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do afterLast");
  }

  @Override
  public int getRow() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getRow");
  }

  @Override
  public int getConcurrency() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getConcurrency");
  }

  @Override
  public boolean rowUpdated() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do rowUpdated");
  }

  @Override
  public boolean rowInserted() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do rowInserted");
  }

  @Override
  public boolean rowDeleted() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do rowDeleted");
  }

  @Override
  public void updateNull(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNull");
  }

  @Override
  public void updateNull(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNull");
  }

  @Override
  public void updateBoolean(String columnLabel, boolean x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBoolean");
  }

  @Override
  public void updateBoolean(int columnIndex, boolean x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBoolean");
  }

  @Override
  public void updateByte(int columnIndex, byte x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateByte");
  }

  @Override
  public void updateByte(String columnLabel, byte x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateByte");
  }

  @Override
  public void updateShort(int columnIndex, short x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateShort");
  }

  @Override
  public void updateShort(String columnLabel, short x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateShort");
  }

  @Override
  public void updateInt(int columnIndex, int x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateInt");
  }

  @Override
  public void updateInt(String columnLabel, int x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateInt");
  }

  @Override
  public void updateLong(int columnIndex, long x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateLong");
  }

  @Override
  public void updateLong(String columnLabel, long x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateLong");
  }

  @Override
  public void updateFloat(String columnLabel, float x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateFloat");
  }

  @Override
  public void updateFloat(int columnIndex, float x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateFloat");
  }

  @Override
  public void updateDouble(String columnLabel, double x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateDouble");
  }

  @Override
  public void updateDouble(int columnIndex, double x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateDouble");
  }

  @Override
  public void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBigDecimal");
  }

  @Override
  public void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBigDecimal");
  }

  @Override
  public void updateString(int columnIndex, String x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateString");
  }

  @Override
  public void updateString(String columnLabel, String x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateString");
  }

  @Override
  public void updateDate(String columnLabel, Date x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateDate");
  }

  @Override
  public void updateDate(int columnIndex, Date x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateDate");
  }

  @Override
  public void updateTimestamp(int columnIndex, Timestamp x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateTimestamp");
  }

  @Override
  public void updateTimestamp(String columnLabel, Timestamp x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateTimestamp");
  }

  @Override
  public void updateAsciiStream(String columnLabel, InputStream x, long length)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(String columnLabel, InputStream x, int length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(String columnLabel, InputStream x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(int columnIndex, InputStream x, long length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(int columnIndex, InputStream x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(int columnIndex, InputStream x, int length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateAsciiStream");
  }

  @Override
  public void updateBinaryStream(int columnIndex, InputStream x, long length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(int columnIndex, InputStream x, int length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(String columnLabel, InputStream x, int length)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(String columnLabel, InputStream x, long length)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(String columnLabel, InputStream x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(int columnIndex, InputStream x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBinaryStream");
  }

  @Override
  public void updateCharacterStream(String columnLabel, Reader reader) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(String columnLabel, Reader reader, int length)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(String columnLabel, Reader reader, long length)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(int columnIndex, Reader x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(int columnIndex, Reader x, long length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(int columnIndex, Reader x, int length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateCharacterStream");
  }

  @Override
  public void updateObject(int columnIndex, Object x, SQLType targetSqlType) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateObject");
  }

  @Override
  public void updateObject(int columnIndex, Object x, SQLType targetSqlType, int scaleOrLength)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateObject");
  }

  @Override
  public void updateObject(String columnLabel, Object x, SQLType targetSqlType, int scaleOrLength)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateObject");
  }

  @Override
  public void updateObject(String columnLabel, Object x, SQLType targetSqlType)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateObject");
  }

  @Override
  public void updateObject(String columnLabel, Object x, int scaleOrLength) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateObject");
  }

  @Override
  public void updateObject(int columnIndex, Object x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateObject");
  }

  @Override
  public void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateObject");
  }

  @Override
  public void updateObject(String columnLabel, Object x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateObject");
  }

  @Override
  public void insertRow() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do insertRow");
  }

  @Override
  public void updateRow() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateRow");
  }

  @Override
  public void deleteRow() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do deleteRow");
  }

  @Override
  public void refreshRow() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do refreshRow");
  }

  @Override
  public void cancelRowUpdates() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do cancelRowUpdates");
  }

  @Override
  public void moveToInsertRow() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do moveToInsertRow");
  }

  @Override
  public void moveToCurrentRow() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do moveToCurrentRow");
  }

  @Override
  public void updateRef(int columnIndex, Ref x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateRef");
  }

  @Override
  public void updateRef(String columnLabel, Ref x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateRef");
  }

  @Override
  public void updateBlob(String columnLabel, InputStream inputStream) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBlob");
  }

  @Override
  public void updateBlob(int columnIndex, Blob x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBlob");
  }

  @Override
  public void updateBlob(int columnIndex, InputStream inputStream) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBlob");
  }

  @Override
  public void updateBlob(int columnIndex, InputStream inputStream, long length)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBlob");
  }

  @Override
  public void updateBlob(String columnLabel, InputStream inputStream, long length)
      throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBlob");
  }

  @Override
  public void updateBlob(String columnLabel, Blob x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateBlob");
  }

  @Override
  public void updateClob(String columnLabel, Reader reader) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateClob");
  }

  @Override
  public void updateClob(int columnIndex, Clob x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateClob");
  }

  @Override
  public void updateClob(String columnLabel, Clob x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateClob");
  }

  @Override
  public void updateClob(int columnIndex, Reader reader) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateClob");
  }

  @Override
  public void updateClob(String columnLabel, Reader reader, long length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateClob");
  }

  @Override
  public void updateClob(int columnIndex, Reader reader, long length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateClob");
  }

  @Override
  public void updateArray(int columnIndex, Array x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateArray");
  }

  @Override
  public void updateArray(String columnLabel, Array x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateArray");
  }

  @Override
  public void updateRowId(int columnIndex, RowId x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateRowId");
  }

  @Override
  public void updateRowId(String columnLabel, RowId x) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateRowId");
  }

  @Override
  public void updateNString(int columnIndex, String nString) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNString");
  }

  @Override
  public void updateNString(String columnLabel, String nString) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNString");
  }

  @Override
  public void updateNClob(String columnLabel, Reader reader, long length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNClob");
  }

  @Override
  public void updateNClob(int columnIndex, NClob nClob) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNClob");
  }

  @Override
  public void updateNClob(int columnIndex, Reader reader, long length) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNClob");
  }

  @Override
  public void updateNClob(String columnLabel, Reader reader) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNClob");
  }

  @Override
  public void updateNClob(int columnIndex, Reader reader) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNClob");
  }

  @Override
  public void updateNClob(String columnLabel, NClob nClob) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateNClob");
  }

  @Override
  public void updateSQLXML(String columnLabel, SQLXML xmlObject) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateSQLXML");
  }

  @Override
  public void updateSQLXML(int columnIndex, SQLXML xmlObject) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do updateSQLXML");
  }

  @Override
  public void updateNCharacterStream(int columnIndex, Reader x) throws SQLException {
    throw new UnsupportedOperationException(
        "the benchmark stub does not do updateNCharacterStream");
  }

  @Override
  public void updateNCharacterStream(int columnIndex, Reader x, long length) throws SQLException {
    throw new UnsupportedOperationException(
        "the benchmark stub does not do updateNCharacterStream");
  }

  @Override
  public void updateNCharacterStream(String columnLabel, Reader reader) throws SQLException {
    throw new UnsupportedOperationException(
        "the benchmark stub does not do updateNCharacterStream");
  }

  @Override
  public void updateNCharacterStream(String columnLabel, Reader reader, long length)
      throws SQLException {
    throw new UnsupportedOperationException(
        "the benchmark stub does not do updateNCharacterStream");
  }

  @Override
  public boolean wasNull() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do wasNull");
  }

  @Override
  public Blob getBlob(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBlob");
  }

  @Override
  public Blob getBlob(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getBlob");
  }

  @Override
  public Clob getClob(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getClob");
  }

  @Override
  public Clob getClob(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getClob");
  }

  @Override
  public RowId getRowId(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getRowId");
  }

  @Override
  public RowId getRowId(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getRowId");
  }

  @Override
  public NClob getNClob(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getNClob");
  }

  @Override
  public NClob getNClob(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getNClob");
  }

  @Override
  public SQLXML getSQLXML(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getSQLXML");
  }

  @Override
  public SQLXML getSQLXML(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getSQLXML");
  }

  @Override
  public String getNString(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getNString");
  }

  @Override
  public String getNString(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getNString");
  }

  @Override
  public Reader getNCharacterStream(int columnIndex) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getNCharacterStream");
  }

  @Override
  public Reader getNCharacterStream(String columnLabel) throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do getNCharacterStream");
  }

  @Override
  public boolean isClosed() throws SQLException {
    throw new UnsupportedOperationException("the benchmark stub does not do isClosed");
  }
}
