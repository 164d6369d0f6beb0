package org.govexchange.local.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsColumnsToTheirWidestCell() {
        String table = TextTable.render(
                List.of("component", "URL", "pid"),
                List.of(
                        List.of("gateway", "http://127.0.0.1:8080", "4242"),
                        List.of("population-db-service", "http://127.0.0.1:8083", "17")));

        assertThat(table)
                .isEqualTo(
                        """
                        component              URL                    pid
                        ---------------------  ---------------------  ----
                        gateway                http://127.0.0.1:8080  4242
                        population-db-service  http://127.0.0.1:8083  17
                        """);
    }

    @Test
    void aRowMustHaveACellPerColumn() {
        assertThatThrownBy(() -> TextTable.render(List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row has 1 cells, expected 2");
    }
}
