import java.lang.reflect.*;
import java.sql.*;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the JDBC forwarders of io.queryscope.core.capture (and, with "stub", the Unsupported*
 * bases of the benchmark stub driver) from the JDBC interfaces of the running JDK 17, taking
 * parameter names from the JDK's java.sql sources. Not part of the build:
 *
 * <pre>
 * unzip $JAVA_HOME/lib/src.zip 'java.sql/*' -d /tmp/jdk-src
 * java analyzer-core/src/tools/ForwarderGenerator.java /tmp/jdk-src/java.sql/java/sql OUT_DIR [stub]
 * mvn spotless:apply
 * </pre>
 */
public class ForwarderGenerator {
  static Path SRC;
  static Path OUT;
  static String PKG = "io.queryscope.core.capture";
  static boolean STUB;
  static Map<String, List<String>> names = new HashMap<>();
  static Set<String> imports = new TreeSet<>();

  public static void main(String[] a) throws Exception {
    SRC = Path.of(a[0]);
    OUT = Path.of(a[1]);
    if (a.length > 2 && a[2].equals("stub")) {
      PKG = "io.queryscope.benchmarks.capture";
      STUB = true;
      gen("UnsupportedConnection", Connection.class, "abstract class UnsupportedConnection implements Connection", "", Set.of(), false, "");
      gen("UnsupportedPreparedStatement", PreparedStatement.class, "abstract class UnsupportedPreparedStatement extends UnsupportedStatement implements PreparedStatement", "", Set.of(), false, "");
      gen("UnsupportedStatement", Statement.class, "abstract class UnsupportedStatement implements Statement", "", Set.of(), false, "");
      gen("UnsupportedResultSet", ResultSet.class, "abstract class UnsupportedResultSet implements ResultSet", "", Set.of(), false, "");
      return;
    }
    gen("ConnectionForwarder", Connection.class, "abstract class ConnectionForwarder implements Connection",
        "  final Connection delegate;\n\n  ConnectionForwarder(Connection delegate) {\n    this.delegate = delegate;\n  }\n",
        Set.of("createStatement", "prepareStatement", "prepareCall", "commit", "rollback", "setAutoCommit", "close", "getMetaData", "abort"), false,
        "the driver's (or pool's) connection. {@link CapturingConnection} overrides the methods it watches.");
    gen("MetaDataForwarder", DatabaseMetaData.class, "abstract class MetaDataForwarder implements DatabaseMetaData",
        "  final DatabaseMetaData delegate;\n\n  MetaDataForwarder(DatabaseMetaData delegate) {\n    this.delegate = delegate;\n  }\n",
        Set.of("getConnection"), false,
        "the driver's metadata. {@link CapturingMetaData} overrides {@code getConnection()}.");
    gen("ResultSetForwarder", ResultSet.class, "abstract class ResultSetForwarder implements ResultSet",
        "  final ResultSet delegate;\n\n  ResultSetForwarder(ResultSet delegate) {\n    this.delegate = delegate;\n  }\n",
        Set.of("next", "close", "getStatement"), false,
        "the driver's result set. {@link CapturingResultSet} overrides the methods it watches.");
    gen("StatementForwarder", Statement.class, "abstract class StatementForwarder<S extends Statement> implements Statement",
        "  final S delegate;\n\n  StatementForwarder(S delegate) {\n    this.delegate = delegate;\n  }\n",
        Set.of("executeQuery", "executeUpdate", "execute", "executeLargeUpdate", "addBatch", "clearBatch", "executeBatch",
            "executeLargeBatch", "getResultSet", "getMoreResults", "getGeneratedKeys", "getConnection", "close",
            "getUpdateCount", "getLargeUpdateCount"), false,
        "the driver's statement. {@link CapturingStatement} overrides the methods it watches.");
    gen("PreparedStatementForwarder", PreparedStatement.class,
        "abstract class PreparedStatementForwarder<S extends PreparedStatement> extends CapturingStatement<S>\n    implements PreparedStatement",
        "  PreparedStatementForwarder(S delegate, CapturingConnection connection, String sql) {\n    super(delegate, connection, sql);\n  }\n\n"
        + "  /** Remembers a bind value the driver accepted; {@code null} for SQL NULL. */\n  abstract void bind(int index, Object value);\n",
        Set.of("executeQuery", "executeUpdate", "execute", "executeLargeUpdate", "addBatch", "clearParameters"), true,
        "the driver's prepared statement, remembering each bind value the driver accepted. {@link\n * CapturingPreparedStatement} overrides the methods that execute.");
    gen("CallableStatementForwarder", CallableStatement.class,
        "abstract class CallableStatementForwarder extends CapturingPreparedStatement<CallableStatement>\n    implements CallableStatement",
        "  CallableStatementForwarder(\n      CallableStatement delegate, CapturingConnection connection, String sql) {\n    super(delegate, connection, sql);\n  }\n",
        Set.of(), false,
        "the driver's callable statement; positional binds are remembered by the prepared-statement\n * forwarder, named parameters and out parameters go straight through.");
  }

