package org.govexchange.local;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.govexchange.local.layout.DataFolder;
import org.govexchange.local.layout.Repo;

/**
 * The one-command local platform: {@code deploy/local/run [--fresh] [up|stop|status]}. Embedded MariaDB in this JVM,
 * a real Kafka broker in its own JVM, every service and three demo front nodes from their boot jars; Ctrl-C stops all.
 */
public final class LocalPlatform {

    private LocalPlatform() {}

    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        preloadOwnClasses();
        Repo repo = Repo.locate();
        LocalStack stack = new LocalStack(repo, DataFolder.under(repo.root()), options, System.out, System.getenv());
        int exitCode =
                switch (options.command()) {
                    case HELP -> {
                        System.out.print(LaunchOptions.USAGE);
                        yield 0;
                    }
                    case UP -> stack.up();
                    case STOP -> stack.stop();
                    case STATUS -> stack.status();
                };
        System.exit(exitCode);
    }

    /**
     * Loads every class of the launcher now. A build rewrites gx-local.jar in place while the stack may be running,
     * and a class first needed at Ctrl-C (e.g. to stop the processes) could then no longer be read from it.
     */
    static void preloadOwnClasses() {
        String prefix = LocalPlatform.class.getPackageName().replace('.', '/') + "/";
        try {
            Path jar = Path.of(LocalPlatform.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!Files.isRegularFile(jar)) {
                return; // classes directory (tests, IDE): nothing rewrites it under us
            }
            List<String> names = new ArrayList<>();
            try (JarFile file = new JarFile(jar.toFile())) {
                file.stream()
                        .map(JarEntry::getName)
                        .filter(name -> name.startsWith(prefix) && name.endsWith(".class"))
                        .forEach(names::add);
            }
            ClassLoader loader = LocalPlatform.class.getClassLoader();
            for (String name : names) {
                Class.forName(
                        name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the launcher's classes", e);
        }
    }
}
