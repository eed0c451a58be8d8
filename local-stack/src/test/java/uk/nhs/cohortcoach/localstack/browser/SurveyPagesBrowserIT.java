package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The survey pages end to end: a programme manager opens a wave for the phase-2 cohort, the invitation
 * links appear in the notification-service's email log, a member answers at phone size on web's server-rendered
 * survey pages (one step with the keyboard alone, one with its errors), saves, comes back, submits; used,
 * unknown and closed links are explained; the
 * manager reminds, reads the results (small groups shown as "fewer than 5"), downloads the CSV and closes
 * the wave.
 */
class SurveyPagesBrowserIT {

    private static final Pattern LINK = Pattern.compile("/respond/([A-Za-z0-9_-]{16,})");

    private static BrowserStack stack;

    @BeforeAll
    static void platform() throws Exception {
        stack = BrowserStack.get();
    }

    @Test
    void aWaveIsOpenedAnsweredRemindedReadAndClosed() throws Exception {
        Path emailLog = stack.log("notification-service");
        long logStart = Files.exists(emailLog) ? Files.size(emailLog) : 0;

        try (Browser manager = Browser.open(stack); Browser phone = Browser.open(stack, 360, 740)) {
            // The manager opens a wave for the phase-2 cohort through the page.
            manager.signIn("manager").go("/admin/waves");
            WebElement form = manager.visible(By.id("open-wave"));
            Select cohort = new Select(manager.driver().findElement(By.id("wave-cohort")));
            cohort.getOptions().stream().filter(o -> o.getText().contains("Phase 2")).findFirst().orElseThrow().click();
            new Select(manager.driver().findElement(By.id("wave-label"))).selectByValue("baseline");
            manager.assertAccessible("survey waves");
            manager.screenshot("survey-waves-open-form");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            manager.waitForText("survey for Phase 2");
            assertThat(manager.visible(By.cssSelector(".app-success")).getText()).contains("is open").contains("invited");
            manager.visible(By.cssSelector("#page table"));
            manager.screenshot("survey-waves-opened");
            manager.assertAccessible("survey waves with an open wave");

            // The invitation emails, with their links, are written to the notification-service log.
            // six links: five members answer, the sixth stays unanswered to meet the closed wave at the end
            List<String> tokens = tokensAfter(emailLog, logStart, 6);
            String token = tokens.get(0);

            // A member answers at 360 px wide, with no sign-in: the intro (server-rendered by web, the privacy
            // notice on it), then the first step with the keyboard alone.
            phone.go("/respond/" + token);
            phone.visible(By.id("start"));
            assertThat(phone.driver().findElement(By.id("privacy-notice")).getText()).contains("How we use your answers");
            phone.assertAccessible("survey introduction");
            assertNoHorizontalScroll(phone);
            phone.screenshot("respond-intro-360");
            WebDriver driver = phone.driver();
            driver.findElement(By.id("start")).sendKeys(Keys.ENTER);

            phone.visible(By.id("step-heading"));
            assertThat(driver.findElement(By.id("progress-text")).getText()).isEqualTo("Step 1 of 7");
            phone.screenshot("respond-step-1-360");
            int statements = driver.findElements(By.cssSelector("#step-form fieldset")).size();
            assertThat(statements).isBetween(3, 5);
            // each statement's radios are one stop of the tab order: space chooses, arrow down moves the choice
            ((JavascriptExecutor) driver).executeScript("document.querySelector('#step-form input[type=radio]').focus()");
            for (int i = 0; i < statements; i++) {
                if (i > 0) {
                    active(driver).sendKeys(Keys.TAB);
                }
                assertThat(active(driver).getAttribute("type")).isEqualTo("radio");
                active(driver).sendKeys(Keys.SPACE);
                if (i == 0) {
                    active(driver).sendKeys(Keys.ARROW_DOWN); // "Just started"
                }
            }
            assertThat(driver.findElements(By.cssSelector("#step-form input[type=radio]:checked"))).hasSize(statements);
            assertThat(driver.findElement(By.cssSelector("#step-form input[type=radio]:checked")).getAttribute("value")).isEqualTo("JUST_STARTED");
            if (!driver.findElements(By.cssSelector("#step-form textarea")).isEmpty()) {
                active(driver).sendKeys(Keys.TAB);
                active(driver).sendKeys("Typed with the keyboard alone.");
            }
            active(driver).sendKeys(Keys.TAB);
            assertThat(active(driver).getAttribute("id")).isEqualTo("continue");
            phone.screenshot("respond-step-1-keyboard-360");
            active(driver).sendKeys(Keys.ENTER);

            // Step 2: answered, then saved for later (the form saves the draft through survey-service).
            phone.waiting().until(d -> d.findElement(By.id("progress-text")).getText().equals("Step 2 of 7"));
            answerEveryStatement(driver);
            assertNoHorizontalScroll(phone);
            phone.assertAccessible("survey step");
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            phone.screenshot("respond-step-2-360");
            driver.findElement(By.id("save-draft")).click();
            phone.visible(By.id("saved-heading"));
            phone.assertAccessible("survey saved");
            phone.screenshot("respond-saved-360");

            // Back with the same link: the answers are filled in and it resumes at step 3.
            phone.go("/respond/" + token);
            phone.visible(By.id("welcome-back"));
            assertThat(driver.findElement(By.id("progress-text")).getText()).isEqualTo("Step 3 of 7");
            // Continue with nothing chosen: the error summary lists each statement, linked to its radios
            driver.findElement(By.id("continue")).click();
            WebElement problems = phone.visible(By.cssSelector(".govuk-error-summary"));
            assertThat(problems.findElements(By.cssSelector("a[href^='#answers-']"))).hasSizeGreaterThanOrEqualTo(3);
            assertNoHorizontalScroll(phone);
            phone.assertAccessible("survey step with errors");
            phone.screenshot("respond-step-3-errors-360");
            driver.findElement(By.id("previous")).click();
            phone.waiting().until(d -> d.findElement(By.id("progress-text")).getText().equals("Step 2 of 7"));
            assertThat(driver.findElements(By.cssSelector("#step-form input[type=radio]:checked")))
                    .hasSize(driver.findElements(By.cssSelector("#step-form fieldset")).size());
            driver.findElement(By.id("continue")).click();

            // The rest of the steps, then check and submit.
            while (driver.findElements(By.id("check-heading")).isEmpty()) {
                String before = phone.visible(By.id("progress-text")).getText();
                answerEveryStatement(driver);
                driver.findElement(By.id("continue")).click();
                phone.waiting().until(d -> !d.findElements(By.id("check-heading")).isEmpty()
                        || !d.findElement(By.id("progress-text")).getText().equals(before));
            }
            assertThat(driver.findElement(By.id("progress-text")).getText()).isEqualTo("Step 7 of 7");
            assertThat(driver.findElement(By.id("check-form")).getText()).contains("Just started").contains("Typed with the keyboard alone.");
            assertNoHorizontalScroll(phone);
            phone.assertAccessible("check your answers");
            phone.screenshot("respond-check-360");
            driver.findElement(By.id("submit-answers")).click();
            phone.visible(By.id("confirmation-heading"));
            phone.assertAccessible("survey confirmation");
            phone.screenshot("respond-confirmation-360");

            // The same link again: already used. An unknown link: not recognised.
            phone.go("/respond/" + token);
            phone.waitForText("You have already answered this survey");
            assertThat(driver.getPageSource()).doesNotContain("\"status\"").doesNotContain("Exception");
            phone.assertAccessible("used link");
            phone.screenshot("respond-used-360");
            phone.go("/respond/NoSuchTokenAtAll0123456789abcdef");
            phone.waitForText("This link is not recognised");
            phone.assertAccessible("unknown link");
            phone.screenshot("respond-unknown-360");

            // Four more members answer through their own links on the page, so the whole cohort reaches 5.
            for (String other : tokens.subList(1, 5)) {
                answerThroughThePage(phone, other);
            }

            // The manager reminds the rest and reads the results.
            manager.go("/admin/waves");
            manager.visible(By.cssSelector("#page table a[href^='/admin/wave?id=']")).click();
            manager.visible(By.id("send-reminders")).click();
            String reminded = manager.visible(By.cssSelector(".app-success")).getText();
            assertThat(reminded).containsPattern("Reminders sent to \\d+ (person|people)");
            manager.visible(By.id("median-chart"));
            manager.visible(By.id("suppressed-note"));
            String results = manager.driver().findElement(By.id("main-content")).getText();
            assertThat(results).contains("fewer than 5").contains("Whole cohort").contains("Response rates").contains("Trend across waves");
            manager.visible(By.id("trend-chart"));
            Thread.sleep(500); // let the charts settle before the picture
            manager.assertAccessible("wave results");
            manager.screenshot("wave-results");
            ((JavascriptExecutor) manager.driver()).executeScript("document.getElementById('results-heading').scrollIntoView()");
            manager.screenshot("wave-results-charts");
            ((JavascriptExecutor) manager.driver()).executeScript("document.getElementById('trend-heading').scrollIntoView()");
            manager.screenshot("wave-results-trend");

            // The CSV link downloads the export through the session cookie.
            String csvHref = manager.driver().findElement(By.id("download-csv")).getAttribute("href");
            Object csv = ((JavascriptExecutor) manager.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done(r.status + '\\n' + t))).catch(e => done('error ' + e));",
                    csvHref);
            assertThat(String.valueOf(csv)).startsWith("200\ngroup,component,statement,stage,share_percent,responses").contains("fewer than 5");