  static void loadNames(Class<?> iface) throws Exception {
    String text = Files.readString(SRC.resolve(iface.getSimpleName() + ".java"));
    text = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    Matcher m = Pattern.compile("(\\w+)\\s*\\(([^()]*)\\)\\s*(?:throws[\\w\\s.,]+)?[;{]").matcher(text);
    while (m.find()) {
      String name = m.group(1);
      String params = m.group(2).trim();
      List<String> pnames = new ArrayList<>();
      List<String> ptypes = new ArrayList<>();
      if (!params.isEmpty()) {
        String flat = params.replaceAll("<[^<>]*(<[^<>]*>)?[^<>]*>", "");
        for (String p : flat.split(",")) {
          p = p.trim().replaceAll("\\s+", " ");
          String[] parts = p.split(" ");
          String pn = parts[parts.length - 1];
          String pt = String.join(" ", Arrays.copyOf(parts, parts.length - 1));
          if (pn.endsWith("[]")) { pn = pn.substring(0, pn.length() - 2); pt = pt + "[]"; }
          pt = pt.replace("final ", "").replace(" ", "");
          if (pt.endsWith("...")) pt = pt.substring(0, pt.length() - 3) + "[]";
          pt = pt.substring(pt.lastIndexOf('.') + 1);
          pnames.add(pn);
          ptypes.add(pt);
        }
      }
      names.put(name + "(" + String.join(",", ptypes) + ")", pnames);
    }
  }

  static String type(Type t) {
    if (t instanceof Class<?> c) {
      if (c.isArray()) return type(c.getComponentType()) + "[]";
      if (!c.isPrimitive() && !c.getPackageName().equals("java.lang")) imports.add(c.getName().replace('$', '.'));
      if (c.getEnclosingClass() != null) return c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName();
      return c.getSimpleName();
    }
    if (t instanceof ParameterizedType p) {
      StringBuilder b = new StringBuilder(type(p.getRawType())).append('<');
      Type[] args = p.getActualTypeArguments();
      for (int i = 0; i < args.length; i++) { if (i > 0) b.append(", "); b.append(type(args[i])); }
      return b.append('>').toString();
    }
    if (t instanceof WildcardType w) {
      if (w.getUpperBounds().length > 0 && w.getUpperBounds()[0] != Object.class) return "? extends " + type(w.getUpperBounds()[0]);
      if (w.getLowerBounds().length > 0) return "? super " + type(w.getLowerBounds()[0]);
      return "?";
    }
    if (t instanceof TypeVariable<?> v) return v.getName();
    if (t instanceof GenericArrayType g) return type(g.getGenericComponentType()) + "[]";
    throw new IllegalStateException(t.toString());
  }

  static String simple(Class<?> c) {
    if (c.isArray()) return simple(c.getComponentType()) + "[]";
    return c.getSimpleName();
  }

  static final Set<String> VALUE_TYPES = Set.of("boolean", "byte", "short", "int", "long", "float", "double",
      "String", "BigDecimal", "Date", "Time", "Timestamp", "URL", "byte[]", "Object");

