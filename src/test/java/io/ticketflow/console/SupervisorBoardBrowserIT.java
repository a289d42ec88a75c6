package io.ticketflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.Chromium;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A supervisor in a real browser: the breached ticket red in the queue, the journey's diagram with the blocked step
 * in red, a click listing its tickets, and the ticket transferred to another team.
 */
class SupervisorBoardBrowserIT extends ApiIntegrationTest {

    @RegisterExtension
    final Chromium screenshotsOfFailures = new Chromium();

    private WebDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theBlockedStepIsRedOnTheDiagramAndAClickListsItsTickets() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String number = jdbc.queryForObject("select ticket_number from tf_ticket where id = ?", String.class, id);
        jdbc.update("update tf_ticket set sla_breached = true where id = ?", id);
        browser = Chromium.start(1400, 900, "en-US");
        ConsolePages console = new ConsolePages(browser, http.getRootUri()).signIn(TestUsers.SUPERVISOR,
                TestUsers.PASSWORD);
        assertThat(console.queueRow(number).getAttribute("class")).isEqualTo("red");

        browser.get(http.getRootUri() + "/console/journeys/TicketLifecycleProcess");
        Chromium.screenshot(browser, "supervisor-journey");
        browser.findElement(By.xpath("//*[local-name()='a'][.//*[local-name()='rect' and contains(@class, 'late')]]"))
                .click();

        assertThat(browser.getCurrentUrl()).contains("/console/journeys/TicketLifecycleProcess/steps/");
        browser.findElement(By.linkText(number)).click();
        console.transferTo("repair-north", "The customer moved to Beijing");

        assertThat(console.text()).contains("Transferred");
        browser.get(http.getRootUri() + "/console/dashboard");
        assertThat(browser.findElements(By.cssSelector("#backlog-chart canvas"))).as("ECharts drew the chart")
                .isNotEmpty();
        Chromium.screenshot(browser, "supervisor-dashboard");
        assertThat(jdbc.queryForObject("select assigned_group from tf_ticket where id = ?", String.class, id))
                .isEqualTo("repair-north");
    }
}
