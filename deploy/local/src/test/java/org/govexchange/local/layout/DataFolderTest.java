package org.govexchange.local.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path repo;

    @Test
    void laysOutEverythingUnderGxLocalAtTheRepoRoot() {
        DataFolder folder = DataFolder.under(repo);

        assertThat(folder.root()).isEqualTo(repo.resolve(".gx-local"));
        assertThat(folder.mariadbData()).isEqualTo(repo.resolve(".gx-local/mariadb/data"));
        assertThat(folder.kafkaData()).isEqualTo(repo.resolve(".gx-local/kafka/data"));
        assertThat(folder.log("gateway")).isEqualTo(repo.resolve(".gx-local/logs/gateway.log"));
        assertThat(folder.pids()).isEqualTo(repo.resolve(".gx-local/pids"));
        assertThat(folder.credentials()).isEqualTo(repo.resolve(".gx-local/credentials.json"));
    }

    @Test
    void freshStartWipesTheStateButKeepsTheExtractedServiceJars() throws IOException {
        DataFolder folder = DataFolder.under(repo);
        folder.create();
        Files.writeString(folder.pids(), "pids");
        Files.writeString(folder.mariadbData().resolve("ibdata1"), "data");
        Path appJar = Files.createDirectories(folder.apps().resolve("gateway")).resolve("gateway.jar");
        Files.writeString(appJar, "jar");

        folder.wipeState();

        assertThat(folder.pids()).doesNotExist();
        assertThat(folder.mariadb()).doesNotExist();
        assertThat(folder.logs()).doesNotExist();
        assertThat(appJar).hasContent("jar");
    }

    @Test
    void wipeRemovesTheFolderButNotWhatALinkInsidePointsTo() throws IOException {
        DataFolder folder = DataFolder.under(repo);
        folder.create();
        Files.writeString(folder.log("kafka"), "log");
        Path outside = Files.writeString(repo.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(folder.root().resolve("link"), outside);

        folder.wipe();

        assertThat(folder.root()).doesNotExist();
        assertThat(outside).hasContent("keep");
    }
}
