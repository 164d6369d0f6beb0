package org.govexchange.basicdb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IngestStoreTest {

    @Test
    void keysAreReadInChunksPaddedToAPowerOfTwoSoFewStatementShapesExist() {
        assertThat(IngestStore.chunks(List.of("a"))).containsExactly(List.of("a"));
        assertThat(IngestStore.chunks(List.of("a", "b", "c"))).containsExactly(List.of("a", "b", "c", "c"));

        List<String> keys = IntStream.range(0, 700).mapToObj(i -> "k" + i).toList();
        List<List<String>> chunks = IngestStore.chunks(keys);

        assertThat(chunks).extracting(List::size).containsExactly(IngestStore.CHUNK, 256);
        assertThat(chunks.get(0)).containsExactlyElementsOf(keys.subList(0, IngestStore.CHUNK));
        assertThat(chunks.get(1))
                .containsAll(keys.subList(IngestStore.CHUNK, 700))
                .hasSize(256);
        assertThat(IngestStore.chunks(List.of())).isEmpty();
    }
}
