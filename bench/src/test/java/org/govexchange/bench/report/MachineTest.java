package org.govexchange.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineTest {

    @Test
    void readsMemoryAndCpuModelFromProcFiles() {
        assertThat(Machine.memTotalKib(List.of("MemFree:  1 kB", "MemTotal:       24683520 kB")))
                .isEqualTo(24683520);
        assertThat(Machine.memTotalKib(List.of())).isEqualTo(-1);
        assertThat(Machine.cpuModel(List.of("processor\t: 0", "model name\t: AMD EPYC 7B13")))
                .isEqualTo("AMD EPYC 7B13");
        assertThat(Machine.describe()).containsKeys("cores", "memoryMiB", "jdk");
    }
}
