package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The coaching pages in a real browser against the running platform: the programme manager schedules
 * sessions (an error shown next to its field, a clash explained in words), sees them in the week and
 * list views, reschedules and cancels one; the coach logs a past session, finds its action in My actions
 * and gets their calendar feed address. Sessions may be scheduled in the past (within the cohort's
 * dates), which is how the test gets a session to log. Every page is screenshotted and scanned with axe.
 */
class CoachingPagesBrowserIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String COLLABORATIVE = "Joined Up Care Derbyshire";
    private static final String COACH = "Sam Okafor";
    private static final String MEMBER = "Alex Rahman";

    private static BrowserStack stack;

    @BeforeAll
    static void platform() throws Exception {
        stack = BrowserStack.get();
    }

    @Test
    void managerSchedulesReschedulesAndCancelsAndTheCoachLogsTheSession() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1000, 9999);
        String pastTitle = "Equity in elective waits " + n;
        String futureTitle = "Board session " + n;
        String clashTitle = "Weekly huddle " + n;
        String actionText = "Share the waiting-list equity audit " + n;
        LocalDate today = LocalDate.now(LONDON);
        LocalDate yesterday = today.minusDays(1);

        try (Browser browser = Browser.open(stack)) {
            browser.signIn("manager");
            browser.go("/admin/calendar");
            browser.visible(By.cssSelector("#calendar-view h2"));
            browser.visible(By.id("schedule-form"));

            // an error from the service, shown next to its field
            fillSchedule(browser, pastTitle, yesterday, "09:00", "10:00");
            browser.driver().findElement(By.id("videoLink")).sendKeys("http://meet.example.org/equity");
            submit(browser, "schedule-submit");
            WebElement fieldError = browser.visible(By.cssSelector("#schedule-form [data-field=videoLink] .govuk-error-message"));
            assertThat(fieldError.getText()).contains("https://");
            assertThat(browser.driver().findElement(By.cssSelector("#schedule-form .govuk-error-summary")).getText()).contains("Video call link");
            browser.screenshot("calendar-schedule-error");
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", fieldError);
            browser.screenshot("calendar-schedule-error-field");
            browser.assertAccessible("schedule form with an error");

            WebElement video = browser.driver().findElement(By.id("videoLink"));
            video.clear();
            video.sendKeys("https://meet.example.org/equity");
            scheduleUntilAccepted(browser);
            waitForSuccess(browser, "Session scheduled", pastTitle);

            // a future session to move and cancel
            fillSchedule(browser, futureTitle, today.plusDays(2), "10:00", "11:00");
            browser.driver().findElement(By.id("location")).sendKeys("Council House, Derby");
            scheduleUntilAccepted(browser);
            waitForSuccess(browser, futureTitle);

            // a weekly series whose second session clashes with the first session: explained, nothing made
            fillSchedule(browser, clashTitle, yesterday.minusDays(7), "09:30", "10:30");
            browser.driver().findElement(By.cssSelector("label[for=frequency-1]")).click();
            browser.driver().findElement(By.id("count")).sendKeys("2");
            submit(browser, "schedule-submit");
            WebElement clash = browser.visible(By.cssSelector("#schedule-form .govuk-error-summary .app-clashes"));
            assertThat(clash.getText()).contains("clashes with", "“" + pastTitle + "”");
            String summary = browser.driver().findElement(By.cssSelector("#schedule-form .govuk-error-summary")).getText();
            assertThat(summary).contains("Nothing was scheduled").doesNotContain("proposedStartsAt").doesNotContain("{");
            browser.screenshot("calendar-schedule-clash");
            browser.assertAccessible("schedule form with a clash");

            // week view: the session on its London day
            browser.go("/admin/calendar?view=week&week=" + yesterday);
            WebElement day = browser.visible(By.cssSelector(".app-calendar__day[data-date='" + yesterday + "']"));
            browser.waiting().until(d -> day.getText().contains(pastTitle));
            assertThat(day.getText()).contains("09:00", COLLABORATIVE).doesNotContain(clashTitle);
            browser.screenshot("calendar-week");
            browser.assertAccessible("calendar week view");

            // list view: upcoming first, then past
            browser.go("/admin/calendar?view=list");
            browser.waitForText(futureTitle);
            browser.waitForText(pastTitle);
            assertThat(browser.driver().findElements(By.cssSelector("table caption")).get(0).getText()).contains("Upcoming");
            browser.screenshot("calendar-list");
            browser.assertAccessible("calendar list view");

            // filtered to another collaborative, the sessions are not shown
            browser.driver().findElement(By.cssSelector("#calendar-filter-details summary")).click();
            new Select(browser.visible(By.id("filter-collaborative"))).selectByVisibleText("Acute Hospitals Alliance");
            browser.driver().findElement(By.cssSelector("#calendar-filter button[type=submit]")).click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("collaborativeId="));
            browser.visible(By.cssSelector("#calendar-view h2"));
            browser.waitForText("No upcoming sessions");
            assertThat(browser.driver().findElement(By.id("calendar-view")).getText()).doesNotContain(pastTitle).doesNotContain(futureTitle);
            browser.go("/admin/calendar?view=list");
            browser.waitForText(futureTitle);

            // reschedule the future session
            browser.driver().findElement(By.linkText(futureTitle)).click();
            browser.visible(By.id("reschedule-form"));
            LocalDate moved = today.plusDays(3);
            setDate(browser, "new-date", moved);
            setText(browser, "new-start", "14:00");
            setText(browser, "new-end", "15:30");
            browser.driver().findElement(By.id("reschedule-reason")).sendKeys("The board meeting moved");
            submit(browser, "reschedule-submit");
            waitForSuccess(browser, "Session rescheduled");
            assertThat(browser.visible(By.id("session-when")).getText()).contains("14:00 to 15:30");

            // cancel it, confirming first
            browser.visible(By.id("cancel-reason")).sendKeys("The board asked to postpone");
            submit(browser, "cancel-submit");
            browser.waiting().until(ExpectedConditions.alertIsPresent());
            browser.driver().switchTo().alert().accept();
            waitForSuccess(browser, "Session cancelled");
            assertThat(browser.visible(By.id("session-details")).getText()).contains("Cancelled", "The board asked to postpone");
            assertThat(browser.driver().findElements(By.id("cancel-form"))).isEmpty();

            browser.go("/admin/calendar?view=week&week=" + moved);
            WebElement cancelled = browser.visible(By.cssSelector(".app-calendar__day[data-date='" + moved + "'] .app-calendar__event--cancelled"));
            assertThat(cancelled.getText()).contains("Cancelled", futureTitle, "14:00");
            browser.screenshot("calendar-week-cancelled");
        }

        try (Browser browser = Browser.open(stack)) {
            browser.signIn("coach");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/my-sessions");
            browser.waitForText(pastTitle);
            WebElement logLink = browser.visible(By.xpath("//tr[.//a[normalize-space()='" + pastTitle + "']]//a[contains(@class,'app-log-link')]"));
            assertThat(browser.driver().findElement(By.xpath("//tr[.//a[normalize-space()='" + pastTitle + "']]")).getText()).contains("Not logged");
            browser.assertAccessible("my sessions");
            logLink.click();

            // the log form
            browser.visible(By.id("save-log"));
            clickLabel(browser, MEMBER);
            browser.driver().findElement(By.id("notes")).sendKeys("Looked at who waits longest for elective care, by deprivation decile.");
            clickLabel(browser, "Embedding equity into improvement");
            browser.driver().findElement(By.cssSelector("label[for=equityPauseHeld-0]")).click();
            browser.driver().findElement(By.id("equitySurfaced")).sendKeys("People in Core20 areas miss more appointments; transport is a factor.");
            browser.driver().findElement(By.id("action-0-description")).sendKeys(actionText);
            new Select(browser.driver().findElement(By.id("action-0-owner"))).selectByVisibleText(MEMBER);
            setDate(browser, "action-0-due", today.plusDays(14));
            browser.assertAccessible("session log form");
            browser.driver().executeScript("document.getElementById('log-heading').scrollIntoView()");
            browser.screenshot("my-sessions-log-form");
            submit(browser, "save-log");
            waitForSuccess(browser, "Session logged", pastTitle);
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.xpath("//tr[.//a[normalize-space()='" + pastTitle + "']]")).getText().contains("Logged"));
            assertThat(browser.driver().findElements(By.id("save-log"))).isEmpty();

            // the calendar feed address: read-only, labelled, and it works
            submit(browser, "make-feed");
            WebElement feed = browser.visible(By.id("feed-url"));
            String url = feed.getAttribute("value");
            assertThat(url).startsWith(browser.baseUrl() + "/api/sessions/feeds/").endsWith(".ics");
            assertThat(feed.getAttribute("readonly")).isNotNull();
            assertThat(browser.driver().findElement(By.cssSelector("label[for=feed-url]")).getText()).contains("calendar feed address");
            HttpResponse<String> calendar = new Http(URI.create(url)).request("GET", "").withoutHeader("Accept")
                    .timeout(Duration.ofSeconds(20)).send();
            assertThat(calendar.statusCode()).isEqualTo(200);
            assertThat(calendar.body()).contains("BEGIN:VCALENDAR", pastTitle);
            browser.screenshot("my-sessions");
            browser.assertAccessible("my sessions with the feed address");

            // my actions: the action agreed, marked as done
            browser.go("/actions");
            browser.waitForText(actionText);
            WebElement row = browser.driver().findElement(By.xpath("//tr[th[normalize-space()='" + actionText + "']]"));
            assertThat(row.getText()).contains(MEMBER, COLLABORATIVE, "Open");
            browser.screenshot("my-actions");
            browser.assertAccessible("my actions");
            row.findElement(By.cssSelector("button.app-complete")).click();
            waitForSuccess(browser, "marked as done");
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.xpath("//tr[th[normalize-space()='" + actionText + "']]")).getText().contains("Done"));

            // the session page with its log
            browser.go("/admin/my-sessions");
            browser.visible(By.linkText(pastTitle)).click();
            browser.visible(By.cssSelector(".app-log-summary"));
            String page = browser.driver().findElement(By.id("main-content")).getText();
            assertThat(page).contains(pastTitle, COACH, COLLABORATIVE, "Held. It surfaced", "Embedding equity into improvement", actionText);
            browser.screenshot("session-page");
            browser.driver().executeScript("document.getElementById('log-heading').scrollIntoView()");
            browser.screenshot("session-page-log");
            browser.assertAccessible("session page with its log");
        }

        try (Browser browser = Browser.open(stack)) {
            browser.signIn("manager");
            browser.go("/admin/calendar?view=list");
            browser.visible(By.linkText(pastTitle)).click();
            browser.visible(By.cssSelector(".app-log-summary"));
            assertThat(browser.driver().findElement(By.id("main-content")).getText()).contains(MEMBER, actionText, "History of the log", "Written")
                    .as("a held and logged session is history: not moved, not cancelled").doesNotContain("Reschedule", "Cancel the session", "null");
            browser.screenshot("session-page-manager");
            browser.assertAccessible("session page for the manager");
        }
    }

    private static void fillSchedule(Browser browser, String title, LocalDate date, String start, String end) {
        new Select(browser.driver().findElement(By.id("collaborativeId"))).selectByVisibleText(COLLABORATIVE);
        browser.visible(By.xpath("//fieldset[@id='inviteeIds-fieldset']//label[starts-with(normalize-space(), '" + MEMBER + "')]"));
        new Select(browser.driver().findElement(By.id("coachId"))).selectByVisibleText(COACH);
        new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText("Team coaching");
        setText(browser, "title", title);
        setDate(browser, "date", date);
        setText(browser, "startTime", start);
        setText(browser, "endTime", end);
        setText(browser, "location", "");
        setText(browser, "videoLink", "");
        WebElement invitee = browser.driver().findElement(By.xpath("//fieldset[@id='inviteeIds-fieldset']//label[starts-with(normalize-space(), '" + MEMBER + "')]"));
        WebElement box = browser.driver().findElement(By.id(invitee.getAttribute("for")));
        if (!box.isSelected()) invitee.click();
        browser.driver().findElement(By.cssSelector("label[for=frequency-0]")).click();
        setText(browser, "count", "");
    }

    /** Submits the schedule form; the coaching service's copy of the cohort may lag just after start-up, so a "try again" is retried. */
    private static void scheduleUntilAccepted(Browser browser) throws InterruptedException {
        for (int attempt = 0; attempt < 10; attempt++) {
            submit(browser, "schedule-submit");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#calendar-messages .govuk-notification-banner")).isEmpty()
                    || !d.findElements(By.cssSelector("#schedule-form .govuk-error-summary")).isEmpty());
            if (!browser.driver().findElements(By.cssSelector("#calendar-messages .govuk-notification-banner")).isEmpty()) {
                return;
            }
            String problem = browser.driver().findElement(By.cssSelector("#schedule-form .govuk-error-summary")).getText();
            if (!problem.contains("try again") && !problem.contains("not a known")) {
                throw new AssertionError("scheduling was refused: " + problem);
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("scheduling was not accepted after retries");
    }

    /** Waits for the success banner to say all the given things (an earlier banner may still be showing). */
    private static void waitForSuccess(Browser browser, String... parts) {
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".app-success, .govuk-notification-banner--success")).stream()
                .anyMatch(banner -> banner.isDisplayed() && java.util.Arrays.stream(parts).allMatch(banner.getText()::contains)));
    }

    private static void submit(Browser browser, String buttonId) {
        WebElement button = browser.visible(By.id(buttonId));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static void clickLabel(Browser browser, String text) {
        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(), '" + text + "')]")).click();
    }

    private static void setText(Browser browser, String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        if (!value.isEmpty()) input.sendKeys(value);
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        setText(browser, id + "-day", String.valueOf(date.getDayOfMonth()));
        setText(browser, id + "-month", String.valueOf(date.getMonthValue()));
        setText(browser, id + "-year", String.valueOf(date.getYear()));
    }
}
