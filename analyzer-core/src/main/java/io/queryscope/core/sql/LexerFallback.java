package io.queryscope.core.sql;

import io.queryscope.core.sql.SqlLexer.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the lexer alone can tell about a statement JSqlParser could not parse: its type, the tables
 * after FROM/JOIN/UPDATE/INTO/USING with their aliases, {@code SELECT *}, and simple {@code column
 * op value} predicates. Runs once per fingerprint (results are cached), so it may allocate.
 */
final class LexerFallback {
  /** Enough for the tables and predicates of any real statement; bounds work on huge ones. */
  private static final int MAX_TOKENS = 50_000;

  private static final Set<String> KEYWORDS =
      Set.of(
          "select",
          "from",
          "where",
          "join",
          "inner",
          "left",
          "right",
          "full",
          "outer",
          "cross",
          "natural",
          "on",
          "using",
          "set",
          "group",
          "order",
          "by",
          "limit",
          "offset",
          "having",
          "union",
          "values",
          "value",
          "for",
          "window",
          "straight_join",
          "force",
          "use",
          "ignore",
          "lateral",
          "as",
          "returning",
          "fetch",
          "except",
          "intersect",
          "partition",
          "with",
          "into",
          "and",
          "or",
          "not",
          "in",
          "is",
          "null",
          "like",
          "ilike",
          "between",
          "exists",
          "case",
          "when",
          "then",
          "else",
          "end",
          "only",
          "distinct",
          "all",
          "default",
          "update",
          "delete",
          "insert",
          "replace",
          "low_priority",
          "high_priority",
          "quick",
          "tablesample",
          "do",
          "conflict",
          "duplicate",
          "key");

  private record Token(Kind kind, String text) {}

  private final List<Token> tokens = new ArrayList<>();
  private final Map<String, String> aliases = new HashMap<>();
  private final AstWalker out;

  private LexerFallback(AstWalker out) {
    this.out = out;
  }

  static void analyze(String sql, AstWalker out) {
    LexerFallback f = new LexerFallback(out);
    f.lex(sql);
    f.statementType();
    f.tables();
    f.predicates();
  }

  private void lex(String sql) {
    SqlLexer lexer = new SqlLexer(sql, true, true, new Problems());
    for (Kind k = lexer.next(); k != Kind.EOF && tokens.size() < MAX_TOKENS; k = lexer.next()) {
      String text = sql.substring(lexer.start, lexer.end);
      if (k == Kind.WORD) {
        text = text.toLowerCase(Locale.ROOT);
      } else if (k == Kind.QUOTED_IDENT || k == Kind.DQUOTED) {
        text = Names.of(text);
      }
      tokens.add(new Token(k, text));
    }
  }

  private void statementType() {
    String first = "";
    for (Token t : tokens) {
      if (t.kind() == Kind.WORD) {
        first = t.text();
        break;
      }
      if (t.kind() != Kind.OPEN_PAREN) {
        break;
      }
    }
    out.type =
        switch (first) {
          case "select", "values", "table" -> StatementType.SELECT;
          case "with" -> typeAfterWith();
          case "insert", "replace" -> StatementType.INSERT;
          case "update" -> StatementType.UPDATE;
          case "delete" -> StatementType.DELETE;
          case "merge" -> StatementType.MERGE;
          case "create", "alter", "drop", "truncate", "rename", "comment" -> StatementType.DDL;
          default -> StatementType.OTHER;
        };
  }

  private StatementType typeAfterWith() {
    int depth = 0;
    for (Token t : tokens) {
      if (t.kind() == Kind.OPEN_PAREN) {
        depth++;
      } else if (t.kind() == Kind.CLOSE_PAREN) {
        depth--;
      } else if (depth == 0 && t.kind() == Kind.WORD) {
        switch (t.text()) {
          case "insert":
            return StatementType.INSERT;
          case "update":
            return StatementType.UPDATE;
          case "delete":
            return StatementType.DELETE;
          case "select":
            return StatementType.SELECT;
          default:
            break;
        }
      }
    }
    return StatementType.SELECT;
  }