            // Closing is confirmed first; then the wave is closed and an unanswered link says so.
            manager.driver().findElement(By.id("close-wave")).click();
            manager.driver().switchTo().alert().accept();
            manager.waitForText("survey is closed");
            manager.visible(By.cssSelector(".govuk-tag--grey"));
            assertThat(manager.driver().findElements(By.id("close-wave"))).isEmpty();
            manager.screenshot("wave-closed");
            manager.assertAccessible("closed wave");

            phone.go("/respond/" + tokens.get(5));
            phone.waitForText("This survey has closed");
            phone.screenshot("respond-closed-360");
        }
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static void answerEveryStatement(WebDriver driver) {
        for (WebElement fieldset : driver.findElements(By.cssSelector("#step-form fieldset"))) {
            List<WebElement> labels = fieldset.findElements(By.cssSelector("label.govuk-radios__label"));
            labels.get(2).click(); // "Underway"
        }
    }

    private static void assertNoHorizontalScroll(Browser browser) {
        Object wide = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        assertThat(wide).as("page wider than the window at %s", browser.driver().getCurrentUrl()).isEqualTo(false);
    }

    /** Opens the member's link, answers every step "underway", checks and submits, and waits for the confirmation. */
    private static void answerThroughThePage(Browser browser, String token) {
        WebDriver driver = browser.driver();
        browser.go("/respond/" + token);
        browser.visible(By.id("start")).click();
        while (driver.findElements(By.id("check-heading")).isEmpty()) {
            String before = browser.visible(By.id("progress-text")).getText();
            answerEveryStatement(driver);
            driver.findElement(By.id("continue")).click();
            browser.waiting().until(d -> !d.findElements(By.id("check-heading")).isEmpty()
                    || !d.findElement(By.id("progress-text")).getText().equals(before));
        }
        driver.findElement(By.id("submit-answers")).click();
        browser.visible(By.id("confirmation-heading"));
    }

    /** Polls the email log until at least {@code count} distinct survey links were written after {@code from}. */
    private static List<String> tokensAfter(Path log, long from, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        Set<String> tokens = new LinkedHashSet<>();
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                byte[] bytes = Files.readAllBytes(log);
                String text = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                        java.nio.charset.StandardCharsets.UTF_8);
                Matcher matcher = LINK.matcher(text);
                while (matcher.find()) {
                    tokens.add(matcher.group(1));
                }
                if (tokens.size() >= count) {
                    return new ArrayList<>(tokens);
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("fewer than " + count + " survey links in " + log + " after 120 s: " + tokens.size());
    }

}
