package com.cognitoselfservice.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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

    private static final Map<Boolean, Queue<KeptBrowser>> IDLE = Map.of(true, new ConcurrentLinkedQueue<>(), false,
            new ConcurrentLinkedQueue<>());

    private static final Queue<KeptBrowser> STARTED = new ConcurrentLinkedQueue<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(KeptBrowser::end)));
    }

    private Browser() {
    }

    /**
     * A browser with JavaScript on or off, as a new one: no cookies, no cache, one empty
     * tab (the pages keep nothing in the browser's storage). Starting Chromium takes most
     * of a second, so a browser a test quits is cleared and kept for the next test; the
     * browsers themselves end with the JVM.
     */
    public static WebDriver chromium(boolean javascript) {
        KeptBrowser kept = IDLE.get(javascript).poll();
        return (kept != null) ? kept : start(javascript);
    }

    private static KeptBrowser start(boolean javascript) {
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
        KeptBrowser chrome = new KeptBrowser(service, options, javascript, profile);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        STARTED.add(chrome);
        return chrome;
    }

    /**
     * A Chromium whose {@code quit()} clears it for the next test instead of ending it.
     */
    private static final class KeptBrowser extends ChromeDriver {

        private final boolean javascript;

        private final Path profile;

        KeptBrowser(ChromeDriverService service, ChromeOptions options, boolean javascript, Path profile) {
            super(service, options);
            this.javascript = javascript;
            this.profile = profile;
        }

        @Override
        public void quit() {
            try {
                String first = getWindowHandles().iterator().next();
                for (String window : getWindowHandles()) {
                    if (!window.equals(first)) {
                        switchTo().window(window).close();
                    }
                }
                switchTo().window(first);
                get("about:blank");
                executeCdpCommand("Network.clearBrowserCookies", Map.of());
                executeCdpCommand("Network.clearBrowserCache", Map.of());
                // What the last test's pages wrote to the console is not the next one's.
                manage().logs().get(LogType.BROWSER);
                IDLE.get(javascript).add(this);
            }
            catch (WebDriverException ex) {
                end();
            }
        }

        void end() {
            STARTED.remove(this);
            try {
                super.quit();
            }
            catch (WebDriverException ex) {
                // Gone already.
            }
            FileSystemUtils.deleteRecursively(profile.toFile());
        }

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
