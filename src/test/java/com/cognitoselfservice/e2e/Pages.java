package com.cognitoselfservice.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.cognitoselfservice.support.Browser;

/**
 * Page objects for the screens, written as a person uses them: by labels and button
 * texts.
 */
final class Pages {

    private Pages() {
    }

    // Waits for the label: after a submit the page with the field may still be loading.
    static WebElement fieldLabelled(WebDriver driver, String label) {
        WebElement labelElement = await(driver, By.xpath("//label[normalize-space()='" + label + "']"));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /**
     * Types a new password and its repetition and, where the live help runs, waits until
     * it has answered the repetition, as a person reads the checklist before sending:
     * each answer can move the button below it, and a click sent as it moves lands
     * elsewhere.
     */
    static void typeNewPassword(WebDriver driver, String password, String again) {
        fieldLabelled(driver, "New password").sendKeys(password);
        fieldLabelled(driver, "New password again").sendKeys(again);
        if (liveHelpRuns(driver)) {
            waitFor(driver).until((page) -> {
                String help = page.findElement(By.id("password-help")).getText();
                return (help.contains("The two passwords match.") || help.contains("are not the same"))
                        && page.findElements(By.cssSelector(".htmx-request")).isEmpty();
            });
        }
    }

    private static boolean liveHelpRuns(WebDriver driver) {
        try {
            return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return !!window.htmx"))
                    && !driver.findElements(By.id("password-help")).isEmpty();
        }
        catch (WebDriverException ex) {
            return false;
        }
    }

    static void press(WebDriver driver, String buttonText) {
        driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")).click();
    }

    /**
     * Waits until an element of the page being left is gone. While the next page replaces
     * it, Chromium may answer for the old element with an error of its own rather than
     * that it is stale: either way it is no longer on the page.
     */
    static void awaitGone(WebDriver driver, WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until((page) -> {
            try {
                element.isEnabled();
                return false;
            }
            catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Waits for an element, e.g. on a page that keeps its heading after a submit. */
    static WebElement await(WebDriver driver, By locator) {
        return waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    static void awaitText(WebDriver driver, By locator, String text) {
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    // While a submit loads the next page an element found on the old one may be gone by
    // the time it is read; the wait then looks again.
    private static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    static String heading(WebDriver driver) {
        return driver.findElement(By.tagName("h1")).getText();
    }

    static void awaitHeading(WebDriver driver, String heading) {
        try {
            waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        }
        catch (TimeoutException ex) {
            throw new AssertionError("Waited for the page \"" + heading + "\", but " + whatThePageSays(driver), ex);
        }
    }

    // Where the browser is and what the page tells the person, for a test that waited in
    // vain.
    private static String whatThePageSays(WebDriver driver) {
        try {
            List<String> said = driver
                .findElements(By.cssSelector("h1, [role='alert'], [role='status'], .error, .warning, .notice"))
                .stream()
                .map(WebElement::getText)
                .filter((text) -> !text.isBlank())
                .toList();
            return "the browser is at " + driver.getCurrentUrl() + ", which says " + said + "; console: "
                    + Browser.consoleErrors(driver);
        }
        catch (WebDriverException ex) {
            return "the page could not be read: " + ex.getMessage();
        }
    }

    static final class ForgotPasswordPage {

        private final WebDriver driver;

        private ForgotPasswordPage(WebDriver driver) {
            this.driver = driver;
        }

        static ForgotPasswordPage openFromHome(WebDriver driver, String base) {
            driver.get(base + "/");
            driver.findElement(By.partialLinkText("I forgot my password")).click();
            awaitHeading(driver, "Forgot your password?");
            return new ForgotPasswordPage(driver);
        }

        ConfirmCodePage requestCode(String username) {
            fieldLabelled(driver, "Username").sendKeys(username);
            press(driver, "Send code");
            awaitHeading(driver, "Enter the code");
            return new ConfirmCodePage(driver);
        }

    }

    static final class ConfirmCodePage {

        private final WebDriver driver;

        ConfirmCodePage(WebDriver driver) {
            this.driver = driver;
        }

        String status() {
            return driver.findElement(By.cssSelector("main > p[role='status']")).getText();
        }

        WebElement resendButton() {
            return driver.findElement(By.xpath("//button[normalize-space()='Send a new code']"));
        }

        String resendSection() {
            return driver.findElement(By.id("resend")).getText();
        }

        void enter(String code, String password, String again) {
            fieldLabelled(driver, "Code").sendKeys(code);
            typeNewPassword(driver, password, again);
            press(driver, "Set new password");
        }

        String confirm(String code, String password) {
            enter(code, password, password);
            awaitHeading(driver, "Your password has been changed");
            return heading(driver);
        }

    }

    static final class ChangePasswordPage {

        private final WebDriver driver;

        private ChangePasswordPage(WebDriver driver) {
            this.driver = driver;
        }

        static ChangePasswordPage openFromHome(WebDriver driver, String base) {
            driver.get(base + "/");
            driver.findElement(By.partialLinkText("I want to change my password")).click();
            awaitHeading(driver, "Change your password");
            return new ChangePasswordPage(driver);
        }

        /** The page as a sign-in that ran out of time leaves it. */
        static ChangePasswordPage shown(WebDriver driver) {
            awaitHeading(driver, "Change your password");
            return new ChangePasswordPage(driver);
        }

        /** Fills in and sends the form; the caller waits for the page it leads to. */
        void change(String username, String current, String newPassword) {
            fieldLabelled(driver, "Username").sendKeys(username);
            fieldLabelled(driver, "Current password").sendKeys(current);
            typeNewPassword(driver, newPassword, newPassword);
            press(driver, "Change password");
        }

        String username() {
            return fieldLabelled(driver, "Username").getAttribute("value");
        }

        String alert() {
            return driver.findElement(By.cssSelector("p[role='alert']")).getText();
        }

    }

    static final class NewPasswordPage {

        private final WebDriver driver;

        private NewPasswordPage(WebDriver driver) {
            this.driver = driver;
        }

        static NewPasswordPage shown(WebDriver driver) {
            awaitHeading(driver, "Choose your permanent password");
            return new NewPasswordPage(driver);
        }

        /** The countdown of the sign-in's validity. */
        String deadline() {
            return driver.findElement(By.cssSelector("p.deadline")).getText();
        }

        /** Sends the permanent password; the caller waits for the page it leads to. */
        void choose(String password) {
            typeNewPassword(driver, password, password);
            press(driver, "Set password");
        }

    }

    static final class MfaCodePage {

        private final WebDriver driver;

        private MfaCodePage(WebDriver driver) {
            this.driver = driver;
        }

        static MfaCodePage shown(WebDriver driver) {
            awaitHeading(driver, "Enter your sign-in code");
            return new MfaCodePage(driver);
        }

        String lead() {
            return driver.findElement(By.cssSelector("main > p[role='status']")).getText();
        }

        /** The code, and the passwords again: the server keeps none of them. */
        void answer(String code, String current, String newPassword) {
            fieldLabelled(driver, "Sign-in code").sendKeys(code);
            fieldLabelled(driver, "Current password").sendKeys(current);
            typeNewPassword(driver, newPassword, newPassword);
            press(driver, "Change password");
        }

    }

    static final class AdminSignInPage {

        private final WebDriver driver;

        private AdminSignInPage(WebDriver driver) {
            this.driver = driver;
        }

        static AdminSignInPage open(WebDriver driver, String base) {
            driver.get(base + "/admin");
            awaitHeading(driver, "Helpdesk sign-in");
            return new AdminSignInPage(driver);
        }

        AdminUsersPage signIn(String username, String password) {
            send(username, password);
            return AdminUsersPage.shown(driver);
        }

        /** Sends the form; the caller waits for the page it leads to. */
        void send(String username, String password) {
            fieldLabelled(driver, "Username").sendKeys(username);
            fieldLabelled(driver, "Password").sendKeys(password);
            press(driver, "Sign in");
        }

    }

    static final class AdminUsersPage {

        private final WebDriver driver;

        private AdminUsersPage(WebDriver driver) {
            this.driver = driver;
        }

        static AdminUsersPage shown(WebDriver driver) {
            awaitHeading(driver, "Find a user");
            return new AdminUsersPage(driver);
        }

        AdminUserPage open(String username) {
            fieldLabelled(driver, "Username or email").sendKeys(username);
            press(driver, "Search");
            await(driver, By.linkText(username)).click();
            awaitHeading(driver, "User " + username);
            return new AdminUserPage(driver);
        }

    }

    static final class AdminUserPage {

        private final WebDriver driver;

        private AdminUserPage(WebDriver driver) {
            this.driver = driver;
        }

        /**
         * Requires a reset, confirmed on the page that asks, and returns the link to
         * give.
         */
        String requireReset() {
            driver.findElement(By.linkText("Require a password reset")).click();
            awaitHeading(driver, "Require a password reset?");
            press(driver, "Require the reset");
            awaitText(driver, By.id("user-status"), "RESET_REQUIRED");
            return driver.findElement(By.id("reset-link")).getText();
        }

    }

}
