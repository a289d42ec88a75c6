package io.ticketflow.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One application node as operators run it — {@code java -jar target/ticketflow.jar} on MariaDB with the demo users
 * — in a process of its own, so it can be killed with SIGKILL. Its output goes to target/reliability/{name}.log.
 */
final class AppNode implements AutoCloseable {

    static final String PASSWORD = "demo";
    private static final Path LOGS = Path.of("target/reliability");

    private final String name;
    private final int port;
    private final List<String> extraArguments;
    private final BenchClient client;
    private Process process;

    private AppNode(String name, int port, List<String> extraArguments) {
        this.name = name;
        this.port = port;
        this.extraArguments = extraArguments;
        this.client = new BenchClient(url(), PASSWORD);
    }

    /** Starts the node and waits until it reports UP. */
    static AppNode start(String name, int port, String database, String... extraArguments) throws Exception {
        AppNode node = new AppNode(name, port, List.of(extraArguments));
        node.launch(database);
        return node;
    }

    private void launch(String database) throws Exception {
        Files.createDirectories(LOGS);
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-jar", "target/ticketflow.jar",
                "--spring.profiles.active=mysql,demo", "--server.port=" + port, "--TICKETFLOW_DB_NAME=" + database,
                "--spring.mail.host=localhost", "--spring.mail.port=3025"));
        command.addAll(extraArguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(LOGS.toFile(), name + ".log"))).start();
        if (!Waits.until(Duration.ofMinutes(3), Duration.ofMillis(500), () -> !process.isAlive() || up())
                || !process.isAlive()) {
            throw new IllegalStateException("node " + name + " did not start; see " + LOGS + "/" + name + ".log");
        }
        System.out.printf("node %s up on port %d (pid %d)%n", name, port, process.pid());
    }

    /** Starts the node again after it was killed or stopped, on the same database. */
    void restart(String database) throws Exception {
        launch(database);
    }

    boolean up() {
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no transaction finished, no lock released. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        System.out.printf("node %s killed (kill -9)%n", name);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    BenchClient client() {
        return client;
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
