package org.govexchange.contracts.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    void cellsNotInTheExportedFormAreRefused() {
        AuditEvent event = AuditChainTest.documentedExample();
        List<String> good = AuditCsv.cells(1, event, AuditChain.GENESIS, "h");
        for (int[] column : new int[][] {{0}, {1}, {2}, {3}, {9}, {11}, {19}}) {
            List<String> bad = new ArrayList<>(good);
            bad.set(
                    column[0],
                    bad.get(column[0]) == null ? "x" : bad.get(column[0]).toUpperCase() + " ");
            assertThatThrownBy(() -> AuditCsv.parse(bad))
                    .as(AuditCsv.COLUMNS.get(column[0]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> AuditCsv.parse(good.subList(0, 5))).hasMessageContaining("columns");
    }

    @Test
    void unclosedQuoteIsAnError() {
        var reader = new AuditCsv.RecordReader(new StringReader("a,\"open\r\n"));
        assertThatThrownBy(reader::next).isInstanceOf(IOException.class).hasMessageContaining("not closed");
    }
}
