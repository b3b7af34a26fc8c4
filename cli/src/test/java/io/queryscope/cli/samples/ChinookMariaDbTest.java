package io.queryscope.cli.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chinook's MySQL script on MariaDB/MySQL: every foreign key gets its {@code IFK_} index, and
 * {@code IFK_PlaylistTrackPlaylistId (PlaylistId)} prefixes the primary key {@code (PlaylistId,
 * TrackId)} — the one true redundancy, and the only finding expected (fixtures/README.md, "Public
 * sample databases: expected findings").
 */
@MySqlTest
class ChinookMariaDbTest {

  @RegisterExtension static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

  static final Set<String> EXPECTED =
      Set.of("duplicate-index PlaylistTrack.IFK_PlaylistTrackPlaylistId");

  private static SampleRun run;

  @BeforeAll
  static void loadServeAndAnalyze() throws Exception {
    run =
        SampleRun.of(
            DB.get(),
            SampleDatasets.CHINOOK_MYSQL,
            "chinook-mariadb",
            StoreWorkload.chinookMySql());
  }

  @Test
  void loadsEveryTableButNotTheScriptsOwnDatabase() {
    assertThat(run.loaded().tables())
        .containsExactlyInAnyOrder(
            "Album",
            "Artist",
            "Customer",
            "Employee",
            "Genre",
            "Invoice",
            "InvoiceLine",
            "MediaType",
            "Playlist",
            "PlaylistTrack",
            "Track");
    // DROP DATABASE `Chinook`, CREATE DATABASE `Chinook` and USE `Chinook` were not run.
    assertThat(run.loaded().skipped()).isEqualTo(3);
  }

  @Test
  void innoDbKeptTheScriptsForeignKeyIndexesAndAddedNone() throws Exception {
    // ADD CONSTRAINT comes before each CREATE INDEX IFK_…: InnoDB first creates an index named
    // after the constraint, then drops it when IFK_ serves the key. Only PlaylistTrack.PlaylistId
    // is served twice: by IFK_PlaylistTrackPlaylistId and by the primary key it prefixes.
    Set<String> indexes = new TreeSet<>();
    try (Connection c = DB.get().connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select distinct table_name, index_name from information_schema.statistics"
                    + " where table_schema = ? and index_name <> 'PRIMARY'")) {
      ps.setString(1, DB.get().databaseName());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          indexes.add(rs.getString(1) + "." + rs.getString(2));
        }
      }
    }
    assertThat(indexes)
        .containsExactlyInAnyOrder(
            "Album.IFK_AlbumArtistId",
            "Customer.IFK_CustomerSupportRepId",
            "Employee.IFK_EmployeeReportsTo",
            "Invoice.IFK_InvoiceCustomerId",
            "InvoiceLine.IFK_InvoiceLineInvoiceId",
            "InvoiceLine.IFK_InvoiceLineTrackId",
            "PlaylistTrack.IFK_PlaylistTrackPlaylistId",
            "PlaylistTrack.IFK_PlaylistTrackTrackId",
            "Track.IFK_TrackAlbumId",
            "Track.IFK_TrackGenreId",
            "Track.IFK_TrackMediaTypeId");
  }

  @Test
  void findsOnlyTheRedundantPlaylistIndex() {
    SampleReport r = run.defaults();
    assertThat(r.run().exit()).as(r.toString()).isZero();
    assertThat(SampleRun.stableKeys(r)).as(r.toString()).isEqualTo(EXPECTED);
    assertThat(r.ddl("duplicate-index PlaylistTrack.IFK_PlaylistTrackPlaylistId"))
        .matches(
            "(?i)(drop index `?IFK_PlaylistTrackPlaylistId`? on (`?\\w+`?\\.)?`?PlaylistTrack`?"
                + "|alter table (`?\\w+`?\\.)?`?PlaylistTrack`? drop index `?IFK_PlaylistTrackPlaylistId`?);?");
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
  void aCaptureWithRedactedLiteralsKeepsTheTablesNames() {
    // The capture as exported by default: binds are salted hashes and the SQL is the fingerprint
    // text. MariaDB cannot plan '?' without values, so a note per statement is right; but the
    // names must stay as written — on Linux `Invoice` and `invoice` are different tables.
    SampleReport r = run.redacted();
    assertThat(r.run().exit()).as(r.toString()).isZero();
    assertThat(r.json().path("notes").toString()).doesNotContain("doesn't exist");
    assertThat(SampleRun.stableKeys(r)).as(r.toString()).isEqualTo(EXPECTED);
  }
}
