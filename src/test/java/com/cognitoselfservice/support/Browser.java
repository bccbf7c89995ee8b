package com.cognitoselfservice.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium from the machine's packages (Selenium Manager cannot download
 * browsers here): {@code CHROME_BIN} and {@code CHROMEDRIVER} when set, else Debian's
 * {@code chromium} and {@code chromium-driver}. Without them the test fails, saying how
 * to install them.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver chromium(boolean javascript) {
        File binary = executable("CHROME_BIN", "/usr/bin/chromium");
        File driver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile = tempDir();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        ChromeDriver chrome = new ChromeDriver(service, options) {

            @Override
            public void quit() {
                super.quit();
                FileSystemUtils.deleteRecursively(profile.toFile());
            }

        };
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /**
     * What the page wrote to the console at level SEVERE, such as a
     * Content-Security-Policy violation.
     */
    public static List<String> consoleErrors(WebDriver driver) {
        return driver.manage()
            .logs()
            .get(LogType.BROWSER)
            .getAll()
            .stream()
            .filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    }

    /**
     * The same, but htmx's report of a live password check the browser dropped as it left
     * the page (the check was still under way when the form was sent, which a slower
     * sign-in or a proxy makes likely): nothing a person sees.
     */
    public static List<String> consoleErrorsButDroppedChecks(WebDriver driver) {
        return consoleErrors(driver).stream()
            .filter((error) -> !error.contains("htmx:sendAbort") && !error.contains("htmx:afterRequest"))
            .toList();
    }

    private static File executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        File file = new File((configured == null || configured.isBlank()) ? fallback : configured);
        if (!file.canExecute()) {
            throw new AssertionError(file + " was not found. Browser tests need Chromium and its driver: "
                    + "install them with `apt-get install chromium chromium-driver`, or set " + variable + ".");
        }
        return file;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("chromium-profile");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
