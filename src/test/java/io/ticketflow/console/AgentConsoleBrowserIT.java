package io.ticketflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.Chromium;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** An agent's day in a real browser (headless Chromium): find the ticket in the queue, claim, reply, resolve. */
class AgentConsoleBrowserIT extends ApiIntegrationTest {

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
    void anAgentFindsTheTicketInTheQueueClaimsRepliesAndResolvesIt() {
        JsonNode ticket = createTicket(TicketFixture.repairTicketInTheEast());
        String number = ticket.get("number").asText();
        browser = Chromium.start(1280, 900, "en-US");
        ConsolePages console = new ConsolePages(browser, http.getRootUri()).signIn(TestUsers.AGENT_EAST,
                TestUsers.PASSWORD);

        console.openFromQueue(number).claim().reply("We will send an engineer tomorrow morning.");
        Chromium.screenshot(browser, "agent-ticket-page");
        console.resolve("Replaced the drain hose");

        assertThat(console.status()).isEqualTo("Resolved");
        assertThat(console.text()).contains("We will send an engineer tomorrow morning.");
        assertThat(get(TestUsers.AGENT_EAST, "/api/tickets/" + ticket.get("id").asLong()).getBody().get("status")
                .asText()).isEqualTo("RESOLVED");
    }

    @Test
    void anAgentOfAnotherRegionCanNeitherFindNorOpenTheTicket() {
        JsonNode ticket = createTicket(TicketFixture.repairTicketInTheEast());
        browser = Chromium.start(1280, 900, "en-US");
        ConsolePages console = new ConsolePages(browser, http.getRootUri()).signIn(TestUsers.AGENT_NORTH,
                TestUsers.PASSWORD);

        assertThat(console.text()).doesNotContain(ticket.get("number").asText());
        browser.get(http.getRootUri() + "/console/tickets/" + ticket.get("id").asLong());

        assertThat(console.text()).contains("404").doesNotContain("Washing machine leaks");
    }

    @Test
    void theConsoleSpeaksChineseWhenTheBrowserAsksForIt() {
        JsonNode ticket = createTicket(TicketFixture.repairTicketInTheEast());
        browser = Chromium.start(1280, 900, "zh-CN");
        ConsolePages console = new ConsolePages(browser, http.getRootUri()).signIn(TestUsers.AGENT_EAST,
                TestUsers.PASSWORD);

        console.openFromQueue(ticket.get("number").asText());

        assertThat(console.text()).contains("处理记录", "回复客户", "内部备注");
    }
}
