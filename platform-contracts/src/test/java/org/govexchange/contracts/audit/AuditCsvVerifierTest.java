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

    private static final int PURPOSE = AuditCsv.COLUMNS.indexOf("purpose");
    private static final int STATUS = AuditCsv.COLUMNS.indexOf("status");
    private static final int RESPONSE_BYTES = AuditCsv.COLUMNS.indexOf("response_bytes");
    private static final int PREV_HASH = AuditCsv.COLUMNS.indexOf("prev_hash");
    private static final int HASH = AuditCsv.COLUMNS.indexOf("hash");

    /**
     * An export written by AuditCsv and AuditChain as they were before status and response_bytes existed
     * (generated with that code, not with this one): such files must keep verifying.
     */
    static final String EXPORT_FROM_BEFORE_STATUS = "\uFEFF"
            + """
            sequence,event_id,occurred_at,kind,actor_dept,actor_client,target_resource,provider_dept,operation,\
            result,denial_code,record_count,fields,purpose,case_id,request_id,batch_id,payload_sha256,signature_ref,\
            latency_ms,prev_hash,hash
            1,0c20d3c6-348b-3c32-8bfb-dd865750a850,2026-11-20T08:00:01.250Z,API_CALL,91350100M000100Y43,\
            psb-case-system,101001/000001,11100000000013338W,GET /api/population/persons/{id},ALLOWED,,1,\
            idNumber;name,"户籍核验, ""复核""\",BJ-2026-000121,req-1,,,,11,\
            0000000000000000000000000000000000000000000000000000000000000000,\
            219e9846a44cd7a37df83ce8a762e5f425844801b931a06ec9df1c9e09d6be81
            2,e02ef991-c0d2-35b0-a47d-8dc2acdd7d91,2026-11-20T08:00:02.250Z,API_CALL,91350100M000100Y43,\
            psb-case-system,101001/000001,11100000000013338W,GET /api/population/persons/{id},DENIED,GRANT_MISSING,,,\
            "户籍核验, ""复核""\",BJ-2026-000122,req-2,,,,12,\
            219e9846a44cd7a37df83ce8a762e5f425844801b931a06ec9df1c9e09d6be81,\
            f4089c4366f5a37d76914cf77cfd911c8f7f1c8ef848d3253be9c6c0f6042233
            3,48e17b34-d27c-3bbb-bdd2-b176dbeb6192,2026-11-20T08:00:03.250Z,API_CALL,91350100M000100Y43,\
            psb-case-system,101001/000001,11100000000013338W,GET /api/population/persons/{id},ALLOWED,,1,\
            idNumber;name,"户籍核验, ""复核""\",BJ-2026-000123,req-3,,,,13,\
            f4089c4366f5a37d76914cf77cfd911c8f7f1c8ef848d3253be9c6c0f6042233,\
            189fb9e8b6c4ff8428422fe3fb1f374b164e1173f4753f79fb5172ba47b58c56
            """
                    .replace("\n", "\r\n");

    @TempDir
    Path dir;

    @Test
    void exportFromBeforeStatusAndResponseBytesStillVerifies() throws Exception {
        Path file = dir.resolve("old.csv");
        Files.writeString(file, EXPORT_FROM_BEFORE_STATUS, StandardCharsets.UTF_8);

        Outcome outcome = run("--contiguous", file.toString());

        assertThat(outcome.exit).as(outcome.output).isZero();
        assertThat(outcome.output).contains("verified 3 events (sequence 1..3)");

        Files.writeString(file, EXPORT_FROM_BEFORE_STATUS.replace(",12,", ",13,"), StandardCharsets.UTF_8);
        assertThat(run(file.toString()).output).contains("BROKEN at sequence 2: hash does not match");
    }

    @Test
    void statusAndResponseBytesAreCoveredByTheHash() throws Exception {
        List<List<String>> rows = rows(4);
        assertThat(rows.get(0).get(STATUS)).isEqualTo("200");
        assertThat(rows.get(3).get(STATUS)).isEqualTo("403");
        assertThat(run(write(rows).toString()).exit).isZero();

        List<List<String>> status = rows(4);
        status.get(3).set(STATUS, "200");
        assertThat(run(write(status).toString()).output).contains("BROKEN at sequence 4: hash does not match");

        List<List<String>> bytes = rows(4);
        bytes.get(1).set(RESPONSE_BYTES, null);
        assertThat(run(write(bytes).toString()).output).contains("BROKEN at sequence 2: hash does not match");

        // Dropping the new columns from the file does not hide them: the hashes cover them.
        StringBuilder csv = new StringBuilder().append(AuditCsv.BOM);
        List<String> oldColumns = new ArrayList<>(AuditCsv.COLUMNS);
        oldColumns.removeAll(AuditCsv.OPTIONAL_COLUMNS);
        AuditCsv.writeRecord(csv, oldColumns);
        for (List<String> row : rows(4)) {
            List<String> cut = new ArrayList<>(row);
            cut.remove(RESPONSE_BYTES);
            cut.remove(STATUS);
            AuditCsv.writeRecord(csv, cut);
        }
        Path file = dir.resolve("cut.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(run(file.toString()).output).contains("BROKEN at sequence 1: hash does not match");
    }

    @Test
    void formulaLeadingValuesAreGuardedInTheFileAndTheChainStillVerifies() throws Exception {
        List<String> purposes = List.of("=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "'=x");
        List<List<String>> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < purposes.size(); i++) {
            AuditEvent event = AuditEvent.builder(AuditKind.API_CALL)
                    .occurredAt(Instant.parse("2026-11-22T01:02:03.120Z").plusSeconds(i))
                    .purpose(purposes.get(i))
                    .caseId("-" + i)
                    .latencyMs(-5L)
                    .build();
            String hash = AuditChain.hash(i + 1, event, prev);
            rows.add(new ArrayList<>(AuditCsv.cells(i + 1, event, prev, hash)));
            prev = hash;
        }
        Path file = write(rows);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(",'=cmd|' /C calc'!A0,'-0,")
                .contains(",''=x,'-4,")
                .contains(",'-5,");
        assertThat(csv).doesNotContain(",=").doesNotContain(",+").doesNotContain(",@");

        Outcome outcome = run("--contiguous", file.toString());
        assertThat(outcome.exit).as(outcome.output).isZero();
        assertThat(outcome.output).contains("verified 5 events (sequence 1..5)").doesNotContain("literally");

        // A changed guarded cell, or a guard dropped (Excel saving the file back), is still a broken hash.
        Files.writeString(file, csv.replace(",'+1,", ",'+2,"), StandardCharsets.UTF_8);
        assertThat(run(file.toString()).output).contains("BROKEN at sequence 2: hash does not match");
        Files.writeString(file, csv.replace(",''=x,", ",'=x,"), StandardCharsets.UTF_8);
        assertThat(run(file.toString()).output).contains("BROKEN at sequence 5: hash does not match");
    }

    @Test
    void exportFromBeforeTheGuardWithApostropheValuesStillVerifies() throws Exception {
        // The pre-guard writer put every value verbatim: a purpose "'=x" is the cell 'x=x, which the
        // guarded reading takes for "=x". The verifier retries such a row as written.
        List<List<String>> rows = rows(3);
        AuditEvent quoted = AuditCsv.parse(rows.get(1)).event();
        AuditEvent withApostrophe = new AuditEvent(
                quoted.eventId(),
                quoted.occurredAt(),
                quoted.kind(),
                quoted.actorDept(),
                quoted.actorClient(),
                quoted.targetResource(),
                quoted.providerDept(),
                quoted.operation(),
                quoted.result(),
                quoted.status(),
                quoted.denialCode(),
                quoted.recordCount(),
                quoted.fields(),
                "'=x",
                "'BJ-1",
                quoted.requestId(),
                quoted.batchId(),
                quoted.payloadSha256(),
                quoted.signatureRef(),
                quoted.latencyMs(),
                quoted.responseBytes());
        String hash2 = AuditChain.hash(2, withApostrophe, rows.get(0).get(HASH));
        List<String> second =
                new ArrayList<>(AuditCsv.cells(2, withApostrophe, rows.get(0).get(HASH), hash2));
        rows.set(1, second);
        AuditEvent third = AuditCsv.parse(rows.get(2)).event();
        rows.set(2, new ArrayList<>(AuditCsv.cells(3, third, hash2, AuditChain.hash(3, third, hash2))));
        StringBuilder csv = new StringBuilder().append(AuditCsv.BOM);
        for (List<String> record : concat(List.of(AuditCsv.COLUMNS), rows)) {
            csv.append(preGuard(record));
        }
        Path file = dir.resolve("pre-guard.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(csv.toString()).contains(",'=x,'BJ-1,");

        Outcome outcome = run("--contiguous", file.toString());

        assertThat(outcome.exit).as(outcome.output).isZero();
        assertThat(outcome.output)
                .contains("verified 3 events (sequence 1..3)")
                .contains("note: 1 row(s) verified with cells starting with ' taken literally");
        Files.writeString(file, csv.toString().replace(",'=x,", ",'=y,"), StandardCharsets.UTF_8);
        assertThat(run(file.toString()).output).contains("BROKEN at sequence 2: hash does not match");
    }

    @Test
    void columnsAreFoundByNameInAnyOrder() throws Exception {
        List<String> names = new ArrayList<>(AuditCsv.COLUMNS);
        java.util.Collections.rotate(names, 5);
        StringBuilder csv = new StringBuilder().append(AuditCsv.BOM);
        AuditCsv.writeRecord(csv, names);
        for (List<String> row : rows(5)) {
            List<String> moved = new ArrayList<>(row);
            java.util.Collections.rotate(moved, 5);
            AuditCsv.writeRecord(csv, moved);
        }
        Path file = dir.resolve("rotated.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        assertThat(run("--contiguous", file.toString()).output).contains("verified 5 events (sequence 1..5)");
    }

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
        rows.get(2).set(PURPOSE, "另一个用途");

        Outcome outcome = run(write(rows).toString());

        assertThat(outcome.exit).isEqualTo(1);
        assertThat(outcome.output)
                .contains("BROKEN at sequence 3: hash does not match")
                .contains("found:    " + rows.get(2).get(HASH))
                .contains("verified 2 events before it");
    }

    @Test
    void rehashedRowIsCaughtByTheNextLink() throws Exception {
        List<List<String>> rows = rows(5);
        rows.get(1).set(PURPOSE, "forged");
        AuditCsv.Row forged = AuditCsv.parse(rows.get(1));
        rows.get(1).set(HASH, AuditChain.hash(2, forged.event(), forged.prevHash()));

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

        rows.get(0).set(PREV_HASH, "1".repeat(64));
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
                    .status(sequence == 5 ? null : Integer.valueOf(sequence == 4 ? 403 : 200))
                    .responseBytes(sequence == 5 ? null : Long.valueOf(100 * sequence))
                    .build();
            String hash = AuditChain.hash(sequence, event, prev);
            rows.add(new ArrayList<>(AuditCsv.cells(sequence, event, prev, hash)));
            prev = hash;
        }
        return rows;
    }

    /** One record as AuditCsv wrote it before the formula guard: RFC 4180 quoting only. */
    private static String preGuard(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                out.append(',');
            }
            if (cell != null) {
                boolean quote = cell.isEmpty() || cell.matches("(?s).*[,\"\r\n].*");
                out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
        }
        return out.append("\r\n").toString();
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
