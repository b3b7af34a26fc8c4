package io.queryscope.core.capture;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.queryscope.core.ExportOptions;
import io.queryscope.core.KnownValues;
import io.queryscope.core.Secrets;
import io.queryscope.core.events.CallSite;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.ConnectionEvent;
import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.core.events.PoolSnapshot;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.UnitOfWorkEvent;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.sql.LiteralsInMessages;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Writes captured events as JSON Lines: a {@code capture} header, then one object per statement,
 * connection, unit of work and the pool. {@link EventsReader} reads them back. Internal.
 */
public final class EventsWriter {

  /**
   * Format 2 is format 1 with several {@code pool} lines. A file with at most one pool is written
   * as format 1, so a queryscope from before several pools reads it; one with more is format 2,
   * which such a queryscope refuses by name instead of silently keeping only the last pool.
   */
  static final int FORMAT = 2;

  static final int SINGLE_POOL_FORMAT = 1;
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final JsonGenerator json;
  private final Writer out;
  private final ExportOptions options;
  private final byte[] salt = new byte[16];
  private final MessageDigest sha256;
  private final Map<String, String> normalized = new HashMap<>();

  private EventsWriter(Writer out, ExportOptions options) throws IOException {
    this.out = out;
    this.options = options;
    this.json = JSON.createGenerator(out);
    json.setRootValueSeparator(null);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    new SecureRandom().nextBytes(salt);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public static void write(CapturedEvents events, ExportOptions options, Writer out)
      throws IOException {
    new EventsWriter(out, options).writeAll(events);
  }

  private void writeAll(CapturedEvents events) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "capture");
    json.writeNumberField("format", events.pools().size() > 1 ? FORMAT : SINGLE_POOL_FORMAT);
    json.writeNumberField("droppedStatements", events.droppedStatements());
    json.writeStringField("binds", options.binds() ? "kept" : "redacted");
    json.writeStringField("literals", options.literals() ? "kept" : "redacted");
    json.writeEndObject();
    line();
    for (StatementEvent statement : events.statements()) {
      statement(statement);
    }
    for (ConnectionEvent connection : events.connections()) {
      connection(connection);
    }
    for (UnitOfWorkEvent unit : events.unitsOfWork()) {
      unit(unit);
    }
    for (PoolEvidence pool : events.pools()) {
      pool(pool);
    }
    json.flush();
  }

  /**
   * The failure as exported: never a URL's password (a failed connect through a proxy), and the
   * statement's literals and binds only when they are exported themselves — servers quote them
   * ({@code Detail: Key (email)=(alice@example.org) already exists}).
   */
  private String error(StatementEvent e) {
    String message = Secrets.redactForms(e.errorMessage());
    if (message == null) {
      return null;
    }
    if (!options.literals()) {
      message = LiteralsInMessages.hide(message, e.sql());
    }
    return options.binds() ? message : KnownValues.of(e.binds(), "?").replaceIn(message);
  }

  private void line() throws IOException {
    json.flush();
    out.write('\n');
  }

  private void statement(StatementEvent e) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "statement");
    json.writeNumberField("sequence", e.sequence());
    json.writeNumberField("start", e.startEpochMicros());
    json.writeStringField("sql", options.literals() ? e.sql() : normalized(e.sql()));
    json.writeStringField("fingerprint", HexFormat.of().toHexDigits(e.fingerprintId()));
    json.writeArrayFieldStart("binds");
    for (String bind : e.binds()) {
      json.writeString(options.binds() ? bind : redact(bind));
    }
    json.writeEndArray();
    json.writeStringField("kind", e.kind().name().toLowerCase(Locale.ROOT));
    json.writeNumberField("batchSize", e.batchSize());
    json.writeNumberField("executeNanos", e.executeNanos());
    json.writeNumberField("fetchNanos", e.fetchNanos());
    json.writeNumberField("rowsFetched", e.rowsFetched());
    json.writeNumberField("rowsAffected", e.rowsAffected());
    json.writeNumberField("generatedKeys", e.generatedKeys());
    json.writeStringField("sqlState", e.sqlState());
    json.writeStringField("error", error(e));
    json.writeNumberField("connection", e.connectionId());
    json.writeNumberField("transaction", e.transactionId());
    json.writeStringField("thread", e.thread());
    json.writeStringField("unitOfWork", e.unitOfWork());
    CallSite site = e.callSite();
    if (site != null) {
      json.writeObjectFieldStart("callSite");
      json.writeStringField("class", site.className());
      json.writeStringField("method", site.methodName());
      json.writeStringField("file", site.fileName());
      json.writeNumberField("line", site.lineNumber());
      json.writeArrayFieldStart("callers");
      for (String caller : site.callers()) {
        json.writeString(caller);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();
    line();
  }

  private void connection(ConnectionEvent c) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "connection");
    json.writeNumberField("id", c.connectionId());
    json.writeStringField("pool", c.pool());
    json.writeNumberField("acquired", c.acquiredEpochMicros());
    json.writeNumberField("acquireNanos", c.acquireNanos());
    json.writeNumberField("heldNanos", c.heldNanos());
    json.writeNumberField("busyNanos", c.busyNanos());
    json.writeNumberField("statements", c.statements());
    json.writeBooleanField("returned", c.returned());
    json.writeBooleanField("acquireFailed", c.acquireFailed());
    json.writeStringField("thread", c.thread());
    json.writeStringField("unitOfWork", c.unitOfWork());
    json.writeStringField("acquireStack", c.acquireStack());
    json.writeEndObject();
    line();
  }

  private void unit(UnitOfWorkEvent u) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "unitOfWork");
    json.writeStringField("name", u.name());
    json.writeNumberField("start", u.startEpochMicros());
    json.writeNumberField("durationNanos", u.durationNanos());
    json.writeStringField("thread", u.thread());
    json.writeNumberField("statements", u.statements());
    json.writeEndObject();
    line();
  }

  private void pool(PoolEvidence p) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "pool");
    json.writeStringField("name", p.name());
    PoolConfig config = p.config();
    if (config != null) {
      json.writeObjectFieldStart("config");
      json.writeStringField("name", config.poolName());
      json.writeNumberField("maximumPoolSize", config.maximumPoolSize());
      json.writeNumberField("minimumIdle", config.minimumIdle());
      json.writeNumberField("connectionTimeoutMs", config.connectionTimeoutMs());
      json.writeEndObject();
    }
    json.writeNumberField("acquisitions", p.acquisitions());
    json.writeNumberField("acquisitionTimeouts", p.acquisitionTimeouts());
    json.writeNumberField("acquireMillisP50", p.acquireMillisP50());
    json.writeNumberField("acquireMillisP95", p.acquireMillisP95());
    json.writeNumberField("acquireMillisP99", p.acquireMillisP99());
    json.writeNumberField("acquireMillisMax", p.acquireMillisMax());
    json.writeArrayFieldStart("snapshots");
    for (PoolSnapshot s : p.snapshots()) {
      json.writeStartObject();
      json.writeNumberField("at", s.epochMillis());
      json.writeNumberField("active", s.active());
      json.writeNumberField("idle", s.idle());
      json.writeNumberField("total", s.total());
      json.writeNumberField("waiting", s.threadsAwaitingConnection());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    line();
  }

  private String normalized(String sql) {
    return sql == null ? null : normalized.computeIfAbsent(sql, Fingerprinter::withoutLiterals);
  }

  /** Equal values give equal text within one file; without the salt they cannot be guessed. */
  private String redact(String bind) {
    if (bind == null) {
      return null;
    }
    sha256.reset();
    sha256.update(salt);
    byte[] digest = sha256.digest(bind.getBytes(StandardCharsets.UTF_8));
    return "#" + HexFormat.of().formatHex(digest, 0, 6);
  }
}
