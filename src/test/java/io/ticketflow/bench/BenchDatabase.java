package io.ticketflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a benchmark keeps its data: a fresh, empty database, so runs do not see each other's rows — or, asked for,
 * the one the previous run left, to measure again without writing a million rows first.
 */
enum BenchDatabase {

    /** The embedded default (a file database, as {@code mvn spring-boot:run} uses), under target/bench. */
    H2 {
        @Override
        void empty() {
            deleteFolder(Path.of("target/bench/h2"));
        }

        @Override
        Map<String, Object> properties() {
            // The application's own placeholder: default properties rank below application.yml.
            return Map.of("TICKETFLOW_H2_FILE", "./target/bench/h2/ticketflow");
        }

        @Override
        List<String> profiles() {
            return List.of("bench");
        }
    },

    /** MariaDB or MySQL on 127.0.0.1:3306 (root, empty password) through MySQL Connector/J, database ticketflow_bench. */
    MARIADB {
        @Override
        void empty() {
            recreateOnMariaDb(NAME);
        }

        @Override
        Map<String, Object> properties() {
            return Map.of("TICKETFLOW_DB_NAME", NAME);
        }

        @Override
        List<String> profiles() {
            return List.of("bench", "mysql");
        }
    };

    static final String NAME = "ticketflow_bench";

    /** Throws away what an earlier run stored. */
    abstract void empty();

    /** The properties that point the application at this database. */
    abstract Map<String, Object> properties();

    abstract List<String> profiles();

    /** Drops and creates a database on the MariaDB at 127.0.0.1:3306 (root, no password). */
    static void recreateOnMariaDb(String name) {
        try (var connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?useSSL=false"
                + "&allowPublicKeyRetrieval=true", "root", ""); var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + " character set utf8mb4 collate utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB on 127.0.0.1:3306 (root, no password) is needed", e);
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
