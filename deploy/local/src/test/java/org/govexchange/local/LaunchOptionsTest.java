package org.govexchange.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govexchange.local.LaunchOptions.Command;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsMeansUpWithDefaults() {
        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of());

        assertThat(options.command()).isEqualTo(Command.UP);
        assertThat(options.fresh()).isFalse();
        assertThat(options.heap()).isEqualTo("256m");
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void readsCommandAndFlagsInAnyOrder() {
        LaunchOptions options =
                LaunchOptions.parse(List.of("--heap=192m", "up", "--fresh", "--timeout=240", "--build"), Map.of());

        assertThat(options)
                .isEqualTo(new LaunchOptions(Command.UP, true, "192m", Duration.ofSeconds(240), false, false));
        assertThat(LaunchOptions.parse(List.of("--bench", "--fresh"), Map.of()).bench())
                .isTrue();
    }

    @Test
    void trainingIsAskedForNeverImplied() {
        assertThat(LaunchOptions.parse(List.of(), Map.of()).train()).isFalse();
        assertThat(LaunchOptions.parse(List.of("--fresh"), Map.of()).train()).isFalse();
        assertThat(LaunchOptions.parse(List.of("--train"), Map.of()).train()).isTrue();
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--train", "stop"), Map.of()))
                .hasMessage("--train only applies to up");
    }

    @Test
    void stopAndStatusAreCommands() {
        assertThat(LaunchOptions.parse(List.of("stop"), Map.of()).command()).isEqualTo(Command.STOP);
        assertThat(LaunchOptions.parse(List.of("STATUS"), Map.of()).command()).isEqualTo(Command.STATUS);
        assertThat(LaunchOptions.parse(List.of("--help"), Map.of()).command()).isEqualTo(Command.HELP);
    }

    @Test
    void environmentSetsHeapAndTimeoutAndFlagsWin() {
        Map<String, String> env = Map.of("GX_LOCAL_HEAP", "1g", "GX_LOCAL_TIMEOUT", "300");

        assertThat(LaunchOptions.parse(List.of(), env).heap()).isEqualTo("1g");
        assertThat(LaunchOptions.parse(List.of(), env).readyTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(LaunchOptions.parse(List.of("--heap=128m"), env).heap()).isEqualTo("128m");
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("restart"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown command: restart");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--verbose"), Map.of()))
                .hasMessage("unknown argument: --verbose");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("up", "stop"), Map.of()))
                .hasMessage("unknown argument: stop");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--heap=lots"), Map.of()))
                .hasMessage("heap must look like 256m or 1g, not: lots");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--timeout=0"), Map.of()))
                .hasMessage("timeout must be a positive number of seconds, not: 0");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--fresh", "stop"), Map.of()))
                .hasMessage("--fresh only applies to up");
    }
}
