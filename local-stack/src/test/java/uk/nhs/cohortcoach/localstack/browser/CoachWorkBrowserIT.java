package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The coach's own work (issue 18) in a real browser, at 1280 px, at 360 px and at 1280 px with JavaScript off: a
 * session that took place and has no log is first on "My sessions", under "Needs your log", saying when its log
 * locks; its log is a page of its own with the equity pause first; notes typed there survive leaving the page without
 * saving and closing the browser (with JavaScript: saved in the background as a draft; without: with the "Save as
 * draft" button); saving the log takes the session out of "Needs your log". The session is made in set-up through
 * the API as the coach, in the past (each run on its own day, never those CoachingPagesBrowserIT uses).
 */
class CoachWorkBrowserIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String COLLABORATIVE = "Joined Up Care Derbyshire";
    private static final String MEMBER = "Alex Rahman";
    private static final AtomicInteger RUNS = new AtomicInteger();

    private static BrowserStack stack;

    @BeforeAll
    static void platform() throws Exception {
        stack = BrowserStack.get();
    }

    static Stream<Browser.Options> browsers() {
        String name = "CoachWorkBrowserIT";
        return Stream.of(Browser.Options.desktop().named(name), Browser.Options.phone().named(name),
                Browser.Options.desktop().withoutJavaScript().named(name));
    }

    @ParameterizedTest
    @MethodSource("browsers")
    void theCoachFindsTheLogDueFirstLeavesItHalfWrittenComesBackToTheirNotesAndSavesIt(Browser.Options options) throws Exception {
        String title = "Health inequalities deep dive " + ThreadLocalRandom.current().nextInt(1000, 9999);
        String sessionId = heldSession(title, LocalDate.now(LONDON).minusDays(2 + 2L * RUNS.getAndIncrement()));
        String notes = "Waiting lists by deprivation decile: the gap is widest for orthopaedics.";
        boolean javascript = options.javascript();
        // axe and sideways scrolling: every page at each width; without JavaScript only the log page, the one that differs

        try (Browser browser = Browser.open(stack, options)) {
            browser.signIn("coach");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/my-sessions");
            WebElement due = browser.visible(By.id("needs-log-table"));
            WebElement row = due.findElement(By.xpath(".//tr[.//a[normalize-space()='" + title + "']]"));
            assertThat(row.getText()).contains("Log locks in");
            String page = browser.driver().findElement(By.id("main-content")).getText();
            assertThat(page.indexOf("Needs your log")).as("needs your log comes first").isLessThan(page.indexOf("Upcoming sessions"));
            if (javascript) {
                check(browser, "my sessions with needs your log");
            }
            row.findElement(By.partialLinkText("Write the log")).click();

            // the log page: the equity pause is the first question
            browser.visible(By.id("notes"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/sessions/" + sessionId + "/log");
            WebElement firstQuestion = browser.driver().findElement(By.cssSelector("form[data-log-draft] .govuk-fieldset__legend"));
            assertThat(firstQuestion.getText()).isEqualTo("Was an equity pause held?");
            check(browser, "log page");
            browser.driver().findElement(By.id("notes")).sendKeys(notes);
            if (javascript) {
                // saved in the background 2 s after typing stops, announced in the live region; focus stays in the notes
                browser.waiting().until(d -> d.findElement(By.id("log-draft-status")).getText().startsWith("Draft saved at"));
                assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("notes");
                // more typing, then straight off the page without waiting: saved as the page is left
                browser.driver().findElement(By.id("notes")).sendKeys(" Transport too.");
                browser.go("/actions");
            } else {
                submit(browser, "Save as draft");
                waitForSuccess(browser, "Draft saved");
                browser.go("/actions");
            }
        }

        String expected = javascript ? notes + " Transport too." : notes;
        try (Browser browser = Browser.open(stack, options)) {
            // a new browser: the draft is on the server, not in the closed one
            browser.signIn("coach");
            browser.go("/sessions/" + sessionId + "/log");
            browser.waiting().until(d -> expected.equals(d.findElement(By.id("notes")).getAttribute("value")));
            assertThat(browser.visible(By.id("log-draft-status")).getText()).startsWith("Draft saved");
            if (javascript) {
                check(browser, "log page with its draft");
            }

            clickFor(browser, "equityPause-held-2"); // No
            clickLabel(browser, MEMBER);
            submit(browser, "Save session log");
            waitForSuccess(browser, "Session logged", title);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/sessions/" + sessionId);
            assertThat(browser.visible(By.id("session-log")).getText()).contains(expected);

            browser.go("/my-sessions");
            browser.visible(By.id("logged"));
            assertThat(browser.driver().findElements(By.xpath("//table[@id='needs-log-table']//a[normalize-space()='" + title + "']")))
                    .as("the logged session left \"Needs your log\"").isEmpty();
            assertThat(browser.driver().findElement(By.xpath("//tr[.//a[normalize-space()='" + title + "']]")).getText())
                    .contains("Logged");
            if (javascript) {
                check(browser, "my sessions after logging");
            }
        }
    }

    /** Schedules a session of the coach's with Joined Up Care Derbyshire on {@code day}, already over; answers its id. */
    private static String heldSession(String title, LocalDate day) throws InterruptedException {
        Http api = new Http(URI.create(stack.baseUrl()));
        String coach = "Bearer " + stack.token("coach");
        String coachId = Http.json(api.get("/api/people/me", coach)).get("id").asString();
        String collaborativeId = null;
        for (JsonNode collaborative : Http.json(api.get("/api/collaboratives?size=100", coach)).get("items")) {
            if (COLLABORATIVE.equals(collaborative.get("name").asString())) {
                collaborativeId = collaborative.get("id").asString();
            }
        }
        assertThat(collaborativeId).as("the coach coaches " + COLLABORATIVE).isNotNull();
        String memberId = null;
        for (JsonNode member : Http.json(api.get("/api/collaboratives/" + collaborativeId + "/participants", coach)).get("participants")) {
            if (MEMBER.equals(member.get("name").asString())) {
                memberId = member.get("personId").asString();
            }
        }
        assertThat(memberId).isNotNull();
        // early in the morning, moving on by an hour at a clash; the read model may lag just after start-up
        for (int attempt = 0; attempt < 12; attempt++) {
            LocalDateTime start = LocalDateTime.of(day, LocalTime.of(6 + attempt, 5));
            HttpResponse<String> made = api.post("/api/sessions", coach, """
                    {"collaborativeId":"%s","coachId":"%s","type":"TEAM_COACHING","title":"%s","start":"%s",
                     "durationMinutes":60,"location":"Online","inviteeIds":["%s"]}"""
                    .formatted(collaborativeId, coachId, title, start, memberId));
            if (made.statusCode() == 201) {
                return Http.json(made).get("id").asString();
            }
            if (made.statusCode() != 409) {
                Thread.sleep(2000);
            }
        }
        throw new AssertionError("the coach's past session was never scheduled");
    }

    /** Every page: a screenshot, axe, and no sideways scrolling. */
    private static void check(Browser browser, String page) {
        browser.step(page.replaceAll("[^A-Za-z0-9]+", "-"));
        browser.assertAccessible(page);
        browser.assertNoHorizontalScroll(page);
    }

    private static void waitForSuccess(Browser browser, String... parts) {
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                By.cssSelector(".app-success, .govuk-notification-banner--success")).stream()
                .anyMatch(banner -> banner.isDisplayed() && java.util.Arrays.stream(parts).allMatch(banner.getText()::contains)));
    }

    private static void submit(Browser browser, String text) {
        WebElement button = browser.visible(By.xpath("//button[normalize-space()='" + text + "']"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static void clickFor(Browser browser, String inputId) {
        WebElement label = browser.driver().findElement(By.cssSelector("label[for='" + inputId + "']"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        label.click();
    }

    private static void clickLabel(Browser browser, String text) {
        WebElement label = browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(), '" + text + "')]"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        label.click();
    }
}
