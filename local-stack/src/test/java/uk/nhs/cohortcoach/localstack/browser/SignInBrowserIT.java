package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
            assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");
            assertThat(browser.navigationLinks()).containsExactly("Dashboard", "Cohorts", "Coaching calendar", "Surveys", "Notifications",
                    "Personal data", "Actions", "Knowledge hub", "Events", "Reach", "Email preferences");
            browser.assertAccessible("manager landing page");
            signOut(browser);

            browser.signIn("coach");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/my-sessions");
            assertThat(browser.navigationLinks()).containsExactly("Coaching calendar", "My sessions", "My collaboratives", "Actions", "Knowledge hub", "Events",
                    "Email preferences");
            signOut(browser);

            browser.signIn("member");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/my-collaborative");
            assertThat(browser.navigationLinks()).containsExactly("Our collaborative", "Our sessions", "Actions", "My surveys", "Knowledge hub", "Events",
                    "Email preferences");
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
            assertThat(browser.driver().getCurrentUrl()).endsWith("/sign-in");
            assertThat(browser.driver().findElement(By.id("username")).getAttribute("value")).as("the username kept").isEqualTo("manager");
            browser.screenshot("sign-in-wrong-password");
            browser.assertAccessible("sign-in with an error");
        }
    }

    @Test
    void aPageAsksForSignInWhenNobodyIsSignedIn() throws Exception {
        try (Browser browser = Browser.open(stack)) {
            browser.go("/surveys");
            browser.waiting().until(d -> d.getCurrentUrl().contains("/sign-in"));
            assertThat(browser.driver().getCurrentUrl()).contains("next=%2Fsurveys");

            browser.signIn("manager", false);
            assertThat(browser.driver().getCurrentUrl()).as("back where they were going").endsWith("/surveys");
        }
    }

    private static void signOut(Browser browser) {
        browser.driver().findElement(By.cssSelector("#sign-out button")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("signedOut=1"));
        browser.visible(By.id("signed-out"));
    }
}
