package io.ticketflow.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console's pages as a person uses them, for the browser tests: each method is something a person does. */
final class ConsolePages {

    private final WebDriver browser;
    private final String root;

    ConsolePages(WebDriver browser, String root) {
        this.browser = browser;
        this.root = root;
    }

    /** Signs in on the login page; lands on the queue. */
    ConsolePages signIn(String user, String password) {
        browser.get(root + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("/console/queue"));
        return this;
    }

    /** The queue's row of a ticket, as shown. */
    WebElement queueRow(String ticketNumber) {
        browser.get(root + "/console/queue");
        return browser.findElement(By.cssSelector("tr[data-ticket='" + ticketNumber + "']"));
    }

    /** Opens a ticket from the queue by clicking its number. */
    ConsolePages openFromQueue(String ticketNumber) {
        queueRow(ticketNumber).findElement(By.linkText(ticketNumber)).click();
        waitFor(ExpectedConditions.urlContains("/console/tickets/"));
        return this;
    }

    ConsolePages claim() {
        return press(By.id("claim"), "done=claimed");
    }

    ConsolePages reply(String message) {
        browser.findElement(By.id("reply")).sendKeys(message);
        return press(By.id("send-reply"), "done=replied");
    }

    ConsolePages resolve(String resolution) {
        browser.findElement(By.id("comment")).sendKeys(resolution);
        return press(By.id("resolve"), "done=resolved");
    }

    ConsolePages transferTo(String team, String reason) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("team"))).selectByValue(team);
        browser.findElement(By.id("reason")).sendKeys(reason);
        return press(By.id("transfer"), "done=transferred");
    }

    String status() {
        return browser.findElement(By.id("status")).getText();
    }

    String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private ConsolePages press(By button, String answer) {
        browser.findElement(button).click();
        waitFor(ExpectedConditions.urlContains(answer));
        return this;
    }

    private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }
}
