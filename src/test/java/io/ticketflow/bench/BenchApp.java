package io.ticketflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ticketflow.TicketflowApplication;
import io.ticketflow.support.TestUsers;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application, started in the benchmark's JVM on a fresh database and a free port, with the test users
 * (docs/benchmarks.md lists who they are) and GreenMail as its SMTP server, so notifications are really sent.
 */
final class BenchApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final GreenMail smtp;
    private final BenchDatabase database;

    private BenchApp(ConfigurableApplicationContext context, GreenMail smtp, BenchDatabase database) {
        this.context = context;
        this.smtp = smtp;
        this.database = database;
    }

    static BenchApp start(BenchDatabase database) {
        return start(database, true);
    }

    /** Starts on a fresh database, or ({@code fresh} false) on what the previous run stored there. */
    static BenchApp start(BenchDatabase database, boolean fresh) {
        if (fresh) {
            database.empty();
        }
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        Map<String, Object> properties = new HashMap<>(database.properties());
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TicketflowApplication.class)
                .profiles(database.profiles().toArray(String[]::new))
                .properties(properties)
                .run();
        System.out.printf("Application started on %s in %.1f s%n", database, (System.nanoTime() - started) / 1e9);
        TestUsers.ensure(context.getBean(IdentityService.class));
        return new BenchApp(context, smtp, database);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    BenchClient client() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new BenchClient("http://127.0.0.1:" + port, TestUsers.PASSWORD);
    }

    int mailsReceived() {
        return smtp.getReceivedMessages().length;
    }

    BenchDatabase database() {
        return database;
    }

    @Override
    public void close() {
        context.close();
        smtp.stop();
    }
}
