package org.govexchange.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditCsv;
import org.govexchange.contracts.audit.AuditCsvVerifier;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.testkit.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export of a large log: streamed row by row, complete, and verifiable offline. */
class AuditCsvExportTest extends AuditTestSupport {

    static final int EVENTS = 200_000;

    @TempDir
    Path dir;

    @Test
    void exportOf200000EventsStreamsAndVerifiesOffline() throws Exception {
        resetLog();
        List<String> hashes = insertChain(EVENTS);

        HttpResponse<InputStream> response =
                send("/api/exchange/audit/events.csv", auditor(), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("attachment").contains("audit-events.csv"));
        Path file = dir.resolve("audit-events.csv");
        try (InputStream body = response.body();
                OutputStream out = Files.newOutputStream(file)) {
            byte[] start = body.readNBytes(1 << 20);
            out.write(start);
            assertThat(start).startsWith(0xEF, 0xBB, 0xBF);
            // A megabyte in, with the client not reading on: were the rows loaded into memory, the
            // query would be finished; streamed, MariaDB is still sending them.
            await().atMost(Duration.ofSeconds(20)).until(this::exportQueryStillRunning);
            body.transferTo(out);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !exportQueryStillRunning());

        long records = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var reader = new AuditCsv.RecordReader(in);
            assertThat(reader.next()).isEqualTo(AuditCsv.COLUMNS);
            List<String> cells;
            while ((cells = reader.next()) != null) {
                records++;
                if (records == 1 || records == 123_457 || records == EVENTS) {
                    AuditCsv.Row row = AuditCsv.parse(cells);
                    assertThat(row.sequence()).isEqualTo(records);
                    assertThat(row.hash()).isEqualTo(hashes.get((int) records - 1));
                    assertThat(AuditChain.hash(row.sequence(), row.event(), row.prevHash()))
                            .isEqualTo(row.hash());
                }
            }
        }
        assertThat(records).isEqualTo(EVENTS);

        Outcome verified = verifyOffline("--contiguous", file.toString());
        assertThat(verified.exit()).isZero();
        assertThat(verified.output()).contains("verified " + EVENTS + " events (sequence 1.." + EVENTS + ")");
    }

    /** The chain written straight over JDBC in batches, hashed with the same AuditChain as the service. */
    private List<String> insertChain(int count) throws Exception {
        List<String> hashes = new java.util.ArrayList<>(count);
        String prev = AuditChain.GENESIS;
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (Connection connection = EmbeddedMariaDb.connect("gx_exchange");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event ("
                        + AuditEventMapper.COLUMNS
                        + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(AuditCsv.COLUMNS.size(), "?"))
                        + ")")) {
            connection.setAutoCommit(false);
            try (var session = connection.createStatement()) {
                // Bulk load: the ids are fresh UUIDs, so the unique index need not be probed row by row.
                session.execute("SET SESSION unique_checks = 0");
            }
            for (int i = 1; i <= count; i++) {
                AuditEvent event = AuditEvent.builder(i % 10 == 0 ? AuditKind.BATCH_DELIVERED : AuditKind.API_CALL)
                        .eventId(UUID.randomUUID())
                        .occurredAt(start.plusMillis(i * 1_001L))
                        .actorDept(i % 3 == 0 ? AMR : PSB)
                        .actorClient("client-" + (i % 7))
                        .targetResource(POPULATION)
                        .providerDept(MCA)
                        .operation("GET /api/population/persons")
                        .result(i % 17 == 0 ? AuditResult.DENIED : AuditResult.ALLOWED)
                        .denialCode(i % 17 == 0 ? "GRANT_MISSING" : null)
                        .recordCount((long) (i % 5))
                        .fields(List.of("idNumber", "name"))
                        .purpose(i % 11 == 0 ? "核验, \"加急\"" : "户籍核验")
                        .caseId("CASE-" + (i % 1000))
                        .requestId("req-" + i)
                        .latencyMs((long) (i % 250))
                        .status(i % 10 == 0 ? null : i % 17 == 0 ? Integer.valueOf(403) : Integer.valueOf(200))
                        .responseBytes(i % 10 == 0 ? null : Long.valueOf(100 + i % 4_096))
                        .build();
                String hash = AuditChain.hash(i, event, prev);
                List<String> cells = AuditCsv.cells(i, event, prev, hash);
                for (int column = 0; column < cells.size(); column++) {
                    insert.setString(column + 1, cells.get(column));
                }
                insert.setObject(3, LocalDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                insert.addBatch();
                if (i % 5_000 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
                hashes.add(hash);
                prev = hash;
            }
            insert.executeBatch();
            try (PreparedStatement head =
                    connection.prepareStatement("UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1")) {
                head.setLong(1, count);
                head.setString(2, prev);
                head.executeUpdate();
            }
            connection.commit();
        }
        return hashes;
    }

    private boolean exportQueryStillRunning() {
        Integer running = jdbc.queryForObject(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query'"
                        + " AND INFO LIKE 'SELECT sequence, event_id%FROM audit_event%ORDER BY sequence ASC%'",
                Integer.class);
        return running != null && running > 0;
    }

    private record Outcome(int exit, String output) {}

    private static Outcome verifyOffline(String... args) {
        var bytes = new ByteArrayOutputStream();
        int exit = AuditCsvVerifier.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Outcome(exit, bytes.toString(StandardCharsets.UTF_8));
    }
}
