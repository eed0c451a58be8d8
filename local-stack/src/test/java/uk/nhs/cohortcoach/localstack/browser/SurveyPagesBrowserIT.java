package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The survey pages end to end: a programme manager opens a wave for the phase-2 cohort, the invitation
 * links appear in the notification-service's email log, a member answers at phone size on web's server-rendered
 * survey pages (one step with the keyboard alone, one with its errors), saves, comes back, submits; used,
 * unknown and closed links are explained; the
 * manager reminds, reads the results (small groups shown as "fewer than 5"; the charts drawn from the tables),
 * also at 360 px, downloads the CSV and closes the wave through its confirmation page.
 */
class SurveyPagesBrowserIT {

    private static final int UNDERWAY = 2;


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
            manager.signIn("manager").go("/surveys");
            WebElement form = manager.visible(By.cssSelector("form[action='/surveys']"));
            Select cohort = new Select(manager.driver().findElement(By.id("cohortId")));
            cohort.getOptions().stream().filter(o -> o.getText().contains("Phase 2")).findFirst().orElseThrow().click();
            manager.driver().findElement(By.cssSelector("input[name=label][value=baseline]")).click();
            manager.driver().findElement(By.cssSelector("input[name=opening][value=now]")).click();
            manager.assertAccessible("survey waves");
            manager.screenshot("survey-waves-open-form");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            manager.waitForText("survey for Phase 2");
            assertThat(manager.visible(By.cssSelector(".govuk-notification-banner--success")).getText()).contains("opened").contains("invited");
            manager.visible(By.id("waves"));
            manager.screenshot("survey-waves-opened");
            manager.assertAccessible("survey waves with an open wave");

            // The invitation emails, with their links, are written to the notification-service log.
            // six links: five members answer, the sixth stays unanswered to meet the closed wave at the end
            List<String> tokens = stack.surveyLinksAfter(logStart, 6, null);
            String token = tokens.get(0);

