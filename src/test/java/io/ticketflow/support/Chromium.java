package io.ticketflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromium-driver (packages {@code chromium}, {@code chromium-driver};
 * nothing is downloaded), in a window of the given size and language. As a JUnit extension it keeps a screenshot of
 * every failed test under {@code target/browser-screenshots/}.
 */
public final class Chromium implements AfterTestExecutionCallback {

    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final ThreadLocal<WebDriver> CURRENT = new ThreadLocal<>();

    /** A new browser; the caller quits it. */
    public static WebDriver start(int width, int height, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=" + language, "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        CURRENT.set(driver);
        return driver;
    }

    /** Saves a picture of the current page, e.g. for the README. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs before the test's own clean-up (which quits the browser), while the failed page is still open. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        WebDriver driver = CURRENT.get();
        CURRENT.remove();
        if (driver != null && context.getExecutionException().isPresent()) {
            screenshot(driver, "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }
}
