package org.govexchange.local.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.govexchange.local.layout.DataFolder;
import org.govexchange.local.layout.Repo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class-data archives with a real JVM: only complete archives that map are ever handed to a service. */
class ServiceImagesTest {

    private static final String MODULE = "tiny";
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path repoRoot;

    private ServiceImages images;
    private final List<String> jvmOptions = JvmCommand.jvmOptions("64m", false);

    @BeforeEach
    void tinyAppAsIfExtracted() throws IOException {
        images = new ServiceImages(DataFolder.under(repoRoot), JAVA, new Repo(repoRoot));
        Files.createDirectories(images.appJar(MODULE).getParent());
        String entry = TinyApp.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(images.appJar(MODULE));
                JarOutputStream jar = new JarOutputStream(file);
                InputStream clazz = TinyApp.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            clazz.transferTo(jar);
            jar.closeEntry();
        }
    }

    @Test
    void aCompleteTrainingArchiveIsPromotedAndUsed() throws Exception {
        assertThat(images.needsTraining(MODULE)).isTrue();
        assertThat(images.cdsOptions(MODULE)).isEmpty();

        train();

        assertThat(images.promoteTraining(MODULE, jvmOptions)).isTrue();
        assertThat(images.archive(MODULE)).exists();
        assertThat(images.trainingArchive(MODULE)).doesNotExist();
        assertThat(images.needsTraining(MODULE)).isFalse();
        assertThat(images.cdsOptions(MODULE)).containsExactly("-XX:SharedArchiveFile=" + images.archive(MODULE));
    }

    @Test
    void aTruncatedArchiveFromAKilledTrainingRunIsDroppedWithoutLeavingACrashReport() throws Exception {
        train();
        Path training = images.trainingArchive(MODULE);
        byte[] complete = Files.readAllBytes(training);
        byte[] half = new byte[complete.length / 2];
        System.arraycopy(complete, 0, half, 0, half.length);
        Files.write(training, half);

        assertThat(images.promoteTraining(MODULE, jvmOptions)).isFalse();

        assertThat(training).doesNotExist();
        assertThat(images.archive(MODULE)).doesNotExist();
        assertThat(images.cdsOptions(MODULE)).isEmpty();
        try (Stream<Path> files = Files.walk(repoRoot)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
        }
    }

    @Test
    void aRebuildChangesTheStamp() throws IOException {
        Path bootJar = Files.writeString(repoRoot.resolve("app.jar"), "build 1");
        String first = ServiceImages.stamp(bootJar);

        Files.writeString(bootJar, "build two");
        Files.setLastModifiedTime(
                bootJar, FileTime.fromMillis(Files.getLastModifiedTime(bootJar).toMillis() + 1000));

        assertThat(ServiceImages.stamp(bootJar)).isNotEqualTo(first).startsWith(bootJar.toAbsolutePath() + " 9 ");
    }

    private void train() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        command.addAll(jvmOptions);
        command.addAll(images.trainingOptions(MODULE));
        command.addAll(List.of("-cp", images.appJar(MODULE).toString(), TinyApp.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(images.trainingArchive(MODULE)).exists();
    }
}
