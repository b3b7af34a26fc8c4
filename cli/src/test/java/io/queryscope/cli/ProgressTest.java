package io.queryscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void plainLinesModePrintsOneLinePerPhaseAndNoSteps() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), Progress.Mode.LINES);
    p.phase("connecting");
    p.phase("explaining 2 statements");
    p.step(1, 2, "select 1");
    p.note("1 of 2 statements could not be explained");
    p.done();
    assertThat(err.toString().lines())
        .containsExactly(
            "queryscope: connecting",
            "queryscope: explaining 2 statements",
            "queryscope: 1 of 2 statements could not be explained");
  }

  @Test
  void terminalModeRewritesTheLineAndTicksPhasesOff() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), Progress.Mode.TERMINAL);
    p.phase("explaining 2 statements");
    p.step(2, 2, "select\n  1");
    p.done();
    String out = err.toString();
    assertThat(out).contains("\r\u001b[K… explaining 2 statements 2/2  select 1");
    assertThat(out).contains("✓ explaining 2 statements (").contains("✓ done in ");
  }

  @Test
  void everyLineLosesTheSecretsInBothModes() {
    Secrets secrets = Secrets.of("jdbc:mysql://h/d?user=u;password=Zq9-SECRET-7", "pw-from-env");
    for (Progress.Mode mode : new Progress.Mode[] {Progress.Mode.LINES, Progress.Mode.TERMINAL}) {
      StringWriter err = new StringWriter();
      Progress p = new Progress(new PrintWriter(err), mode, secrets);
      p.phase("connecting to jdbc:mysql://u:pw-from-env@h/d?user=u;password=Zq9-SECRET-7");
      p.step(1, 1, "select 'Zq9-SECRET-7'");
      p.note("the driver said: Access denied (using pw-from-env)");
      p.done();
      assertThat(err.toString())
          .as(mode.name())
          .contains("connecting to jdbc:mysql://u:***@h/d?user=u;password=***")
          .contains("Access denied (using ***)")
          .doesNotContain("SECRET")
          .doesNotContain("pw-from-env");
    }
  }

  @Test
  void silentPrintsNothing() {
    Progress.SILENT.phase("x");
    Progress.SILENT.step(1, 1, "y");
    Progress.SILENT.note("z");
    Progress.SILENT.done();
    assertThat(Progress.modeFor(true, true)).isEqualTo(Progress.Mode.SILENT);
  }
}
