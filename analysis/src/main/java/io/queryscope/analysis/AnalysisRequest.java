package io.queryscope.analysis;

import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.rule.RuleSettings;

/**
 * What the user asked for.
 *
 * @param top how many of the heaviest fingerprints to explain
 * @param analyze EXPLAIN ANALYZE plain reads (never writes)
 * @param whatIf how recommended indexes are verified against the target
 */
public record AnalysisRequest(int top, boolean analyze, WhatIfMode whatIf, RuleSettings settings) {

  public static final AnalysisRequest DEFAULTS =
      new AnalysisRequest(20, false, WhatIfMode.HYPOTHETICAL, RuleSettings.DEFAULTS);

  /** The rules on evidence already gathered: nothing to explain, nothing to verify. */
  public static AnalysisRequest rulesOnly(RuleSettings settings) {
    return new AnalysisRequest(0, false, WhatIfMode.OFF, settings);
  }
}
