package io.queryscope.cli;

import io.queryscope.core.rule.RuleSettings;
import io.queryscope.rules.RuleSettingsLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --config queryscope.yml} and {@code --set rule.setting=value}: rule thresholds. */
public final class RuleOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Rule settings (queryscope.yml): thresholds, severities, rules turned off.")
  Path config;

  @Option(
      names = "--set",
      paramLabel = "RULE.SETTING=VALUE",
      description =
          "Override one rule setting, e.g. --set n-plus-one.min-executions=10 or"
              + " --set unused-index.enabled=false. Repeatable.")
  List<String> overrides = new ArrayList<>();

  public RuleSettings settings() {
    RuleSettingsLoader loader = new RuleSettingsLoader();
    RuleSettings settings =
        config == null
            ? RuleSettings.DEFAULTS
            : loader.load(InputFiles.require("--config", config));
    for (String o : overrides) {
      settings = loader.override(settings, o);
    }
    return settings;
  }
}
