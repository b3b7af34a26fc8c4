package io.queryscope.regression;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a baseline as JSON that diffs well: fixed key order, statements sorted by id, one value a
 * line, numbers rounded so a re-record of an unchanged plan gives the same bytes. {@link
 * BaselineReader} reads it back.
 */
public final class BaselineJson {

  private static final JsonFactory JSON = new JsonFactory();

  private BaselineJson() {}

  public static String write(Baseline baseline) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartObject();
      g.writeNumberField("format", Baseline.FORMAT);
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "queryscope");
      g.writeStringField("version", baseline.toolVersion());
      g.writeEndObject();
      g.writeObjectFieldStart("server");
      g.writeStringField("dialect", baseline.dialect());
      g.writeStringField("version", baseline.serverVersion());
      g.writeEndObject();
      g.writeObjectFieldStart("mode");
      g.writeBooleanField("analyze", baseline.analyze());
      g.writeNumberField("repeat", baseline.repeat());
      g.writeEndObject();
      g.writeArrayFieldStart("statements");
      for (BaselineStatement statement : baseline.statements()) {
        writeStatement(g, statement);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void writeStatement(JsonGenerator g, BaselineStatement statement)
      throws IOException {
    StatementSpec spec = statement.statement();
    RecordedPlan plan = statement.plan();
    g.writeStartObject();
    g.writeStringField("id", spec.id());
    g.writeStringField("sql", spec.sql());
    if (!spec.binds().isEmpty()) {
      g.writeArrayFieldStart("binds");
      for (String bind : spec.binds()) {
        g.writeString(bind);
      }
      g.writeEndArray();
    }
    optional(g, "fingerprint", spec.fingerprint());
    g.writeStringField("shapeHash", plan.shapeHash());
    number(g, "totalCost", plan.totalCost(), 2);
    g.writeBooleanField("analyzed", plan.analyzed());
    if (plan.timing() != null) {
      g.writeObjectFieldStart("timing");
      number(g, "medianMs", plan.timing().medianMs(), 3);
      number(g, "madMs", plan.timing().madMs(), 3);
      g.writeNumberField("runs", plan.timing().runs());
      g.writeEndObject();
    }
    if (plan.buffers() != null) {
      g.writeObjectFieldStart("buffers");
      g.writeNumberField("sharedHit", plan.buffers().sharedHit());
      g.writeNumberField("sharedRead", plan.buffers().sharedRead());
      g.writeNumberField("tempRead", plan.buffers().tempRead());
      g.writeNumberField("tempWritten", plan.buffers().tempWritten());
      g.writeEndObject();
    }
    g.writeFieldName("plan");
    writeNode(g, plan.root());
    g.writeEndObject();
  }

  private static void writeNode(JsonGenerator g, RecordedNode node) throws IOException {
    g.writeStartObject();
    g.writeStringField("operation", node.operation().name());
    optional(g, "nodeType", node.nodeType());
    optional(g, "relation", node.relation());
    optional(g, "alias", node.alias());
    optional(g, "index", node.index());
    optional(g, "joinType", node.joinType());
    optional(g, "strategy", node.strategy());
    number(g, "cost", node.cost(), 2);
    number(g, "rows", node.rows(), 2);
    number(g, "actualRows", node.actualRows(), 2);
    if (node.loops() >= 0) {
      g.writeNumberField("loops", node.loops());
    }
    if (node.spilledToDisk()) {
      g.writeBooleanField("spilledToDisk", true);
    }
    if (!node.children().isEmpty()) {
      g.writeArrayFieldStart("children");
      for (RecordedNode child : node.children()) {
        writeNode(g, child);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  /** Rounded, without trailing zeros or exponent; left out when the server gave no value. */
  private static void number(JsonGenerator g, String field, double value, int decimals)
      throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return;
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    g.writeFieldName(field);
    g.writeNumber(
        rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString());
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }
}