            // A member answers at 360 px wide, with no sign-in: the intro (server-rendered by web, the privacy
            // notice on it), then the first step with the keyboard alone.
            phone.go("/respond/" + token);
            phone.visible(By.id("start"));
            assertThat(phone.driver().findElement(By.id("privacy-notice")).getText()).contains("How we use your answers");
            phone.assertAccessible("survey introduction");
            phone.assertNoHorizontalScroll(phone.driver().getCurrentUrl());
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
            phone.answerEveryStatement(UNDERWAY);
            phone.assertNoHorizontalScroll(phone.driver().getCurrentUrl());
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
            phone.assertNoHorizontalScroll(phone.driver().getCurrentUrl());
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
                phone.answerEveryStatement(UNDERWAY);
                driver.findElement(By.id("continue")).click();
                phone.waiting().until(d -> !d.findElements(By.id("check-heading")).isEmpty()
                        || !d.findElement(By.id("progress-text")).getText().equals(before));
            }
            assertThat(driver.findElement(By.id("progress-text")).getText()).isEqualTo("Step 7 of 7");
            assertThat(driver.findElement(By.id("check-form")).getText()).contains("Just started").contains("Typed with the keyboard alone.");
            phone.assertNoHorizontalScroll(phone.driver().getCurrentUrl());
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
                phone.answerSurvey(other, step -> UNDERWAY);
            }

            // The manager reminds the rest and reads the results.
            manager.go("/surveys");
            // the newest open wave of Phase 2 (the list is newest first): the one opened above
            manager.visible(By.xpath("//table[@id='waves']//tr[.//strong[normalize-space()='Open'] and td[contains(., 'Phase 2')]]/th/a")).click();
            String waveAddress = manager.driver().getCurrentUrl();
            manager.visible(By.cssSelector("form[action$='/reminders'] button")).click();
            String reminded = manager.visible(By.cssSelector(".govuk-notification-banner--success")).getText();
            assertThat(reminded).containsPattern("Reminders sent to \\d+ (person|people)");
            assertThat(manager.driver().getCurrentUrl()).isEqualTo(waveAddress);
            manager.visible(By.id("medians-chart")); // drawn from the table by charts.mjs
            manager.visible(By.id("suppressed-note"));
            String results = manager.driver().findElement(By.id("main-content")).getText();
            assertThat(results).contains("fewer than 5").contains("Whole cohort").contains("Response rates").contains("Trend across waves");
            manager.visible(By.id("trend-table-chart"));
            Thread.sleep(500); // let the charts settle before the picture
            manager.assertAccessible("wave results");
            manager.screenshot("wave-results");
            ((JavascriptExecutor) manager.driver()).executeScript("document.getElementById('results-heading').scrollIntoView()");
            manager.screenshot("wave-results-charts");
            ((JavascriptExecutor) manager.driver()).executeScript("document.getElementById('trend').scrollIntoView()");
            manager.screenshot("wave-results-trend");

            // The CSV link downloads the export through the session cookie.
            String csvHref = manager.driver().findElement(By.id("download-csv")).getAttribute("href");
            Object csv = ((JavascriptExecutor) manager.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done(r.status + '\\n' + t))).catch(e => done('error ' + e));",
                    csvHref);
            assertThat(String.valueOf(csv)).startsWith("200\ngroup,component,statement,stage,share_percent,responses").contains("fewer than 5");

            // The results at phone size (charts drawn), and without JavaScript at both widths (tables only):
            // no horizontal scroll, wide tables scroll inside their own regions.
            for (Browser.Options options : List.of(Browser.Options.phone(), Browser.Options.phone().withoutJavaScript(),
                    Browser.Options.desktop().withoutJavaScript())) {
                try (Browser other = Browser.open(stack, options.named("SurveyPagesBrowserIT.results"))) {
                    other.signIn("manager").go(waveAddress.substring(waveAddress.indexOf("/surveys/")));
                    assertThat(other.visible(By.id("medians")).getText()).contains("Whole cohort");
                    assertThat(other.driver().findElement(By.id("rates")).getText()).contains("fewer than 5");
                    if (options.javascript()) {
                        other.visible(By.id("medians-chart"));
                    } else {
                        assertThat(other.driver().findElements(By.tagName("canvas"))).as("no chart without JavaScript").isEmpty();
                    }
                    other.assertNoHorizontalScroll("wave results");
                    other.assertAccessible("wave results");
                    other.go("/surveys");
                    other.visible(By.id("waves"));
                    other.assertNoHorizontalScroll("survey waves");
                    other.assertAccessible("survey waves");
                }
            }

            // Closing is confirmed first, on its own page; then the wave is closed and an unanswered link says so.
            manager.driver().findElement(By.id("close-wave")).click();
            WebElement confirm = manager.visible(By.cssSelector("form[action$='/close'] button.govuk-button--warning"));
            manager.assertAccessible("close the wave: are you sure");
            manager.screenshot("wave-close-confirm");
            confirm.click();
            manager.waitForText("closed");
            assertThat(manager.driver().getCurrentUrl()).isEqualTo(waveAddress);
            manager.visible(By.cssSelector(".govuk-tag--grey"));
            assertThat(manager.driver().findElements(By.id("close-wave"))).isEmpty();
            manager.screenshot("wave-closed");
            manager.assertAccessible("closed wave");

            phone.go("/respond/" + tokens.get(5));
            phone.waitForText("This survey has closed");
            phone.screenshot("respond-closed-360");
        }
    }

    @Test
    void aWaveIsScheduledRefusedThenCancelledWithJavaScriptOffAtBothWidths() throws Exception {
        int year = java.time.LocalDate.now().getYear() + 1;
        for (Browser.Options options : List.of(Browser.Options.desktop().withoutJavaScript(), Browser.Options.phone().withoutJavaScript())) {
            String label = "Browser no-JS " + options.width() + " " + Long.toString(System.currentTimeMillis(), 36);
            try (Browser manager = Browser.open(stack, options.named("SurveyPagesBrowserIT.noJavaScript"))) {
                manager.signIn("manager").go("/surveys");
                WebElement form = manager.visible(By.cssSelector("form[action='/surveys']"));
                Select cohort = new Select(form.findElement(By.id("cohortId")));
                cohort.getOptions().stream().filter(o -> o.getText().contains("Phase 2")).findFirst().orElseThrow().click();
                form.findElement(By.cssSelector("input[name=label][value=other]")).click();
                form.findElement(By.id("otherLabel")).sendKeys(label); // the revealed field is there without JavaScript
                form.findElement(By.cssSelector("input[name=opening][value=later]")).click();
                type(form, "opensAt-day", "1");
                type(form, "opensAt-month", "6");
                type(form, "opensAt-year", String.valueOf(year));
                type(form, "opensAtTime", "09:00");
                type(form, "closesAt-day", "15");
                type(form, "closesAt-month", "6");
                type(form, "closesAt-year", String.valueOf(year));
                type(form, "closesAtTime", "25:00");
                form.findElement(By.cssSelector("button[type=submit]")).click();

                // refused on the server: the summary links to the field, what was typed is kept
                WebElement summary = manager.visible(By.cssSelector(".govuk-error-summary"));
                assertThat(summary.findElement(By.cssSelector("a[href='#closesAtTime']")).getText())
                        .isEqualTo("Closing time must be a real time in the 24-hour clock, like 14:30");
                assertThat(manager.driver().findElement(By.id("otherLabel")).getAttribute("value")).isEqualTo(label);
                manager.assertNoHorizontalScroll("survey form with an error");
                manager.assertAccessible("survey form with an error");
                manager.step("wave-form-error");
                type(manager.driver().findElement(By.cssSelector("form[action='/surveys']")), "closesAtTime", "17:00");
                manager.driver().findElement(By.cssSelector("form[action='/surveys'] button[type=submit]")).click();

                manager.waitForText("scheduled to open on 1 June " + year + " at 09:00");
                WebElement row = manager.visible(By.xpath("//table[@id='waves']//tr[th/a[starts-with(normalize-space(), '" + label + "')]]"));
                assertThat(row.getText()).contains("Scheduled");
                manager.assertNoHorizontalScroll("survey waves");
                manager.assertAccessible("survey waves with a scheduled wave");
                manager.step("wave-scheduled");

                // cancelled through its confirmation page
                row.findElement(By.cssSelector("a[href$='/cancel?from=list']")).click();
                manager.visible(By.tagName("h1"));
                assertThat(manager.driver().findElement(By.tagName("h1")).getText()).startsWith("Are you sure you want to cancel the " + label);
                manager.assertAccessible("cancel the wave: are you sure");
                manager.step("wave-cancel-confirm");
                manager.driver().findElement(By.cssSelector("form[action*='/cancel'] button.govuk-button--warning")).click();
                manager.waitForText(label + " survey for ");
                assertThat(manager.visible(By.cssSelector(".govuk-notification-banner--success")).getText()).contains("cancelled");
                assertThat(manager.driver().findElement(By.xpath("//table[@id='waves']//tr[th/a[starts-with(normalize-space(), '" + label + "')]]"))
                        .getText()).contains("Cancelled");

            }
        }
    }

    private static void type(WebElement form, String id, String text) {
        WebElement field = form.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

}
