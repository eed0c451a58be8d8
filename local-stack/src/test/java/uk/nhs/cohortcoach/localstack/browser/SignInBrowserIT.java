package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Sign-in, navigation by role and sign-out, in a real browser against the running platform. */
class SignInBrowserIT {

    private static BrowserStack stack;

    @BeforeAll
    static void platform() throws Exception {
        stack = BrowserStack.get();
    }

    @Test
    void eachRoleSignsInSeesItsOwnNavigationAndSignsOut() throws Exception {
        try (Browser browser = Browser.open(stack)) {
            browser.go("/");
            browser.visible(By.id("username"));
            browser.assertAccessible("sign-in");
            browser.screenshot("sign-in");

            browser.signIn("manager");
            assertThat(links(browser)).contains("Dashboard", "Cohorts", "Collaboratives", "Coaching calendar", "Surveys", "Notifications")
                    .doesNotContain("My sessions");
            browser.assertAccessible("manager landing page");
            signOut(browser);

            browser.signIn("coach");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/my-sessions");
            assertThat(links(browser)).contains("My sessions", "Actions").doesNotContain("Dashboard", "Notifications");
            signOut(browser);

            browser.signIn("member");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/actions"); // a member lands on their actions (web)
            assertThat(links(browser)).containsExactly("Actions", "Email preferences");
            signOut(browser);
        }
    }

    @Test
    void aWrongPasswordIsExplainedNextToTheForm() throws Exception {
        try (Browser browser = Browser.open(stack)) {
            browser.go("/");
            browser.visible(By.id("username")).sendKeys("manager");
            browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
            browser.driver().findElement(By.cssSelector("#sign-in button[type=submit]")).click();
            WebElement summary = browser.visible(By.cssSelector(".govuk-error-summary"));
            assertThat(summary.getText()).containsIgnoringCase("username or password");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/admin");
            browser.screenshot("sign-in-wrong-password");
            browser.assertAccessible("sign-in with an error");
        }
    }

    @Test
    void aPageAsksForSignInWhenNobodyIsSignedIn() throws Exception {
        try (Browser browser = Browser.open(stack)) {
            browser.go("/admin/");
            browser.waiting().until(d -> d.getCurrentUrl().contains("?next="));
            assertThat(browser.driver().getCurrentUrl()).contains("next=%2Fadmin%2F");
        }
    }

    private static List<String> links(Browser browser) {
        browser.visible(By.cssSelector("#app-nav a"));
        return browser.driver().findElements(By.cssSelector("#app-nav a")).stream().map(WebElement::getText).toList();
    }

    private static void signOut(Browser browser) {
        browser.driver().findElement(By.id("app-sign-out")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("signedOut=1"));
        browser.visible(By.id("signed-out"));
    }
}
