package com.cognitoselfservice.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page objects for the screens, written as a person uses them: by labels and button
 * texts.
 */
final class Pages {

    private Pages() {
    }

    static WebElement fieldLabelled(WebDriver driver, String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    static void press(WebDriver driver, String buttonText) {
        driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")).click();
    }

    /** Waits for an element, e.g. on a page that keeps its heading after a submit. */
    static WebElement await(WebDriver driver, By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    static void awaitText(WebDriver driver, By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    static String heading(WebDriver driver) {
        return driver.findElement(By.tagName("h1")).getText();
    }

    static void awaitHeading(WebDriver driver, String heading) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
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
            fieldLabelled(driver, "New password").sendKeys(password);
            fieldLabelled(driver, "New password again").sendKeys(again);
            press(driver, "Set new password");
        }

        String confirm(String code, String password) {
            enter(code, password, password);
            awaitHeading(driver, "Your password has been changed");
            return heading(driver);
        }

    }

}
