package org.govexchange.local.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govexchange.local.layout.DataFolder;
import org.govexchange.local.layout.Repo;

/**
 * What the stack runs instead of the boot jars in target/: each jar extracted once per build into
 * {@code .gx-local/apps/<module>} (Spring Boot's {@code jarmode=tools extract}), plus a class-data-sharing archive
 * trained on it.
 *
 * <p>Why: a boot jar reads its nested jars by path while it runs, so a rebuild of that module under a running stack
 * breaks the running service; the extracted copy is not touched by builds. And on 2 cores, start-up is CPU-bound:
 * measured per service, a boot jar takes ~18 CPU-s to start, the extracted jar ~12, the extracted jar with its CDS
 * archive ~6.5.
 *
 * <p>A CDS archive is trained by a separate run that exits right after the context refresh and is only used after it
 * passed a check, because a truncated archive (e.g. from a killed training run) crashes the JVM that maps it.
 */
public final class ServiceImages {

    static final String STAMP = ".extracted-from";
    static final long EXTRACT_TIMEOUT_SECONDS = 120;
    static final long CHECK_TIMEOUT_SECONDS = 30;

    private final Path appsDir;
    private final Path java;
    private final Repo repo;

    public ServiceImages(DataFolder folder, Path java, Repo repo) {
        this.appsDir = folder.apps();
        this.java = java;
        this.repo = repo;
    }

    /** The extracted application jar; its manifest puts the extracted lib/ on the classpath. */
    public Path appJar(String module) {
        return dir(module).resolve(module + ".jar");
    }

    /** The checked archive, when there is one. */
    public Path archive(String module) {
        return dir(module).resolve(module + ".jsa");
    }

    /** Where a training run writes; promoted to {@link #archive} once it passes the check. */
    public Path trainingArchive(String module) {
        return dir(module).resolve(module + ".jsa.training");
    }

    /**
     * Extracts the modules whose boot jar changed since the last extraction (dropping their archives, which no
     * longer match), and promotes the archive of a finished training run if it passes the check.
     */
    public void prepare(Collection<String> modules, List<String> jvmOptions) {
        // Two at a time is what 2 cores give; each extraction is a short JVM run.
        modules.parallelStream().forEach(module -> prepare(module, jvmOptions));
    }

    private void prepare(String module, List<String> jvmOptions) {
        Path bootJar = repo.bootJar(module);
        String stamp = stamp(bootJar);
        if (!stamp.equals(readStamp(module)) || !Files.isRegularFile(appJar(module))) {
            // A new build: the extraction starts without archives, they were trained on the old classes.
            extract(module, bootJar, stamp);
            return;
        }
        // A promoted archive was checked once; if the JDK changed since, the JVM just ignores it (no crash).
        if (Files.exists(archive(module))) {
            delete(trainingArchive(module));
        } else {
            promoteTraining(module, jvmOptions);
        }
    }

    /** JVM options that use the module's archive, or none while it has no usable one. */
    public List<String> cdsOptions(String module) {
        return Files.exists(archive(module)) ? List.of("-XX:SharedArchiveFile=" + archive(module)) : List.of();
    }

    public boolean needsTraining(String module) {
        return !Files.exists(archive(module));
    }

    /** After a training run: keep its archive if it is complete and maps, drop it otherwise. */
    public boolean promoteTraining(String module, List<String> jvmOptions) {
        Path training = trainingArchive(module);
        if (Files.exists(training) && archiveUsable(module, training, jvmOptions)) {
            move(training, archive(module));
            return true;
        }
        delete(training);
        return false;
    }

    public void discardTraining(String module) {
        delete(trainingArchive(module));
    }

    /**
     * JVM options of a training run: dump the classes it loaded when it exits, and exit as soon as the application
     * context is refreshed (no web server, no Kafka listeners: it runs beside the live service without conflict).
     */
    public List<String> trainingOptions(String module) {
        return List.of("-XX:ArchiveClassesAtExit=" + trainingArchive(module), "-Dspring.context.exit=onRefresh");
    }

    /** Maps the archive with sharing required; a JVM that cannot map it fails (or crashes) here, not in the stack. */
    boolean archiveUsable(String module, Path archive, List<String> jvmOptions) {
        Path errorFile = dir(module).resolve("hs_err_cds_check.log");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-XX:SharedArchiveFile=" + archive);
        command.add("-Xshare:on");
        command.add("-XX:ErrorFile=" + errorFile);
        command.add("-cp");
        command.add(appJar(module).toString());
        command.add("-version");
        try {
            return run(command, Redirect.DISCARD, CHECK_TIMEOUT_SECONDS) == 0;
        } finally {
            delete(errorFile);
        }
    }

    private void extract(String module, Path bootJar, String stamp) {
        Path dir = dir(module);
        DataFolder.deleteTree(dir);
        try {
            Files.createDirectories(dir.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = appsDir.resolve(module + "-extract.log");
        List<String> command = List.of(
                java.toString(),
                "-Djarmode=tools",
                "-jar",
                bootJar.toString(),
                "extract",
                "--destination",
                dir.toString());
        int exit = run(command, Redirect.to(log.toFile()), EXTRACT_TIMEOUT_SECONDS);
        if (exit != 0 || !Files.isRegularFile(appJar(module))) {
            throw new IllegalStateException(
                    "cannot extract " + bootJar + " (exit " + exit + "); see " + log + ". Was it being rebuilt?");
        }
        delete(log);
        try {
            Files.writeString(dir.resolve(STAMP), stamp, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Identifies one build of a boot jar well enough: a rebuild changes its time and almost always its size. */
    static String stamp(Path bootJar) {
        try {
            return bootJar.toAbsolutePath() + " " + Files.size(bootJar) + " "
                    + Files.getLastModifiedTime(bootJar).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + bootJar, e);
        }
    }

    private String readStamp(String module) {
        Path file = dir(module).resolve(STAMP);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private Path dir(String module) {
        return appsDir.resolve(module);
    }

    private static int run(List<String> command, Redirect output, long timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output)
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
