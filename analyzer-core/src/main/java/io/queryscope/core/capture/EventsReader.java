package io.queryscope.core.capture;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.events.CallSite;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.ConnectionEvent;
import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.core.events.PoolSnapshot;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.events.UnitOfWorkEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON Lines {@link EventsWriter} writes. Every problem names the file and the line.
 * Internal: use {@code QueryScope.importEvents}.
 */
public final class EventsReader {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Path file;
  private final List<StatementEvent> statements = new ArrayList<>();
  private final List<ConnectionEvent> connections = new ArrayList<>();
  private final List<UnitOfWorkEvent> units = new ArrayList<>();
  private final List<PoolEvidence> pools = new ArrayList<>();
  private long dropped;
  private boolean header;
  private boolean bindsRedacted;
  private boolean literalsRedacted;
  private int lineNumber;

  private EventsReader(Path file) {
    this.file = file;
  }

  public static CapturedEvents read(Path file) {
    return new EventsReader(file).readAll();
  }

  private CapturedEvents readAll() {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank()) {
          event(object(line));
        }
      }
    } catch (NoSuchFileException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "events file "
              + file
              + " does not exist; pass the file QueryScope.exportEvents or queryscope.export wrote",
          e);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "could not read events file " + file + ": " + e.getMessage() + "; check its permissions",
          e);
    }
    if (!header) {
      throw malformed(
          "the file is empty; an events file starts with a {\"type\":\"capture\"} line");
    }
    return new CapturedEvents(
        statements,
        withPoolNames(connections),
        units,
        pools,
        dropped,
        bindsRedacted,
        literalsRedacted);
  }

  private void event(Fields f) {
    String type = f.string("type");
    if (!header && !"capture".equals(type)) {
      throw malformed(
          "expected the {\"type\":\"capture\"} header first, found type '"
              + type
              + "'; is this a queryscope events file?");
    }
    switch (type == null ? "" : type) {
      case "capture" -> {
        long format = f.number("format");
        if (format != EventsWriter.FORMAT && format != EventsWriter.SINGLE_POOL_FORMAT) {
          throw malformed(
              "format "
                  + format
                  + " is not one this queryscope reads ("
                  + EventsWriter.SINGLE_POOL_FORMAT
                  + " or "
                  + EventsWriter.FORMAT
                  + "); read it with the queryscope that wrote it");
        }
        dropped = f.number("droppedStatements");
        // Absent in files from before these fields: those kept values only when asked, so assume
        // redacted unless the file says "kept".
        bindsRedacted = !"kept".equals(f.string("binds"));
        literalsRedacted = !"kept".equals(f.string("literals"));
        header = true;
      }
      case "statement" -> statements.add(statement(f));
      case "connection" -> connections.add(connection(f));
      case "unitOfWork" ->
          units.add(
              new UnitOfWorkEvent(
                  f.required("name"),
                  f.number("start"),
                  f.number("durationNanos"),
                  f.string("thread"),
                  (int) f.number("statements")));
      case "pool" -> pools.add(pool(f));
      default ->
          throw malformed(
              "unknown event type '"
                  + type
                  + "'; expected statement, connection, unitOfWork or pool");
    }
  }

  private StatementEvent statement(Fields f) {
    String kindName = f.required("kind");
    StatementKind kind;
    try {
      kind = StatementKind.valueOf(kindName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw malformed(
          "unknown statement kind '" + kindName + "'; expected query, update, batch or call");
    }
    String hex = f.required("fingerprint");
    long fingerprint;
    try {
      fingerprint = Long.parseUnsignedLong(hex, 16);
    } catch (NumberFormatException e) {
      throw malformed("fingerprint '" + hex + "' is not a hexadecimal id");
    }
    List<String> binds = new ArrayList<>();
    for (Object bind : f.list("binds")) {
      binds.add(bind == null ? null : String.valueOf(bind));
    }
    return new StatementEvent(
        f.number("sequence"),
        f.number("start"),
        f.required("sql"),
        fingerprint,
        binds,
        kind,
        (int) f.number("batchSize"),
        f.number("executeNanos"),
        f.number("fetchNanos"),
        f.number("rowsFetched"),
        f.number("rowsAffected"),
        (int) f.number("generatedKeys"),
        f.string("sqlState"),
        f.string("error"),
        f.number("connection"),
        f.number("transaction"),
        f.string("thread"),
        f.string("unitOfWork"),
        callSite(f.object("callSite")));
  }

  private CallSite callSite(Fields f) {
    if (f == null) {
      return null;
    }
    List<String> callers = new ArrayList<>();
    for (Object caller : f.list("callers")) {
      callers.add(String.valueOf(caller));
    }
    return new CallSite(
        f.required("class"),
        f.required("method"),
        f.string("file"),
        (int) f.number("line"),
        callers);
  }

  private ConnectionEvent connection(Fields f) {
    return new ConnectionEvent(
        f.number("id"),
        f.string("pool"),
        f.number("acquired"),
        f.number("acquireNanos"),
        f.number("heldNanos"),
        f.number("busyNanos"),
        (int) f.number("statements"),
        f.bool("returned"),
        f.bool("acquireFailed"),
        f.string("thread"),
        f.string("unitOfWork"),
        f.string("acquireStack"));
  }

  private PoolEvidence pool(Fields f) {
    Fields c = f.object("config");
    PoolConfig config =
        c == null
            ? null
            : new PoolConfig(
                c.string("name"),
                (int) c.number("maximumPoolSize"),
                (int) c.number("minimumIdle"),
                c.number("connectionTimeoutMs"));
    List<PoolSnapshot> snapshots = new ArrayList<>();
    for (Object item : f.list("snapshots")) {
      if (!(item instanceof Map<?, ?> map)) {
        throw malformed("pool snapshots must be objects");
      }
      Fields s = new Fields(map);
      snapshots.add(
          new PoolSnapshot(
              s.number("at"),
              (int) s.number("active"),
              (int) s.number("idle"),
              (int) s.number("total"),
              (int) s.number("waiting")));
    }
    String name = f.string("name");
    if (name == null && config != null) {
      name = config.poolName();
    }
    return new PoolEvidence(
        name,
        config,
        snapshots,
        f.number("acquisitions"),
        f.number("acquisitionTimeouts"),
        f.decimal("acquireMillisP50"),
        f.decimal("acquireMillisP95"),
        f.decimal("acquireMillisP99"),
        f.decimal("acquireMillisMax"));
  }

  /**
   * Files from before pools were named have one pool line at most and no pool on connections: those
   * connections all came from that pool.
   */
  private List<ConnectionEvent> withPoolNames(List<ConnectionEvent> read) {
    if (pools.size() != 1 || read.stream().anyMatch(c -> c.pool() != null)) {
      return read;
    }
    String name = pools.get(0).name();
    List<ConnectionEvent> named = new ArrayList<>(read.size());
    for (ConnectionEvent c : read) {
      named.add(
          new ConnectionEvent(
              c.connectionId(),
              name,
              c.acquiredEpochMicros(),
              c.acquireNanos(),
              c.heldNanos(),
              c.busyNanos(),
              c.statements(),
              c.returned(),
              c.acquireFailed(),
              c.thread(),
              c.unitOfWork(),
              c.acquireStack()));
    }
    return named;
  }

  // ---------------------------------------------------------------- JSON

  private Fields object(String line) {
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw malformed("not a JSON object");
      }
      Map<?, ?> map = (Map<?, ?>) value(parser, parser.currentToken());
      if (parser.nextToken() != null) {
        throw malformed("more than one JSON value on the line");
      }
      return new Fields(map);
    } catch (JsonProcessingException e) {
      throw malformed("not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw malformed("could not be read (" + e.getMessage() + ")");
    }
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          map.put(name, value(parser, parser.nextToken()));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          list.add(value(parser, next));
        }
        return list;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getDoubleValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new JsonProcessingException("unexpected " + token) {};
    }
  }

  private QueryScopeException malformed(String problem) {
    return new QueryScopeException(
        ErrorCode.MALFORMED_EVENTS,
        file
            + " line "
            + lineNumber
            + ": "
            + problem
            + "; events files are written by QueryScope.exportEvents (JSON Lines)");
  }

  /** Typed access to one JSON object, failing with the field's name. */
  private final class Fields {
    private final Map<?, ?> map;

    Fields(Map<?, ?> map) {
      this.map = map;
    }

    String string(String name) {
      Object v = map.get(name);
      if (v == null || v instanceof String) {
        return (String) v;
      }
      throw malformed("'" + name + "' must be a string, was " + v);
    }

    String required(String name) {
      String v = string(name);
      if (v == null) {
        throw malformed(kind() + " has no '" + name + "'");
      }
      return v;
    }

    long number(String name) {
      Object v = map.get(name);
      if (v instanceof Long l) {
        return l;
      }
      if (v == null) {
        throw malformed(kind() + " has no '" + name + "'");
      }
      throw malformed("'" + name + "' must be a whole number, was " + v);
    }

    double decimal(String name) {
      Object v = map.get(name);
      if (v instanceof Number n) {
        return n.doubleValue();
      }
      throw malformed(kind() + " has no number '" + name + "'");
    }

    boolean bool(String name) {
      Object v = map.get(name);
      if (v instanceof Boolean b) {
        return b;
      }
      throw malformed(kind() + " has no true/false '" + name + "'");
    }

    List<?> list(String name) {
      Object v = map.get(name);
      if (v == null) {
        return List.of();
      }
      if (v instanceof List<?> l) {
        return l;
      }
      throw malformed("'" + name + "' must be a list, was " + v);
    }

    Fields object(String name) {
      Object v = map.get(name);
      if (v == null) {
        return null;
      }
      if (v instanceof Map<?, ?> m) {
        return new Fields(m);
      }
      throw malformed("'" + name + "' must be an object, was " + v);
    }

    private String kind() {
      Object type = map.get("type");
      return type == null ? "the object" : "the " + type + " event";
    }
  }
}
