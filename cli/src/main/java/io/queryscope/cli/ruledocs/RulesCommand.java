package io.queryscope.cli.ruledocs;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.regression.PlanRegression;
import io.queryscope.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists every rule, or prints one rule's documentation page. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "List every rule (id, severity, summary), or print one rule's documentation.",
      "Rule ids are stable: use them in queryscope.yml and --set."
    })
public final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "A rule id (or an old alias) whose page to print.")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Rule> rules = Rules.all();
    List<RuleInfo> all = new ArrayList<>(rules.stream().map(Rule::info).toList());
    // plan-regression is a check of `plans check`, not a Rule, but it is a rule id like the others.
    all.add(PlanRegression.INFO);
    all.sort(java.util.Comparator.comparing(RuleInfo::id));
    if (id == null) {
      list(all, out);
    } else {
      RuleInfo info =
          Rules.find(rules, id)
              .map(Rule::info)
              .or(() -> Optional.of(PlanRegression.INFO).filter(i -> i.id().equals(id)))
              .orElseThrow(
                  () ->
                      new QueryScopeException(
                          ErrorCode.USAGE,
                          "unknown rule '"
                              + id
                              + "'; known rules: "
                              + all.stream().map(RuleInfo::id).collect(Collectors.joining(", "))));
      page(info, out);
    }
    out.flush();
    return 0;
  }

  private static void list(List<RuleInfo> rules, PrintWriter out) {
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
    out.println(String.format("%-" + width + "s  %-8s  %s", "ID", "SEVERITY", "SUMMARY"));
    for (RuleInfo info : rules) {
      out.println(
          String.format(
              "%-" + width + "s  %-8s  %s",
              info.id(),
              info.defaultSeverity().id(),
              info.summary()));
    }
    out.println();
    out.println("queryscope rules ID prints a rule's page; " + rules.size() + " rules.");
  }

  private static void page(RuleInfo info, PrintWriter out) {
    String doc = docPage(info.id());
    if (doc != null) {
      out.print(doc.endsWith("\n") ? doc : doc + "\n");
      return;
    }
    // A rule without its page still says what it knows about itself.
    out.println("# " + info.id());
    out.println();
    out.println(info.title());
    out.println();
    out.println(info.summary());
    out.println();
    out.println("Default severity: " + info.defaultSeverity().id());
    if (!info.thresholds().isEmpty()) {
      out.println("Thresholds: " + info.thresholds());
    }
    if (!info.aliases().isEmpty()) {
      out.println("Also known as: " + String.join(", ", info.aliases()));
    }
  }

  /** The page the rules module packages at {@code docs/rules/<id>.md}, or null. */
  static String docPage(String id) {
    try (InputStream in =
        RulesCommand.class.getClassLoader().getResourceAsStream("docs/rules/" + id + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
