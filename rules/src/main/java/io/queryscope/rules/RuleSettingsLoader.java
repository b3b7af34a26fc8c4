package io.queryscope.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.rule.RuleSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code queryscope.yml} into {@link RuleSettings}, and applies {@code rule.threshold=value}
 * overrides from the command line. Every key is checked against the rules' documented thresholds,
 * so a typo is an error naming the key and the file, never a silently ignored setting.
 *
 * <pre>
 * rules:
 *   n-plus-one:
 *     min-executions: 10
 *     severity: critical
 *   unused-index:
 *     enabled: false
 * </pre>
 */
public final class RuleSettingsLoader {

  private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

  private final List<Rule> rules;

  public RuleSettingsLoader() {
    this(Rules.all());
  }

  public RuleSettingsLoader(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public RuleSettings load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "cannot read rule settings " + file + " (" + e.getMessage() + "); check the path",
          e);
    }
    return parse(text, file.toString());
  }

  /**
   * Parses settings text.
   *
   * @param source how messages name the input (a file name)
   */
  public RuleSettings parse(String text, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (JsonProcessingException e) {
      String at =
          e.getLocation() == null
              ? "?"
              : e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw usage(
          source
              + " is not valid YAML at line "
              + yamlMark(e.getOriginalMessage(), at)
              + ": "
              + yamlProblem(e.getOriginalMessage()));
    }
    Map<String, Double> thresholds = new HashMap<>();
    Map<String, Severity> severities = new HashMap<>();
    Set<String> disabled = new HashSet<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return RuleSettings.DEFAULTS;
    }
    if (!root.isObject()) {
      throw usage(source + " must be a mapping with a 'rules:' key");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("rules")) {
        throw usage(
            "unknown key '" + key + "' in " + source + ": the only top-level key is 'rules'");
      }
    }
    JsonNode rulesNode = root.path("rules");
    if (rulesNode.isMissingNode() || rulesNode.isNull()) {
      return RuleSettings.DEFAULTS;
    }
    if (!rulesNode.isObject()) {
      throw usage("'rules' in " + source + " must map rule ids to their settings");
    }
    rulesNode
        .fields()
        .forEachRemaining(
            e -> {
              RuleInfo info = rule(e.getKey(), source);
              if (!e.getValue().isObject()) {
                throw usage(
                    "rules."
                        + e.getKey()
                        + " in "
                        + source
                        + " must be a mapping (enabled, severity, or thresholds "
                        + info.thresholds().keySet()
                        + ")");
              }
              e.getValue()
                  .fields()
                  .forEachRemaining(
                      s ->
                          apply(
                              info,
                              s.getKey(),
                              s.getValue(),
                              source,
                              thresholds,
                              severities,
                              disabled));
            });
    return new RuleSettings(thresholds, severities, disabled);
  }

  /**
   * One command-line override, {@code n-plus-one.min-executions=10}, {@code
   * unused-index.enabled=false} or {@code slow-query.severity=high}, on top of {@code base}.
   */
  public RuleSettings override(RuleSettings base, String assignment) {
    int eq = assignment.indexOf('=');
    int dot = assignment.indexOf('.');
    if (eq < 0 || dot < 0 || dot > eq) {
      throw usage(
          "cannot read override '"
              + assignment
              + "': write it as rule-id.setting=value, e.g. n-plus-one.min-executions=10");
    }
    RuleInfo info = rule(assignment.substring(0, dot), "--set " + assignment);
    Map<String, Double> thresholds = new HashMap<>(base.thresholds());
    Map<String, Severity> severities = new HashMap<>(base.severities());
    Set<String> disabled = new HashSet<>(base.disabled());
    JsonNode value;
    try {
      value = new ObjectMapper(new YAMLFactory()).readTree(assignment.substring(eq + 1));
    } catch (JsonProcessingException e) {
      throw usage("cannot read the value in override '" + assignment + "'");
    }
    apply(
        info,
        assignment.substring(dot + 1, eq).trim(),
        value,
        "--set " + assignment,
        thresholds,
        severities,
        disabled);
    return new RuleSettings(thresholds, severities, disabled);
  }

  private RuleInfo rule(String id, String source) {
    return Rules.find(rules, id)
        .map(Rule::info)
        .orElseThrow(
            () -> {
              Set<String> ids = new TreeSet<>();
              rules.forEach(r -> ids.add(r.id()));
              return usage("unknown rule '" + id + "' in " + source + "; known rules are " + ids);
            });
  }

  private static void apply(
      RuleInfo info,
      String key,
      JsonNode value,
      String source,
      Map<String, Double> thresholds,
      Map<String, Severity> severities,
      Set<String> disabled) {
    String where = "rules." + info.id() + "." + key + " in " + source;
    switch (key) {
      case "enabled" -> {
        if (value == null || !value.isBoolean()) {
          throw usage(where + " must be true or false");
        }
        if (value.booleanValue()) {
          disabled.remove(info.id());
        } else {
          disabled.add(info.id());
        }
      }
      case "severity" -> {
        try {
          severities.put(info.id(), Severity.fromId(value == null ? "" : value.asText()));
        } catch (IllegalArgumentException e) {
          throw usage(where + ": " + e.getMessage());
        }
      }
      default -> {
        if (!info.thresholds().containsKey(key)) {
          throw usage(
              "unknown setting '"
                  + key
                  + "' for rule "
                  + info.id()
                  + " in "
                  + source
                  + "; it takes enabled, severity and "
                  + new TreeSet<>(info.thresholds().keySet()));
        }
        if (value == null || !value.isNumber()) {
          throw usage(where + " must be a number (default " + info.thresholds().get(key) + ")");
        }
        thresholds.put(info.id() + "." + key, value.doubleValue());
      }
    }
  }

  /** Where the problem is: the last mark in the message (the first may be its context's). */
  static String yamlMark(String original, String fallback) {
    Matcher m = MARK.matcher(original == null ? "" : original);
    String mark = fallback;
    while (m.find()) {
      mark = m.group(1) + ", column " + m.group(2);
    }
    return mark;
  }

  /**
   * The parser's problem in one line. Its message is "context / in 'reader', line … / the quoted
   * source line / ^ / problem / …": the last unindented line says what is wrong, the indented ones
   * repeat the file.
   */
  static String yamlProblem(String original) {
    if (original == null) {
      return "unreadable";
    }
    String problem = null;
    for (String line : original.split("\\R")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        problem = line;
      }
    }
    String text = problem == null ? original : problem;
    return text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
  }

  private static QueryScopeException usage(String message) {
    return new QueryScopeException(ErrorCode.USAGE, message);
  }
}
