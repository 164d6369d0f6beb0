package org.govexchange.local.service;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.govexchange.local.supervision.Supervisor;
import org.govexchange.local.supervision.Supervisor.Launch;
import org.govexchange.local.supervision.Supervisor.StoppingException;

/**
 * Trains the class-data archives the stack lacks, one module at a time and at low priority, after the stack is up:
 * once per build of a module, and every later start of it takes about half the CPU.
 */
public final class CdsTrainer implements Runnable {

    static final long TRAINING_TIMEOUT_MINUTES = 5;
    private static final List<Path> NICE = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));

    private final ServiceImages images;
    private final Supervisor supervisor;
    private final List<ServiceSpec> specs;
    private final Function<ServiceSpec, List<String>> command;
    private final List<String> jvmOptions;
    private final Function<String, Path> logs;
    private final PrintStream out;

    /**
     * @param command builds a spec's java command line given its extra JVM options (see {@link JvmCommand})
     * @param jvmOptions the service JVM options, with which archives are checked
     */
    public CdsTrainer(
            ServiceImages images,
            Supervisor supervisor,
            List<ServiceSpec> specs,
            Function<ServiceSpec, List<String>> command,
            List<String> jvmOptions,
            Function<String, Path> logs,
            PrintStream out) {
        this.images = images;
        this.supervisor = supervisor;
        this.specs = specs;
        this.command = command;
        this.jvmOptions = jvmOptions;
        this.logs = logs;
        this.out = out;
    }

    public List<ServiceSpec> pending() {
        return specs.stream().filter(s -> images.needsTraining(s.module())).toList();
    }

    @Override
    public void run() {
        List<ServiceSpec> pending = pending();
        if (pending.isEmpty()) {
            return;
        }
        List<String> trained = new ArrayList<>();
        for (ServiceSpec spec : pending) {
            if (supervisor.stopping()) {
                return;
            }
            List<String> line = new ArrayList<>();
            niceCommand().ifPresent(line::add);
            line.addAll(command.apply(spec));
            try {
                Process process = supervisor.launch(new Launch(
                        "cds-training-" + spec.module(),
                        Kind.TRAINING,
                        line,
                        spec.env(),
                        logs.apply("cds-training-" + spec.module()),
                        "-"));
                if (!process.waitFor(TRAINING_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly().waitFor();
                }
                supervisor.forget(process.pid());
                boolean completed = !process.isAlive() && process.exitValue() == 0;
                if (!completed || supervisor.stopping()) {
                    // A run that failed dumped the classes of a half-started service: not worth keeping.
                    images.discardTraining(spec.module());
                } else if (images.promoteTraining(spec.module(), jvmOptions)) {
                    trained.add(spec.module());
                }
            } catch (StoppingException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!trained.isEmpty() && !supervisor.stopping()) {
            out.println("class-data archives trained for " + String.join(", ", trained)
                    + ": their next start takes about half the CPU");
        }
    }

    private static Optional<String> niceCommand() {
        return NICE.stream().filter(Files::isExecutable).map(Path::toString).findFirst();
    }
}
