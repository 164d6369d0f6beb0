package org.govexchange.contracts.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void cellsRoundTripThroughRfc4180IncludingQuotesLineBreaksAndEmptyVersusNull() throws IOException {
        List<String> nasty = Arrays.asList(
                "plain", "with,comma", "with \"quotes\"", "two\r\nlines", "lf\nonly", "", null, "户籍核验", " padded ");
        StringBuilder out = new StringBuilder().append(AuditCsv.BOM);
        AuditCsv.writeRecord(out, nasty);
        AuditCsv.writeRecord(out, List.of("second"));

        assertThat(out.toString())
                .startsWith("\uFEFFplain,\"with,comma\",\"with \"\"quotes\"\"\",\"two\r\nlines\",\"lf\nonly\",\"\",,");
        var reader = new AuditCsv.RecordReader(new StringReader(out.toString()));
        assertThat(reader.next()).containsExactlyElementsOf(nasty);
        assertThat(reader.line()).isEqualTo(4);
        assertThat(reader.next()).containsExactly("second");
        assertThat(reader.next()).isNull();
    }

    @Test
    void formulaLeadingCellsAreWrittenAsTextAndReadBackExactly() throws IOException {
        List<String> values = Arrays.asList(
                "=cmd|' /C calc'!A0",
                "+1",
                "-1",
                "@SUM(1)",
                "'=x",
                "'plain",
                "'",
                "\tTAB",
                "\rCR",
                "=a,b",
                "safe = 1",
                "",
                null);
        StringBuilder out = new StringBuilder();
        AuditCsv.writeRecord(out, values);

        assertThat(out.toString())
                .isEqualTo("'=cmd|' /C calc'!A0,'+1,'-1,'@SUM(1),''=x,''plain,'','\tTAB,\"'\rCR\","
                        + "\"'=a,b\",safe = 1,\"\",\r\n");
        var reader = new AuditCsv.RecordReader(new StringReader(out.toString()));
        assertThat(reader.next()).containsExactlyElementsOf(values);
        assertThat(reader.verbatim().get(0)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(reader.verbatim().get(4)).isEqualTo("''=x");
        for (String value : values) {
            assertThat(AuditCsv.unguard(AuditCsv.guard(value))).isEqualTo(value);
        }
    }

    @Test
    void storedEventRoundTripsThroughItsCells() {
        AuditEvent event = AuditChainTest.documentedExample();
        String hash = AuditChain.hash(1, event, AuditChain.GENESIS);

        List<String> cells = AuditCsv.cells(1, event, AuditChain.GENESIS, hash);

        assertThat(cells).hasSameSizeAs(AuditCsv.COLUMNS);
        assertThat(cells.get(2)).isEqualTo("2026-11-22T01:02:03.120Z");
        assertThat(cells.get(12)).isEqualTo("idNumber;name");
        AuditCsv.Row row = AuditCsv.parse(cells);
        assertThat(row.event()).isEqualTo(event);
        assertThat(row.sequence()).isEqualTo(1);
        assertThat(row.hash()).isEqualTo(hash);
    }

    @Test
    void statusAndResponseBytesRoundTripInTheirColumnsBeforeTheHashes() {
        AuditEvent event = AuditChainTest.copyWithStatus(AuditChainTest.documentedExample(), 403, 187L);
        String hash = AuditChain.hash(1, event, AuditChain.GENESIS);

        List<String> cells = AuditCsv.cells(1, event, AuditChain.GENESIS, hash);

        assertThat(AuditCsv.COLUMNS.subList(AuditCsv.COLUMNS.size() - 5, AuditCsv.COLUMNS.size()))
                .containsExactly("latency_ms", "status", "response_bytes", "prev_hash", "hash");
        assertThat(cells.get(AuditCsv.COLUMNS.indexOf("status"))).isEqualTo("403");
        assertThat(cells.get(AuditCsv.COLUMNS.indexOf("response_bytes"))).isEqualTo("187");
        assertThat(AuditCsv.parse(cells).event()).isEqualTo(event);

        List<String> absent = AuditCsv.cells(1, AuditChainTest.documentedExample(), AuditChain.GENESIS, hash);
        assertThat(absent.get(AuditCsv.COLUMNS.indexOf("status"))).isNull();
        assertThat(absent.get(AuditCsv.COLUMNS.indexOf("response_bytes"))).isNull();
        assertThat(AuditCsv.parse(absent).event().status()).isNull();
    }

    @Test
    void rowsAreReadByHeaderNameSoOldAndReorderedFilesRead() {
        AuditEvent old = AuditChainTest.documentedExample();
        List<String> current = AuditCsv.cells(5, old, AuditChain.GENESIS, "h");

        // An export written before status and response_bytes existed.
        List<String> oldNames = new ArrayList<>(AuditCsv.COLUMNS);
        oldNames.removeAll(AuditCsv.OPTIONAL_COLUMNS);
        List<String> oldCells = new ArrayList<>();
        for (String name : oldNames) {
            oldCells.add(current.get(AuditCsv.COLUMNS.indexOf(name)));
        }
        AuditCsv.Header oldHeader = AuditCsv.Header.of(oldNames);
        assertThat(oldHeader.has("status")).isFalse();
        AuditCsv.Row row = oldHeader.parse(oldCells);
        assertThat(row.event()).isEqualTo(old);
        assertThat(row.sequence()).isEqualTo(5);
        assertThat(row.hash()).isEqualTo("h");
        assertThat(row.prevHash()).isEqualTo(AuditChain.GENESIS);

        // Columns in another order.
        AuditEvent event = AuditChainTest.copyWithStatus(old, 200, 42L);
        List<String> cells = AuditCsv.cells(6, event, "p", "h");
        List<String> names = new ArrayList<>(AuditCsv.COLUMNS);
        java.util.Collections.reverse(names);
        List<String> reversed = new ArrayList<>(cells);
        java.util.Collections.reverse(reversed);
        AuditCsv.Row back = AuditCsv.Header.of(names).parse(reversed);
        assertThat(back.event()).isEqualTo(event);
        assertThat(back.sequence()).isEqualTo(6);
        assertThat(back.prevHash()).isEqualTo("p");
        assertThat(back.hash()).isEqualTo("h");
    }

    @Test
    void headersThatAreNotAnAuditExportAreRefused() {
        assertHeaderRefused(columns -> columns.remove("hash"), "hash is missing");
        assertHeaderRefused(columns -> columns.remove("purpose"), "purpose is missing");
        assertHeaderRefused(columns -> columns.add("status"), "twice");
        assertHeaderRefused(columns -> columns.add("comment"), "unknown column comment");
        assertThatThrownBy(() -> AuditCsv.Header.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditCsv.Header.CURRENT.names()).isEqualTo(AuditCsv.COLUMNS);
    }

    /** The current columns, changed by {@code change}, are refused as a header with {@code message}. */
    private static void assertHeaderRefused(Consumer<List<String>> change, String message) {
        List<String> columns = new ArrayList<>(AuditCsv.COLUMNS);
        change.accept(columns);
        assertThatThrownBy(() -> AuditCsv.Header.of(columns)).hasMessageContaining(message);
    }

    @Test
    void cellsNotInTheExportedFormAreRefused() {
        AuditEvent event = AuditChainTest.documentedExample();
        List<String> good = AuditCsv.cells(1, event, AuditChain.GENESIS, "h");
        for (int[] column : new int[][] {{0}, {1}, {2}, {3}, {9}, {11}, {19}, {20}, {21}}) {
            List<String> bad = new ArrayList<>(good);
            bad.set(
                    column[0],
                    bad.get(column[0]) == null ? "x" : bad.get(column[0]).toUpperCase() + " ");
            assertThatThrownBy(() -> AuditCsv.parse(bad))
                    .as(AuditCsv.COLUMNS.get(column[0]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> AuditCsv.parse(good.subList(0, 5))).hasMessageContaining("columns");
        int status = AuditCsv.COLUMNS.indexOf("status");
        for (String bad : List.of("+200", "0200", "2e2", "200.0", "99999999999")) {
            List<String> cells = new ArrayList<>(good);
            cells.set(status, bad);
            assertThatThrownBy(() -> AuditCsv.parse(cells)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void unclosedQuoteIsAnError() {
        var reader = new AuditCsv.RecordReader(new StringReader("a,\"open\r\n"));
        assertThatThrownBy(reader::next).isInstanceOf(IOException.class).hasMessageContaining("not closed");
    }
}
