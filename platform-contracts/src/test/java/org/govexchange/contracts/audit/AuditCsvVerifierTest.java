package org.govexchange.contracts.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCsvVerifierTest {

    @TempDir
    Path dir;

    @Test
    void intactExportIsVerified() throws Exception {
        Path file = write(rows(5));

        Outcome outcome = run(file.toString());

        assertThat(outcome.exit).isZero();
        assertThat(outcome.output).contains("verified 5 events (sequence 1..5)");
    }

    @Test
    void alteredCellIsReportedAtItsSequence() throws Exception {
        List<List<String>> rows = rows(5);
        rows.get(2).set(13, "另一个用途");

        Outcome outcome = run(write(rows).toString());

        assertThat(outcome.exit).isEqualTo(1);
        assertThat(outcome.output)
                .contains("BROKEN at sequence 3: hash does not match")
                .contains("found:    " + rows.get(2).get(21))
                .contains("verified 2 events before it");
    }

    @Test
    void rehashedRowIsCaughtByTheNextLink() throws Exception {
        List<List<String>> rows = rows(5);
        rows.get(1).set(13, "forged");
        AuditCsv.Row forged = AuditCsv.parse(rows.get(1));
        rows.get(1).set(21, AuditChain.hash(2, forged.event(), forged.prevHash()));

        Outcome outcome = run(write(rows).toString());

        assertThat(outcome.exit).isEqualTo(1);
        assertThat(outcome.output).contains("BROKEN at sequence 3: prev_hash is not the hash of the row before");
    }

    @Test
    void missingRowIsAGapThatContiguousModeRefuses() throws Exception {
        List<List<String>> rows = rows(5);
        rows.remove(2);
        Path file = write(rows);

        Outcome lenient = run(file.toString());
        assertThat(lenient.exit).isZero();
        assertThat(lenient.output).contains("verified 4 events").contains("skips sequence numbers in 1 place");

        Outcome strict = run("--contiguous", file.toString());
        assertThat(strict.exit).isEqualTo(1);
        assertThat(strict.output).contains("BROKEN at sequence 3: row missing");
    }

    @Test
    void wrongGenesisAndOrderAreBroken() throws Exception {
        List<List<String>> rows = rows(3);
        List<List<String>> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        assertThat(run(write(reversed).toString()).output).contains("not in ascending sequence order");

        rows.get(0).set(20, "1".repeat(64));
        assertThat(run(write(rows).toString()).output).contains("BROKEN at sequence 1: the first row's prev_hash");
    }

    @Test
    void usageAndForeignFilesExitWithTwo() throws Exception {
        assertThat(run().exit).isEqualTo(2);
        Path foreign = dir.resolve("other.csv");
        Files.writeString(foreign, "a,b\r\n1,2\r\n");
        Outcome outcome = run(foreign.toString());
        assertThat(outcome.exit).isEqualTo(2);
        assertThat(outcome.output).contains("not the audit export header");
    }

    // --- helpers -------------------------------------------------------------------------------

    private record Outcome(int exit, String output) {}

    private static Outcome run(String... args) {
        var bytes = new ByteArrayOutputStream();
        int exit = AuditCsvVerifier.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Outcome(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private static List<List<String>> rows(int n) {
        List<List<String>> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (long sequence = 1; sequence <= n; sequence++) {
            AuditEvent event = AuditEvent.builder(sequence % 2 == 0 ? AuditKind.BATCH_ACCEPTED : AuditKind.API_CALL)
                    .occurredAt(Instant.parse("2026-11-22T01:02:03.120Z").plusSeconds(sequence))
                    .actorDept("91350100M000100Y43")
                    .purpose("户籍核验, \"quoted\"\r\nline two")
                    .result(sequence == 4 ? AuditResult.DENIED : AuditResult.ALLOWED)
                    .fields(List.of("idNumber", "name"))
                    .recordCount(sequence)
                    .build();
            String hash = AuditChain.hash(sequence, event, prev);
            rows.add(new ArrayList<>(AuditCsv.cells(sequence, event, prev, hash)));
            prev = hash;
        }
        return rows;
    }

    private Path write(List<List<String>> rows) throws Exception {
        StringBuilder csv = new StringBuilder().append(AuditCsv.BOM);
        AuditCsv.writeRecord(csv, AuditCsv.COLUMNS);
        rows.forEach(row -> AuditCsv.writeRecord(csv, row));
        Path file = Files.createTempFile(dir, "audit", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
