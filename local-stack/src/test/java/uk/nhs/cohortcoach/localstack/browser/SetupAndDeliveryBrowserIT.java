package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The programme manager sets up a cohort with the set-up task list and finds an email in the delivery log: the task list
 * says what is next and its link leads there; the log is searched by a person's name and filtered by purpose (with
 * JavaScript and without), and a survey invitation's page shows what it said without the person's survey link. At 1280
 * and 360 px, every page scanned with axe-core, no sideways scrolling at 360.
 */
class SetupAndDeliveryBrowserIT {

    private static BrowserStack stack;

    @BeforeAll
    static void platform() throws Exception {
        stack = BrowserStack.get();
    }

    @Test
    void aManagerFollowsTheSetUpTaskListAndFindsASurveyInvitationWithoutItsLink() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String personName = "Zara Setupcheck" + run;
        String email = "zara." + run + "@example.nhs.uk";
        String collaborativeName = "Set-up Browser Collaborative " + run;
        String cohortId;
        String messageId;
        try (Browser browser = Browser.open(stack, Browser.Options.desktop().named("SetupAndDeliveryBrowserIT.journey"))) {
            browser.signIn("manager");
            // a new cohort with one collaborative whose team has one person: no lead named, no coaching plan, no wave
            LocalDate today = LocalDate.now();
            cohortId = JsonPath.read(api(browser, "POST", "/api/cohorts", "{\"name\":\"Set-up browser test " + run + "\",\"phase\":5,"
                    + "\"startDate\":\"" + today.minusDays(1) + "\",\"endDate\":\"" + today.plusMonths(6) + "\",\"status\":\"ACTIVE\"}"), "$.id");
            String collaborativeId = JsonPath.read(api(browser, "POST", "/api/cohorts/" + cohortId + "/collaboratives",
                    "{\"name\":\"" + collaborativeName + "\",\"sector\":\"ACUTE\"}"), "$.id");
            String personId = JsonPath.read(api(browser, "POST", "/api/people", "{\"name\":\"" + personName + "\",\"email\":\"" + email
                    + "\",\"roles\":[\"PARTICIPANT\"]}"), "$.id");
            api(browser, "POST", "/api/collaboratives/" + collaborativeId + "/participants",
                    "{\"personId\":\"" + personId + "\",\"leadershipRole\":\"CHAIR\"}");

            // the cohort's page links to its set-up; the task list says what is next, and the link goes there
            browser.go("/cohorts/" + cohortId);
            browser.visible(By.id("setup-link")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/cohorts/" + cohortId + "/setup"));
            WebElement next = browser.visible(By.cssSelector("#setup-next a"));
            assertThat(next.getText()).isEqualTo("add the team for " + collaborativeName);
            assertThat(browser.visible(By.id("task-team-" + collaborativeId)).getText()).contains("1 person in the team", "Incomplete");
            assertThat(browser.visible(By.id("task-plan-" + collaborativeId)).getText()).contains("No coach", "Incomplete");
            assertThat(browser.visible(By.id("task-baseline")).getText()).contains("Incomplete");
            browser.step("setup");
            browser.assertAccessible("set-up task list");
            next.click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/collaboratives/" + collaborativeId + "/change"));
            browser.visible(By.id("seniorResponsibleOfficer"));
            browser.step("setup-next");

            // a baseline wave opened now: the person's invitation is sent (through the local log channel)
            Instant now = Instant.now();
            String waveId = JsonPath.read(api(browser, "POST", "/api/waves", "{\"cohortId\":\"" + cohortId + "\",\"label\":\"baseline\","
                    + "\"frameworkId\":\"improving-equitably\",\"frameworkNumber\":1,\"opensAt\":\"" + now.minusSeconds(60) + "\",\"closesAt\":\""
                    + now.plus(Duration.ofDays(20)) + "\"}"), "$.id");
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertThat((List<?>) JsonPath.read(api(browser, "GET", "/api/notifications?q=" + run + "&purpose=SURVEY_INVITATION"
                            + "&status=DELIVERED", null), "$.items")).hasSize(1));
            browser.go("/cohorts/" + cohortId + "/setup");
            assertThat(browser.visible(By.id("task-baseline")).getText()).contains("Baseline is", "Completed");
            assertThat(waveId).isNotBlank();

            // the delivery log searched by part of the name, filtered by purpose; the message without the survey link
            messageId = searchAndOpen(browser, "setupcheck" + run);
            String token = surveyToken(email);
            WebElement content = browser.visible(By.id("content"));
            assertThat(content.getText()).contains("[personal survey link removed]", personName);
            assertThat(browser.driver().getPageSource()).doesNotContain(token).doesNotContain("/respond/");
            assertThat(browser.visible(By.id("attempts")).getText()).contains("Log (not sent)", "Delivered");
            browser.step("message");
            browser.assertAccessible("message");
            browser.driver().findElement(By.cssSelector(".govuk-back-link")).click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("q=setupcheck" + run) && d.getCurrentUrl().contains("purpose=SURVEY_INVITATION"));
        }

        try (Browser phone = Browser.open(stack, Browser.Options.phone().named("SetupAndDeliveryBrowserIT.journey"))) {
            phone.signIn("manager");
            phone.go("/cohorts/" + cohortId + "/setup");
            phone.visible(By.id("setup-count"));
            phone.assertNoHorizontalScroll("set-up task list");
            phone.assertAccessible("set-up task list");
            searchAndOpen(phone, "setupcheck" + run);
            phone.assertNoHorizontalScroll("message");
            phone.assertAccessible("message");
        }

        try (Browser noScript = Browser.open(stack, Browser.Options.desktop().withoutJavaScript().named("SetupAndDeliveryBrowserIT.journey"))) {
            noScript.signIn("manager");
            assertThat(searchAndOpen(noScript, personName.toUpperCase())).isEqualTo(messageId);
        }
    }

    /** Searches the log for the text, filters it to survey invitations, checks the one row and opens it; answers the message's id. */
    private static String searchAndOpen(Browser browser, String text) {
        browser.go("/notifications");
        WebElement filter = browser.visible(By.id("filter"));
        filter.findElement(By.id("q")).sendKeys(text);
        new Select(filter.findElement(By.id("purpose"))).selectByValue("SURVEY_INVITATION");
        filter.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("purpose=SURVEY_INVITATION") && d.getCurrentUrl().contains("q="));
        List<WebElement> rows = browser.visible(By.id("delivery-log")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Survey invitation", "Delivered");
        if (browser.options().width() >= 1280) {
            assertThat(rows.get(0).getSize().getHeight()).as("one line a message at 1280 px").isLessThan(60);
        }
        browser.step("delivery-log-searched");
        if (!browser.options().javascript() || browser.options().width() < 1280) {
            browser.assertAccessible("delivery log searched");
        }
        if (browser.options().width() < 1280) {
            browser.assertNoHorizontalScroll("delivery log searched");
        }
        String id = rows.get(0).getAttribute("data-id");
        rows.get(0).findElement(By.cssSelector("a[href^=\"/notifications/" + id + "\"]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/notifications/" + id));
        browser.visible(By.id("content-heading"));
        return id;
    }

    /** The survey link's token the local email channel wrote to notification-service's log for this address. */
    private static String surveyToken(String email) throws Exception {
        String log = Files.readString(stack.log("notification-service"));
        Matcher m = Pattern.compile("To:\\s+" + Pattern.quote(email) + "\\R(?:\\s+.*\\R){1,8}?\\s+survey_link: (\\S+)").matcher(log);
        assertThat(m.find()).as("the invitation was written to the log with its link").isTrue();
        String link = m.group(1);
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String api(Browser browser, String method, String path, String json) {
        Object answer = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const xsrf = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
                fetch(arguments[1], {method: arguments[0], credentials: 'same-origin', body: arguments[2],
                    headers: {'Content-Type': 'application/json', Accept: 'application/json',
                              'X-XSRF-TOKEN': xsrf ? decodeURIComponent(xsrf.substring(11)) : ''}})
                  .then(async (r) => done(r.ok ? await r.text() : 'ERROR ' + r.status + ' ' + await r.text()), (e) => done('ERROR ' + e));
                """, method, path, json);
        assertThat(String.valueOf(answer)).as("%s %s", method, path).doesNotStartWith("ERROR");
        return String.valueOf(answer);
    }
}
