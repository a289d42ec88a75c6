package io.ticketflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Ticketflow: REST intake, the Camunda engine, decision tables and the task list. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TicketflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(TicketflowApplication.class, args);
    }
}
