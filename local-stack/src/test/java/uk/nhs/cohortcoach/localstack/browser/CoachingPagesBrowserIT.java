package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The coaching pages (web's {@code /calendar}, {@code /sessions/{id}}, {@code /my-sessions}) in a real browser
 * against the running platform, at 1280 px, at 360 px and at 1280 px with JavaScript off: the programme manager
 * schedules sessions (a time already past warned about, an error shown next to its field, a clash listed), sees
 * them in the week and list views, reschedules and cancels one; the coach logs a past session (the equity pause's
 * follow-up revealed), gets their calendar feed address; the manager reads the held session's log and history and
 * is offered no change. Sessions may be scheduled in the past (within the cohort's dates), which is how the test
 * gets a session to log. Every page is screenshotted, scanned with axe and checked for sideways scrolling.
 */
class CoachingPagesBrowserIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String COLLABORATIVE = "Joined Up Care Derbyshire";
    private static final String COACH = "Sam Okafor";
    private static final String MEMBER = "Alex Rahman";

    private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();
    /** The coach's calendar feed address the last run made. */
    private static final java.util.concurrent.atomic.AtomicReference<String> FEED_URL = new java.util.concurrent.atomic.AtomicReference<>();
    private static BrowserStack stack;

    @BeforeAll
    static void platform() throws Exception {
        stack = BrowserStack.get();
    }

    static Stream<Browser.Options> browsers() {
        String name = "CoachingPagesBrowserIT";
        return Stream.of(Browser.Options.desktop().named(name), Browser.Options.phone().named(name),
                Browser.Options.desktop().withoutJavaScript().named(name));
    }

    @ParameterizedTest
    @MethodSource("browsers")
    void managerSchedulesReschedulesAndCancelsAndTheCoachLogsTheSession(Browser.Options options) throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1000, 9999);
        String pastTitle = "Equity in elective waits " + n;
        String futureTitle = "Board session " + n;
        String clashTitle = "Weekly huddle " + n;
        String actionText = "Share the waiting-list equity audit " + n;
        LocalDate today = LocalDate.now(LONDON);
        // each run (desktop, phone, no JavaScript) on its own days, so that one run's sessions never clash with another's
        int run = RUNS.getAndIncrement();
        LocalDate yesterday = today.minusDays(1 + 2L * run);

        try (Browser browser = Browser.open(stack, options)) {
            signIn(browser, "manager");
            browser.go("/calendar");
            check(browser, "calendar");

            // a time already past is a warning; then an error from the service, shown next to its field
            startScheduling(browser);
            check(browser, "schedule form");
            fillSchedule(browser, pastTitle, yesterday, "09:00", "10:00");
            setText(browser, "videoLink", "http://meet.example.org/equity");
            submit(browser, "Schedule");
            assertThat(browser.visible(By.id("start-warning")).getText()).contains("already passed");
            check(browser, "schedule form with the past-time warning");
            submit(browser, "Schedule");
            WebElement fieldError = browser.visible(By.id("videoLink-error"));
            assertThat(fieldError.getText()).contains("https://");
            assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText()).isNotBlank();
            check(browser, "schedule form with an error");

            setText(browser, "videoLink", "https://meet.example.org/equity");
            scheduleUntilAccepted(browser);
            waitForSuccess(browser, "Session scheduled", pastTitle);

            // a future session to move and cancel
            startScheduling(browser);
            fillSchedule(browser, futureTitle, today.plusDays(2 + 2L * run), "10:00", "11:00");
            setText(browser, "location", "Council House, Derby");
            scheduleUntilAccepted(browser);
            waitForSuccess(browser, futureTitle);
            String futureAddress = browser.driver().getCurrentUrl();

            // a weekly series whose second session clashes with the first session: listed, nothing made
            startScheduling(browser);
            fillSchedule(browser, clashTitle, yesterday.minusDays(7), "09:30", "10:30");
            clickFor(browser, "frequency-2");
            setText(browser, "count", "2");
            submit(browser, "Schedule");
            browser.visible(By.id("start-warning"));
            submit(browser, "Schedule");
            WebElement clash = browser.visible(By.id("clashes"));
            assertThat(clash.getText()).contains("Nothing was scheduled", pastTitle).doesNotContain("proposedStartsAt").doesNotContain("{");
            assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("clash");
            check(browser, "schedule form with a clash");

            // week view: the session on its London day
            browser.go("/calendar?view=week&week=" + yesterday);
            WebElement week = browser.visible(By.id("calendar-week"));
            assertThat(week.getText()).contains(pastTitle, "09:00 to 10:00", COLLABORATIVE).doesNotContain(clashTitle);
            check(browser, "calendar week view");

            // list view, then filtered to another collaborative
            browser.go("/calendar?view=list");
            browser.waitForText(futureTitle);
            browser.waitForText(pastTitle);
            check(browser, "calendar list view");
            browser.go("/calendar?view=list&collaborativeId=" + otherCollaborative(browser));
            assertThat(browser.driver().findElement(By.id("main-content")).getText()).doesNotContain(pastTitle).doesNotContain(futureTitle);

            // reschedule the future session
            browser.driver().get(futureAddress);
            browser.visible(By.id("reschedule-link")).click();
            LocalDate moved = today.plusDays(3 + 2L * run);
            setDate(browser, "date", moved);
            setText(browser, "start", "14:00");
            setText(browser, "end", "15:30");
            setText(browser, "reason", "The board meeting moved");
            check(browser, "reschedule form");
            submit(browser, "Reschedule session");
            waitForSuccess(browser, "Session rescheduled");
            assertThat(browser.visible(By.id("session-details")).getText()).contains("14:00 to 15:30");

            // cancel it, through its confirmation page
            browser.visible(By.id("cancel-link")).click();
            setText(browser, "reason", "The board asked to postpone");
            check(browser, "cancel confirmation");
            submit(browser, "Cancel session");
            waitForSuccess(browser, "Session cancelled");
            assertThat(browser.visible(By.id("session-status")).getText()).contains("Cancelled");
            assertThat(browser.visible(By.id("session-details")).getText()).contains("The board asked to postpone");
            assertThat(browser.driver().findElements(By.id("cancel-link"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("reschedule-link"))).isEmpty();

            browser.go("/calendar?view=week&week=" + moved);
            assertThat(browser.visible(By.id("calendar-week")).getText()).contains("Cancelled: " + futureTitle, "14:00");
        }

        try (Browser browser = Browser.open(stack, options)) {
            signIn(browser, "coach");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/my-sessions");
            browser.waitForText(pastTitle);
            WebElement row = browser.driver().findElement(By.xpath("//tr[.//a[normalize-space()='" + pastTitle + "']]"));
            assertThat(row.getText()).contains("Log locks in"); // under "Needs your log" (issue 18)
            check(browser, "my sessions");
            row.findElement(By.partialLinkText("Write the log")).click();

            // the log form
            browser.visible(By.id("notes"));
            clickLabel(browser, MEMBER);
            setText(browser, "notes", "Looked at who waits longest for elective care, by deprivation decile.");
            clickLabel(browser, "Embedding equity into improvement");
            clickFor(browser, "equityPause-held");
            browser.visible(By.id("equityPause-surfaced")).sendKeys("People in Core20 areas miss more appointments; transport is a factor.");
            setText(browser, "actions-0-description", actionText);
            new Select(browser.driver().findElement(By.id("actions-0-ownerId"))).selectByVisibleText(MEMBER);
            setDate(browser, "actions-0-dueDate", today.plusDays(14));
            check(browser, "session log form");
            submit(browser, "Save session log");
            waitForSuccess(browser, "Session logged", pastTitle);
            browser.visible(By.id("session-log")); // saving the log goes back to the session's page (issue 18)
            browser.go("/my-sessions");
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.xpath(
                    "//tr[.//a[normalize-space()='" + pastTitle + "']]")).getText().contains("Logged"));

            // the calendar feed address: read-only, labelled, and it works; a later run replaces the feed an
            // earlier one made, through the confirmation page, and the old address stops working
            String oldUrl = FEED_URL.get();
            if (oldUrl == null) {
                submit(browser, "Show my calendar feed address");
            } else {
                browser.visible(By.linkText("Make a new address")).click();
                check(browser, "replace the calendar feed confirmation");
                submit(browser, "Replace the address");
            }
            WebElement feed = browser.visible(By.id("feed-url"));
            String url = feed.getAttribute("value");
            FEED_URL.set(url);
            if (oldUrl != null) {
                assertThat(url).isNotEqualTo(oldUrl);
                assertThat(new Http(URI.create(oldUrl)).request("GET", "").withoutHeader("Accept").timeout(Duration.ofSeconds(20))
                        .send().statusCode()).as("the replaced address").isEqualTo(404);
            }
            assertThat(url).startsWith(browser.baseUrl() + "/api/sessions/feeds/").endsWith(".ics");
            assertThat(feed.getAttribute("readonly")).isNotNull();
            assertThat(browser.driver().findElement(By.cssSelector("label[for=feed-url]")).getText()).contains("Calendar feed address");
            HttpResponse<String> calendar = new Http(URI.create(url)).request("GET", "").withoutHeader("Accept")
                    .timeout(Duration.ofSeconds(20)).send();
            assertThat(calendar.statusCode()).isEqualTo(200);
            assertThat(calendar.body()).contains("BEGIN:VCALENDAR", pastTitle);
            check(browser, "calendar feed address");

            // my actions: the action agreed, marked as done
            browser.go("/actions");
            browser.waitForText(actionText);
            WebElement actionRow = browser.driver().findElement(By.xpath("//tr[th[normalize-space()='" + actionText + "']]"));
            assertThat(actionRow.getText()).contains(MEMBER, COLLABORATIVE, "Open");
            check(browser, "my actions");
            actionRow.findElement(By.cssSelector("button.app-complete")).click();
            waitForSuccess(browser, "marked as done");
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.xpath("//tr[th[normalize-space()='" + actionText + "']]")).getText().contains("Done"));

            // the session page with its log
            browser.go("/my-sessions");
            browser.visible(By.linkText(pastTitle)).click();
            browser.visible(By.id("session-log"));
            String page = browser.driver().findElement(By.id("main-content")).getText();
            assertThat(page).contains(pastTitle, COACH, COLLABORATIVE, "Held. It surfaced", "Embedding equity into improvement", actionText);
            check(browser, "session page with its log");
        }

        try (Browser browser = Browser.open(stack, options)) {
            signIn(browser, "manager");
            browser.go("/calendar?view=list");
            browser.visible(By.linkText(pastTitle)).click();
            browser.visible(By.id("session-log"));
            assertThat(browser.driver().findElement(By.id("main-content")).getText()).contains(MEMBER, actionText, "History of the log", "Written")
                    .as("a held and logged session is history: not moved, not cancelled").doesNotContain("Reschedule", "Cancel the session", "null");
            check(browser, "session page for the manager");
        }
    }

    /** Signs in; when it does not land, says where the browser is and what the page says. */
    private static void signIn(Browser browser, String username) {
        try {
            browser.signIn(username);
        } catch (org.openqa.selenium.TimeoutException notLanded) {
            browser.step("sign-in-failed-" + username);
            throw new AssertionError(username + " did not land after signing in: at " + browser.driver().getCurrentUrl()
                    + "; the page said:\n" + browser.driver().findElement(By.tagName("body")).getText(), notLanded);
        }
    }

    /** Every page: a screenshot, axe, and no sideways scrolling. */
    private static void check(Browser browser, String page) {
        browser.step(page.replaceAll("[^A-Za-z0-9]+", "-"));
        browser.assertAccessible(page);
        browser.assertNoHorizontalScroll(page);
    }

    private static void startScheduling(Browser browser) {
        browser.go("/calendar/schedule");
        clickLabel(browser, COLLABORATIVE);
        submit(browser, "Continue");
        browser.visible(By.id("title"));
    }

    /** Another collaborative's id, from the calendar's filter. */
    private static String otherCollaborative(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#collaborativeId option")).stream()
                .filter(option -> !option.getAttribute("value").isEmpty() && !option.getAttribute("textContent").contains(COLLABORATIVE))
                .map(option -> option.getAttribute("value")).findFirst().orElseThrow();
    }

    private static void fillSchedule(Browser browser, String title, LocalDate date, String start, String end) {
        new Select(browser.driver().findElement(By.id("coachId"))).selectByVisibleText(COACH);
        new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText("Team coaching");
        setText(browser, "title", title);
        setDate(browser, "date", date);
        setText(browser, "start", start);
        setText(browser, "end", end);
        WebElement invitee = browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(), '" + MEMBER + "')]"));
        WebElement box = browser.driver().findElement(By.id(invitee.getAttribute("for")));
        if (!box.isSelected()) {
            invitee.click();
        }
    }

    /** Submits the schedule form; the coaching service's copy of the cohort may lag just after start-up, so a "try again" is retried. */
    private static void scheduleUntilAccepted(Browser browser) throws InterruptedException {
        for (int attempt = 0; attempt < 10; attempt++) {
            submit(browser, "Schedule");
            browser.waiting().until(d -> d.getCurrentUrl().contains("/sessions/") || !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty()
                    || !d.findElements(By.id("start-warning")).isEmpty());
            if (browser.driver().getCurrentUrl().contains("/sessions/")) {
                return;
            }
            if (!browser.driver().findElements(By.id("start-warning")).isEmpty()
                    && browser.driver().findElements(By.cssSelector(".govuk-error-summary")).isEmpty()) {
                continue; // the past-time warning: saving again uses the time
            }
            String problem = browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText();
            // the read model has not caught up with the collaborative, its cohort or the coach yet
            if (!problem.contains("Try again in a moment") && !problem.contains("Choose a collaborative from the list")
                    && !problem.contains("Select a coach from the list")) {
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

    /** Presses the form's button with this text. */
    private static void submit(Browser browser, String text) {
        WebElement button = browser.visible(By.xpath("//button[normalize-space()='" + text + "']"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static void clickFor(Browser browser, String inputId) {
        browser.driver().findElement(By.cssSelector("label[for='" + inputId + "']")).click();
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
