package io.queryscope.cli.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chinook on PostgreSQL is a sound schema — every foreign key has its own index — with one true
 * redundancy: {@code playlist_track_playlist_id_idx (playlist_id)} prefixes the primary key {@code
 * (playlist_id, track_id)}. That, and nothing else, must be reported (fixtures/README.md, "Public
 * sample databases: expected findings").
 */
@PostgresTest
class ChinookPostgresTest {

  @RegisterExtension static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

  static final Set<String> EXPECTED =
      Set.of("duplicate-index playlist_track.playlist_track_playlist_id_idx");

  private static SampleRun run;

  @BeforeAll
  static void loadServeAndAnalyze() throws Exception {
    run =
        SampleRun.of(
            DB.get(),
            SampleDatasets.CHINOOK_POSTGRESQL,
            "chinook-postgresql",
            StoreWorkload.chinookPostgres());
  }

  @Test
  void loadsEveryTableButNotTheScriptsOwnDatabase() {
    assertThat(run.loaded().tables())
        .containsExactlyInAnyOrder(
            "album",
            "artist",
            "customer",
            "employee",
            "genre",
            "invoice",
            "invoice_line",
            "media_type",
            "playlist",
            "playlist_track",
            "track");
    // DROP DATABASE chinook, CREATE DATABASE chinook and \c chinook were not run.
    assertThat(run.loaded().skipped()).isEqualTo(3);
  }

  @Test
  void findsOnlyTheRedundantPlaylistIndex() {
    SampleReport r = run.defaults();
    assertThat(r.run().exit()).as(r.toString()).isZero();
    assertThat(SampleRun.stableKeys(r)).as(r.toString()).isEqualTo(EXPECTED);
    assertThat(r.ddl("duplicate-index playlist_track.playlist_track_playlist_id_idx"))
        .matches("(?i)drop index (concurrently )?(public\\.)?playlist_track_playlist_id_idx;?");
  }

  @Test
  void everyForeignKeyIsIndexedAndExecutedPlansShowNothingElse() {
    SampleReport r = run.strict();
    assertThat(r.run().exit()).as(r.toString()).isZero();
    assertThat(r.foreignKeyFindings()).isEmpty();
    assertThat(SampleRun.stableKeys(r)).as(r.toString()).isEqualTo(EXPECTED);
  }

  @Test
  void everyStoreQueryWasSeenAndExplained() {
    SampleRun.assertWorkloadExplained(run.defaults(), run.workload());
    SampleRun.assertWorkloadExplained(run.strict(), run.workload());
    SampleRun.assertSlowQueryWithinThresholds(run.defaults());
    SampleRun.assertSlowQueryWithinThresholds(run.strict());
  }

  @Test
  void aCaptureWithRedactedBindsIsStillExplained() {
    // The capture as exported by default: binds are salted hashes, literals are '?'. Correct
    // behaviour is a generic (estimated) plan per statement, not the hash sent as a value.
    SampleReport r = run.redacted();
    assertThat(r.run().exit()).as(r.toString()).isZero();
    SampleRun.assertWorkloadExplained(r, run.workload());
    assertThat(SampleRun.stableKeys(r)).as(r.toString()).isEqualTo(EXPECTED);
  }
}
