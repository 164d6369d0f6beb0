package org.govexchange.local.layout;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the launcher finds what the build produced: the repo root, the boot jars and its own lib folder. */
public record Repo(Path root) {

    /** Set by deploy/local/run; without it the root is found from the launcher jar's place in the tree. */
    public static final String ROOT_PROPERTY = "gx.local.root";

    public static Repo locate() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new Repo(Path.of(configured).toAbsolutePath().normalize());
        }
        try {
            // <root>/deploy/local/target/gx-local.jar
            Path jar = Path.of(Repo.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path candidate = jar.getParent().getParent().getParent().getParent();
            if (Files.exists(candidate.resolve("mvnw"))) {
                return new Repo(candidate.toAbsolutePath().normalize());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall back to the working directory below
        }
        return new Repo(Path.of("").toAbsolutePath());
    }

    public Path bootJar(String module) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** kafka_2.13 and its dependencies, copied here by the build; the broker JVM's classpath. */
    public Path launcherLib() {
        return root.resolve("deploy").resolve("local").resolve("target").resolve("lib");
    }
}
