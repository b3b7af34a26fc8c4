package io.queryscope.regression;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.plan.Buffers;
import io.queryscope.core.plan.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a baseline file written by {@link BaselineJson}. Anything wrong with it is one {@code
 * MALFORMED_BASELINE} message naming the file, the place and the fix.
 */
public final class BaselineReader {

  private final String source;

  private BaselineReader(String source) {
    this.source = source;
  }

  public static Baseline read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "baseline "
              + file
              + " does not exist; create it with 'queryscope plans record --out "
              + file
              + "'");
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "could not read baseline " + file + ": " + e.getMessage(),
          e);
    }
    return parse(text, file.toString());
  }

  /**
   * @param source names the text in messages (a file name)
   */
  public static Baseline parse(String text, String source) {
    return new BaselineReader(source).baseline(text);
  }

  private Baseline baseline(String text) {
    Object tree;
    try {
      tree = JsonTree.parse(text);
    } catch (IOException e) {
      throw malformed("it is not valid JSON (" + firstLine(e.getMessage()) + ")");
    }
    Map<String, Object> root = object(tree, "the top level");
    double format = number(root, "format", "the top level");
    if (format > Baseline.FORMAT) {
      throw malformed(
          "it has format "
              + (int) format
              + " but this queryscope reads format "
              + Baseline.FORMAT
              + "; upgrade queryscope or record the baseline again");
    }
    Map<String, Object> tool = object(root.get("tool"), "\"tool\"");
    Map<String, Object> server = object(root.get("server"), "\"server\"");
    Map<String, Object> mode = object(root.get("mode"), "\"mode\"");
    List<BaselineStatement> statements = new ArrayList<>();
    List<Object> items = array(root.get("statements"), "\"statements\"");
    for (int i = 0; i < items.size(); i++) {
      statements.add(statement(object(items.get(i), "statements[" + i + "]"), i));
    }
    try {
      return new Baseline(
          string(tool, "version", "\"tool\""),
          string(server, "dialect", "\"server\""),
          string(server, "version", "\"server\""),
          bool(mode, "analyze", "\"mode\""),
          (int) number(mode, "repeat", "\"mode\""),
          statements);
    } catch (IllegalArgumentException e) {
      throw malformed(e.getMessage());
    }
  }

  private BaselineStatement statement(Map<String, Object> json, int position) {
    String where = "statements[" + position + "]";
    String id = string(json, "id", where);
    where = "statement " + id;
    List<String> binds = new ArrayList<>();
    if (json.get("binds") != null) {
      for (Object bind : array(json.get("binds"), where + " binds")) {
        if (!(bind instanceof String s)) {
          throw malformed(where + " has a bind that is not a string");
        }
        binds.add(s);
      }
    }
    StatementSpec spec;
    try {
      spec =
          new StatementSpec(
              id, string(json, "sql", where), binds, optionalString(json, "fingerprint"));
    } catch (IllegalArgumentException e) {
      throw malformed(e.getMessage());
    }
    RecordedNode root = node(object(json.get("plan"), where + " plan"), where + " plan");
    Timing timing = null;
    if (json.get("timing") != null) {
      Map<String, Object> t = object(json.get("timing"), where + " timing");
      timing =
          new Timing(
              number(t, "medianMs", where + " timing"),
              number(t, "madMs", where + " timing"),
              (int) number(t, "runs", where + " timing"));
    }
    Buffers buffers = null;
    if (json.get("buffers") != null) {
      Map<String, Object> counts = object(json.get("buffers"), where + " buffers");
      buffers =
          new Buffers(
              (long) number(counts, "sharedHit", where + " buffers"),
              (long) number(counts, "sharedRead", where + " buffers"),
              (long) number(counts, "tempRead", where + " buffers"),
              (long) number(counts, "tempWritten", where + " buffers"));
    }
    boolean analyzed = json.get("analyzed") instanceof Boolean b && b;
    // The hash is computed again rather than trusted, so a hand-edited plan cannot hide a change.
    return new BaselineStatement(spec, RecordedPlan.of(root, analyzed, timing, buffers));
  }

  private RecordedNode node(Map<String, Object> json, String where) {
    String operationName = string(json, "operation", where);
    Operation operation;
    try {
      operation = Operation.valueOf(operationName);
    } catch (IllegalArgumentException e) {
      throw malformed(where + " has an unknown operation '" + operationName + "'");
    }
    List<RecordedNode> children = new ArrayList<>();
    if (json.get("children") != null) {
      List<Object> items = array(json.get("children"), where + " children");
      for (int i = 0; i < items.size(); i++) {
        String childWhere = where + ".children[" + i + "]";
        children.add(node(object(items.get(i), childWhere), childWhere));
      }
    }
    return new RecordedNode(
        operation,
        optionalString(json, "nodeType"),
        optionalString(json, "relation"),
        optionalString(json, "alias"),
        optionalString(json, "index"),
        optionalString(json, "joinType"),
        optionalString(json, "strategy"),
        optionalNumber(json, "cost"),
        optionalNumber(json, "rows"),
        optionalNumber(json, "actualRows"),
        json.get("loops") instanceof Double d ? d.longValue() : -1,
        json.get("spilledToDisk") instanceof Boolean b && b,
        children);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> object(Object value, String where) {
    if (!(value instanceof Map)) {
      throw malformed(where + " should be a JSON object");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private List<Object> array(Object value, String where) {
    if (!(value instanceof List)) {
      throw malformed(where + " should be a JSON array");
    }
    return (List<Object>) value;
  }

  private String string(Map<String, Object> json, String field, String where) {
    if (!(json.get(field) instanceof String s)) {
      throw malformed(where + " has no \"" + field + "\" text");
    }
    return s;
  }

  private static String optionalString(Map<String, Object> json, String field) {
    return json.get(field) instanceof String s ? s : null;
  }

  private double number(Map<String, Object> json, String field, String where) {
    if (!(json.get(field) instanceof Double d)) {
      throw malformed(where + " has no \"" + field + "\" number");
    }
    return d;
  }

  private static double optionalNumber(Map<String, Object> json, String field) {
    return json.get(field) instanceof Double d ? d : Double.NaN;
  }

  private boolean bool(Map<String, Object> json, String field, String where) {
    if (!(json.get(field) instanceof Boolean b)) {
      throw malformed(where + " has no \"" + field + "\" true/false");
    }
    return b;
  }

  private QueryScopeException malformed(String problem) {
    return new QueryScopeException(
        ErrorCode.MALFORMED_BASELINE,
        "baseline "
            + source
            + " is malformed: "
            + problem
            + "; fix it or record it again with 'queryscope plans record'");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int eol = message.indexOf('\n');
    return eol < 0 ? message : message.substring(0, eol);
  }
}
