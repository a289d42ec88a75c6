package io.ticketflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.ticketflow.process.ProcessBean;
import io.ticketflow.process.ProcessContract;
import io.ticketflow.routing.TicketRouter;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.support.LifecycleStandIns;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.JourneyChooser;
import io.ticketflow.ticket.TicketSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The analyst's guide's "Adding a journey — no Java", done as the analyst does it: copy a BPMN file under a new key,
 * add a row to a copy of the journeys table; the copy keeps the process contract with the application's beans as
 * they are, the table sends a new ticket to it, and the engine runs it.
 */
class AddingAJourneyTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    @TempDir
    Path rules;

    private final List<String> steps = new ArrayList<>();

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void aCopiedBpmnFileAndATableRowMakeANewJourneyWithoutJava() throws IOException {
        // The guide's example under names of the test's own, so an analyst who adds the example itself keeps it green.
        String warranty = Files.readString(Path.of("processes/ticket-lifecycle.bpmn"))
                .replace("id=\"TicketLifecycleProcess\"", "id=\"TestWarrantyClaim\"")
                .replace("bpmnElement=\"TicketLifecycleProcess\"", "bpmnElement=\"TestWarrantyClaim\"")
                .replace("name=\"Ticket lifecycle\"", "name=\"Warranty claim (test)\"");
        copyRulesWithRow("Warranty claims (test),TEST_WARRANTY,,,,TestWarrantyClaim");

        assertThat(ProcessContract.of(processBeans()).check("processes/test-warranty-claim.bpmn",
                warranty.getBytes(StandardCharsets.UTF_8))).isEmpty();
        DecisionTables tables = new DecisionTables(new RulesSettings(rules));
        Journeys journeys = new Journeys(tables, null);
        JourneyChooser.Choice choice = journeys.choose(
                TicketSamples.newTicket("TF-TEST", "TEST_WARRANTY", Channel.WEB, "EAST"), "STANDARD", null);
        assertThat(choice.processKey()).isEqualTo("TestWarrantyClaim");
        assertThat(choice.reason()).contains("Warranty claims (test)");
        assertThat(journeys.allowed()).contains("TestWarrantyClaim", "TicketLifecycleProcess");

        repositoryService().createDeployment().addString("processes/test-warranty-claim.bpmn", warranty).deploy();
        LifecycleStandIns.register(new TicketRouter(tables), steps);
        ProcessInstance ticket = runtimeService().startProcessInstanceByKey(choice.processKey(), "TF-TEST",
                Variables.createVariables().putValue("ticketId", 1L).putValue("autoCloseAfter", "P7D")
                        .putValue("category", "TEST_WARRANTY").putValue("channel", "WEB").putValue("tier", "STANDARD")
                        .putValue("region", "EAST").putValue("dispatchTo", null));

        assertThat(ticket).isWaitingAt("Task_HandleTicket");
        assertThat(task(ticket)).hasCandidateGroup("support-l1");
        assertThat(steps).containsExactly("route", "start-sla");
    }

    private void copyRulesWithRow(String row) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = Files.readString(file);
                if (file.getFileName().toString().equals("journeys.drl.csv")) {
                    content = content.replace("Everything else,", row + "\nEverything else,");
                }
                Files.writeString(rules.resolve(file.getFileName()), content);
            }
        }
    }

    /** The application's process beans by name, as the contract sees them. */
    private static Map<String, Class<?>> processBeans() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessBean.class));
        Map<String, Class<?>> beans = new HashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.ticketflow")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                beans.put(type.getAnnotation(Component.class).value(), type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return beans;
    }
}
