package io.queryscope.benchmarks.sql;

import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.sql.SqlAnalyzer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Statements per second, one thread, over {@link BenchmarkCorpus}: queryscope's fingerprint beside
 * JSqlParser's full parse (the parser called directly, without the per-call thread pool of {@code
 * CCJSqlParserUtil.parse}) and a regex normalizer. One op = one statement.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar 'sql.*' -prof gc -f 1 -wi 3 -i 5 -w 1s -r
 * 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FingerprintBenchmark {

  private List<String> corpus;

  @Setup
  public void setup() {
    corpus = BenchmarkCorpus.statements();
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.SIZE)
  public void queryscopeFingerprint(Blackhole bh) {
    for (String sql : corpus) {
      bh.consume(Fingerprinter.fingerprint(sql));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.SIZE)
  public void jsqlparserParse(Blackhole bh) throws ParseException {
    for (String sql : corpus) {
      // Simple parsing, which CCJSqlParserUtil.parse tries first: every corpus statement passes.
      bh.consume(CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false).Statement());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.SIZE)
  public void regexNormalizer(Blackhole bh) {
    for (String sql : corpus) {
      String normalized = RegexNormalizer.normalize(sql);
      bh.consume(normalized.hashCode());
    }
  }

  /** The analyzer as it runs on captured statements: mostly per-fingerprint cache hits. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkCorpus.SIZE)
  public void queryscopeAnalyzeCached(Blackhole bh) {
    for (String sql : corpus) {
      bh.consume(SqlAnalyzer.analyze(sql));
    }
  }
}