  private void tables() {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.OPERATOR && t.text().equals("*") && i > 0) {
        Token p = tokens.get(i - 1);
        if (p.kind() == Kind.COMMA
            || p.kind() == Kind.DOT
            || (p.kind() == Kind.WORD
                && (p.text().equals("select") || p.text().equals("distinct")))) {
          out.selectStar = true;
        }
      }
      if (t.kind() != Kind.WORD) {
        continue;
      }
      switch (t.text()) {
        case "with" -> cteName(i + 1);
        case "from", "join", "using" -> {
          boolean deleteTarget = t.text().equals("from") && i > 0 && isWord(i - 1, "delete");
          tableList(i + 1, deleteTarget ? TableRef.Access.WRITE : TableRef.Access.READ);
        }
        case "into" -> {
          if (out.type == StatementType.INSERT || out.type == StatementType.MERGE) {
            tableList(i + 1, TableRef.Access.WRITE);
          }
        }
        case "update" -> {
          if (i == 0 || isWord(i - 1, "low_priority") || isWord(i - 1, "ignore")) {
            tableList(i + 1, TableRef.Access.WRITE);
          }
        }
        case "recursive" -> cteName(i + 1);
        default -> {}
      }
    }
  }

  private void cteName(int i) {
    if (i + 2 < tokens.size() && isName(i) && isWord(i + 1, "as")) {
      out.ctes.add(tokens.get(i).text());
    }
  }

  /** {@code [schema.]name [[AS] alias] [, …]}; stops at anything else. */
  private void tableList(int i, TableRef.Access access) {
    while (i < tokens.size() && isName(i)) {
      String schema = "";
      String name = tokens.get(i).text();
      i++;
      while (i + 1 < tokens.size() && tokens.get(i).kind() == Kind.DOT && isName(i + 1)) {
        schema = name;
        name = tokens.get(i + 1).text();
        i += 2;
      }
      if (i < tokens.size() && isWord(i, "as")) {
        i++;
      }
      String alias = "";
      if (i < tokens.size() && isName(i)) {
        alias = tokens.get(i).text();
        i++;
      }
      if (schema.isEmpty() && out.ctes.contains(name)) {
        aliases.put(alias.isEmpty() ? name : alias, "");
      } else {
        out.tables.add(new TableRef(schema, name, alias, access));
        aliases.put(name, name);
        if (!alias.isEmpty()) {
          aliases.put(alias, name);
        }
      }
      if (i < tokens.size() && tokens.get(i).kind() == Kind.COMMA) {
        i++;
      } else {
        return;
      }
    }
  }

  /** {@code [q.]col = value}, {@code a.x = b.y}, {@code col IN (}, {@code col LIKE 'x'}, … */
  private void predicates() {
    for (int i = 0; i < tokens.size(); i++) {
      if (!isName(i) || (i > 0 && tokens.get(i - 1).kind() == Kind.DOT)) {
        continue;
      }
      int end = i + 1;
      while (end + 1 < tokens.size() && tokens.get(end).kind() == Kind.DOT && isName(end + 1)) {
        end += 2;
      }
      if (end >= tokens.size()) {
        return;
      }
      String column = tokens.get(end - 1).text();
      String qualifier = end - i >= 3 ? tokens.get(end - 3).text() : "";
      String table = resolve(qualifier);
      Token op = tokens.get(end);
      Token next = end + 1 < tokens.size() ? tokens.get(end + 1) : new Token(Kind.EOF, "");
      UsageKind kind = null;
      if (op.kind() == Kind.OPERATOR) {
        // MySQL "…" after an operator is a string unless qualified ("t"."c"), as in Normalizer.
        boolean value =
            isValue(next)
                || (next.kind() == Kind.DQUOTED
                    && !(end + 2 < tokens.size() && tokens.get(end + 2).kind() == Kind.DOT));
        switch (op.text()) {
          case "=", "<=>" ->
              kind = value ? UsageKind.EQUALITY : joinIfColumn(end + 1, table, column);
          case "<", "<=", ">", ">=" -> kind = value ? UsageKind.RANGE : null;
          default -> {}
        }
      } else if (op.kind() == Kind.WORD) {
        switch (op.text()) {
          case "in" -> kind = next.kind() == Kind.OPEN_PAREN ? UsageKind.IN_LIST : null;
          case "between" -> kind = UsageKind.RANGE;
          case "is" -> kind = UsageKind.IS_NULL;
          case "like", "ilike" ->
              kind =
                  isValue(next) && next.kind() != Kind.PARAM && leadingWildcard(next.text())
                      ? UsageKind.LIKE_LEADING_WILDCARD
                      : UsageKind.LIKE;
          default -> {}
        }
      }
      if (kind != null) {
        out.usages.add(new ColumnUsage(table, column, kind, false, ""));
      }
      i = end - 1;
    }
  }

  private UsageKind joinIfColumn(int i, String table, String column) {
    if (!isName(i)) {
      return null;
    }
    int end = i + 1;
    while (end + 1 < tokens.size() && tokens.get(end).kind() == Kind.DOT && isName(end + 1)) {
      end += 2;
    }
    String otherQualifier = end - i >= 3 ? tokens.get(end - 3).text() : "";
    String other = resolve(otherQualifier);
    if (other.isEmpty() || !other.equals(table)) {
      out.usages.add(new ColumnUsage(other, tokens.get(end - 1).text(), UsageKind.JOIN, false, ""));
      return UsageKind.JOIN;
    }
    return null;
  }

  private String resolve(String qualifier) {
    if (qualifier.isEmpty()) {
      return out.tables.size() == 1 ? out.tables.get(0).name() : "";
    }
    return aliases.getOrDefault(qualifier, "");
  }

  private static boolean leadingWildcard(String literal) {
    int q = literal.indexOf('\'');
    if (q < 0) {
      q = literal.indexOf('"');
    }
    return q >= 0
        && q + 1 < literal.length()
        && (literal.charAt(q + 1) == '%' || literal.charAt(q + 1) == '_');
  }

  private static boolean isValue(Token t) {
    return t.kind() == Kind.STRING
        || t.kind() == Kind.NUMBER
        || t.kind() == Kind.PARAM
        || (t.kind() == Kind.WORD && (t.text().equals("true") || t.text().equals("false")));
  }

  private boolean isName(int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    return t.kind() == Kind.QUOTED_IDENT
        || t.kind() == Kind.DQUOTED
        || (t.kind() == Kind.WORD && !KEYWORDS.contains(t.text()) && !t.text().startsWith("@"));
  }

  private boolean isWord(int i, String word) {
    return i < tokens.size()
        && tokens.get(i).kind() == Kind.WORD
        && tokens.get(i).text().equals(word);
  }
}