  static void gen(String cls, Class<?> iface, String decl, String body, Set<String> excludes, boolean binds, String doc) throws Exception {
    imports.clear();
    names.clear();
    loadNames(iface);
    imports.add(iface.getName());
    List<Method> methods = new ArrayList<>();
    for (Method m : iface.getDeclaredMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || excludes.contains(m.getName())) continue;
      methods.add(m);
    }
    StringBuilder out = new StringBuilder();
    boolean anyDeprecated = false;
    for (Method m : methods) {
      String key = m.getName() + "(" + String.join(",", Arrays.stream(m.getParameterTypes()).map(ForwarderGenerator::simple).toList()) + ")";
      List<String> pn = names.get(key);
      if (pn == null) throw new IllegalStateException("no names for " + iface.getSimpleName() + "." + key);
      out.append("\n  @Override\n");
      if (m.isAnnotationPresent(Deprecated.class)) { out.append("  @Deprecated\n"); anyDeprecated = true; }
      out.append("  public ");
      TypeVariable<Method>[] tps = m.getTypeParameters();
      if (tps.length > 0) out.append("<").append(String.join(", ", Arrays.stream(tps).map(TypeVariable::getName).toList())).append("> ");
      out.append(type(m.getGenericReturnType())).append(' ').append(m.getName()).append('(');
      Type[] pts = m.getGenericParameterTypes();
      for (int i = 0; i < pts.length; i++) {
        if (i > 0) out.append(", ");
        out.append(type(pts[i])).append(' ').append(pn.get(i));
      }
      out.append(")");
      if (m.getExceptionTypes().length > 0) {
        out.append(" throws ").append(String.join(", ", Arrays.stream(m.getExceptionTypes()).map(ForwarderGenerator::type).toList()));
      }
      out.append(" {\n");
      String call = "delegate." + m.getName() + "(" + String.join(", ", pn) + ")";
      boolean isBind = binds && m.getName().startsWith("set") && pts.length >= 1 && m.getParameterTypes()[0] == int.class
          && !m.getName().equals("setPoolable") && !m.getName().startsWith("setMax") && !m.getName().startsWith("setFetch")
          && !m.getName().equals("setQueryTimeout") && !m.getName().equals("setEscapeProcessing") && !m.getName().equals("setLargeMaxRows");
      if (STUB) {
        out.append("    throw new UnsupportedOperationException(\"the benchmark stub does not do ").append(m.getName()).append("\");\n");
      } else if (isBind) {
        out.append("    ").append(call).append(";\n");
        String value;
        if (m.getName().equals("setNull")) value = "null";
        else {
          String vt = simple(m.getParameterTypes()[1]);
          value = VALUE_TYPES.contains(vt) ? pn.get(1) : "\"<" + vt + ">\"";
        }
        out.append("    bind(").append(pn.get(0)).append(", ").append(value).append(");\n");
      } else if (m.getReturnType() == void.class) {
        out.append("    ").append(call).append(";\n");
      } else {
        out.append("    return ").append(call).append(";\n");
      }
      out.append("  }\n");
    }
    StringBuilder file = new StringBuilder("package " + PKG + ";\n\n");
    for (String i : imports) file.append("import ").append(i).append(";\n");
    if (STUB) {
      file.append("\n/** Every {@link ").append(iface.getSimpleName()).append("} method the benchmark does not use fails loudly. Generated from the JDK 17 interface. */\n");
    } else {
    file.append("\n/**\n * Forwards every {@link ").append(iface.getSimpleName()).append("} method to ").append(doc)
        .append("\n *\n * <p>Generated from the JDK 17 interface by reflection; regenerate rather than edit by hand when\n * the JDBC interface grows.\n */\n");
    }
    if (anyDeprecated) file.append("@SuppressWarnings(\"deprecation\")\n");
    file.append(decl).append(" {\n\n").append(body).append(out).append("}\n");
    Files.writeString(OUT.resolve(cls + ".java"), file.toString());
    System.out.println(cls + ": " + methods.size() + " methods");
  }
}
