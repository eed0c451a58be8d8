package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The programme manager's pages in a real browser against the running platform: dashboard (chart and
 * table), cohorts (field error next to the field, then the list), a cohort's collaboratives and a
 * collaborative's team (enrol, register someone new, CSV import with its row report, add someone
 * registered, remove through the confirmation page), the notification log with its filters, and the
 * member's email preferences. Each page is screenshotted and scanned with axe-core; the team, the log and
 * the preferences also on a phone (360 px, no sideways scrolling) and with JavaScript off.
 */
class ManagerPagesBrowserIT {

    private static BrowserStack stack;

    @BeforeAll
    static void platform() throws Exception {
        stack = BrowserStack.get();
    }

    @Test
    void theDashboardReadsAtPhoneSizeAndWithoutJavaScriptAndAnotherCohortCanBeChosen() throws Exception {
        for (Browser.Options options : java.util.List.of(Browser.Options.phone(), Browser.Options.desktop().withoutJavaScript(),
                Browser.Options.phone().withoutJavaScript())) {
            try (Browser browser = Browser.open(stack, options.named("ManagerPagesBrowserIT.dashboard"))) {
                browser.signIn("manager").go("/dashboard?cohortId=" + BrowserStack.DEMO_ACTIVE_COHORT);
                assertThat(browser.visible(By.id("progress-table")).getText()).contains("Acute Hospitals Alliance");
                browser.assertNoHorizontalScroll("dashboard");
                browser.assertAccessible("dashboard");
                Select cohorts = new Select(browser.driver().findElement(By.id("cohortId")));
                String other = cohorts.getOptions().stream().filter(o -> !o.isSelected()).findFirst().orElseThrow().getAttribute("value");
                cohorts.selectByValue(other);
                browser.driver().findElement(By.cssSelector("#choose-cohort button")).click();
                browser.waiting().until(d -> d.getCurrentUrl().endsWith("cohortId=" + other));
                browser.visible(By.id("cohort-name"));
                browser.assertNoHorizontalScroll("dashboard of another cohort");
                browser.assertAccessible("dashboard of another cohort");
                browser.step("dashboard-other-cohort");
            }
        }
    }

    @Test
    void aManagerSetsUpACohortAndItsTeamAndSeesTheResults() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (Browser browser = Browser.open(stack, Browser.Options.desktop().named("aManagerSetsUpACohortAndItsTeamAndSeesTheResults"))) {
            browser.signIn("manager");

            // the dashboard of the active demo cohort: progress table, no wave yet
            browser.go("/dashboard?cohortId=" + BrowserStack.DEMO_ACTIVE_COHORT);
            assertThat(browser.visible(By.id("progress-table")).getText()).contains("Acute Hospitals Alliance", "Joined Up Care Derbyshire");
            browser.screenshot("manager-dashboard-demo");
            browser.assertAccessible("dashboard");
            // the old address still leads there
            browser.go("/admin/");
            browser.visible(By.id("progress-table"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");

            // a new cohort whose end comes before its start: the service's error is next to the end date
            String cohortName = "Phase 3 browser test " + run;
            browser.go("/cohorts");
            WebElement form = browser.visible(By.cssSelector("form[action='/cohorts']"));
            browser.assertAccessible("cohorts");
            fillCohort(browser, cohortName, "2027-01-10", "2027-01-01");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement endError = browser.visible(By.id("endDate-error"));
            assertThat(endError.getText()).containsIgnoringCase("after");
            assertThat(browser.driver().findElements(By.id("startDate-error"))).isEmpty();
            WebElement summaryLink = browser.visible(By.cssSelector(".govuk-error-summary a[href='#endDate-day']"));
            assertThat(endError.getText()).endsWith(summaryLink.getText()); // the same words, "Error:" before the field's
            browser.step("cohort-field-error");
            browser.assertAccessible("cohorts with a field error");

            // fixed: created and listed; made active (no page changes a cohort's status yet: through the API)
            WebElement endDay = browser.driver().findElement(By.id("endDate-day"));
            endDay.clear();
            endDay.sendKeys("30");
            WebElement endMonth = browser.driver().findElement(By.id("endDate-month"));
            endMonth.clear();
            endMonth.sendKeys("9");
            browser.driver().findElement(By.cssSelector("form[action='/cohorts'] button[type=submit]")).click();
            browser.waitForText("Cohort " + cohortName + " created");
            String cohortId = cohortIdFromList(browser, cohortName);
            browser.step("cohorts-list");
            String cohort = api(browser, "GET", "/api/cohorts/" + cohortId, null);
            api(browser, "PUT", "/api/cohorts/" + cohortId, "{\"name\":\"" + cohortName + "\",\"phase\":3,\"startDate\":\"2027-01-10\","
                    + "\"endDate\":\"2027-09-30\",\"status\":\"ACTIVE\",\"version\":" + JsonPath.read(cohort, "$.version") + "}");

            // the team built on the cohort's and the collaborative's pages
            String collaborativeName = "Browser Test Collaborative " + run;
            String collaborativeId = buildTeam(browser, cohortId, collaborativeName, run);

            // two more people (through the API) so the team has five, then a survey wave all five answer
            for (String who : List.of("Omar", "Ruth")) {
                String person = api(browser, "POST", "/api/people", "{\"name\":\"" + who + " Browser " + run + "\",\"email\":\"" + who.toLowerCase()
                        + "." + run + "@example.nhs.uk\",\"roles\":[\"PARTICIPANT\"]}");
                api(browser, "POST", "/api/collaboratives/" + collaborativeId + "/participants",
                        "{\"personId\":\"" + JsonPath.read(person, "$.id") + "\",\"leadershipRole\":\"OTHER\"}");
            }
            Instant now = Instant.now();
            List<String> emails = List.of("nadia", "ada", "grace", "omar", "ruth").stream().map(n -> n + "." + run + "@example.nhs.uk").toList();
            String wave = api(browser, "POST", "/api/waves", "{\"cohortId\":\"" + cohortId + "\",\"label\":\"baseline\",\"frameworkId\":\"improving-equitably\","
                    + "\"frameworkNumber\":1,\"opensAt\":\"" + now.minusSeconds(60) + "\",\"closesAt\":\"" + now.plus(Duration.ofDays(20)) + "\"}");
            // all five are invited: at once when survey-service already knows the team, else by its wave job (every minute)
            String waveId = JsonPath.read(wave, "$.id");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat((Integer) JsonPath.read(api(browser, "GET", "/api/waves/" + waveId, null), "$.counts.invited")).isEqualTo(5));
            List<String> links = surveyLinks(emails);
            for (String link : links) {
                String token = link.substring(link.lastIndexOf('/') + 1);
                browser.answerSurvey(token, step -> step % 3 + 1); // web's survey pages, as the member would
            }

            // the dashboard of the new cohort: the chart and the table with the same figures
            browser.go("/dashboard?cohortId=" + cohortId);
            browser.visible(By.id("maturity-table-chart")); // drawn from the table by charts.mjs
            WebElement maturity = browser.visible(By.id("maturity-table"));
            assertThat(maturity.getText()).contains(collaborativeName, "Underway", "Substantial progress", "Just started");
            assertThat(browser.driver().findElement(By.id("progress-table")).getText()).contains(collaborativeName, "0 of 24", "100");
            Object drawn = browser.driver().executeScript("const c = document.getElementById('maturity-table-chart'); return c.width > 0 && !!window.Chart.getChart(c);");
            assertThat(drawn).isEqualTo(true);
            browser.driver().executeScript("document.getElementById('maturity').scrollIntoView()");
            browser.screenshot("manager-dashboard-chart");
            browser.driver().executeScript("window.scrollTo(0, 0)");
            browser.screenshot("manager-dashboard-top");
            browser.assertAccessible("dashboard with results");

            // the notification log: the survey invitations went through the log channel
            checkNotificationLog(browser, true);
        }
    }

    /** The browsers each journey runs in: desktop, phone, and (the main journeys) desktop and phone with JavaScript off. */
    static Stream<Browser.Options> everyBrowser() {
        return Stream.of(Browser.Options.desktop(), Browser.Options.phone(), Browser.Options.desktop().withoutJavaScript(),
                Browser.Options.phone().withoutJavaScript());
    }

    @ParameterizedTest
    @MethodSource("everyBrowser")
    void aMemberTurnsRemindersOffAndOnAgain(Browser.Options options) throws Exception {
        try (Browser browser = Browser.open(stack, options.named("aMemberTurnsRemindersOffAndOnAgain"))) {
            signIn(browser, "member", "/preferences");
            WebElement form = browser.visible(By.id("preferences"));
            browser.assertAccessible("preferences");
            browser.assertNoHorizontalScroll("preferences");
            form.findElement(By.xpath(".//label[normalize-space()='No, do not send me reminders']")).click();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText("Saved: you will not get reminder emails");
            browser.step("saved-off");
            browser.assertAccessible("preferences saved");

            browser.go("/admin/preferences"); // the old address still works: 301 to the new one
            assertThat(browser.driver().getCurrentUrl()).endsWith("/preferences").doesNotContain("/admin/");
            form = browser.visible(By.id("preferences"));
            assertThat(form.findElement(By.cssSelector("input[name=reminders][value=false]")).isSelected()).isTrue();
            assertThat(browser.visible(By.id("preferences-updated")).getText()).startsWith("Last changed");
            form.findElement(By.xpath(".//label[normalize-space()='Yes, send me reminders']")).click();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText("Saved: you will get reminder emails");
            assertThat(browser.visible(By.id("preferences")).findElement(By.cssSelector("input[name=reminders][value=true]")).isSelected()).isTrue();
        }
    }

    /** The team-building journey alone, on a phone and with JavaScript off (the full journey above runs on a desktop). */
    static Stream<Browser.Options> otherBrowsers() {
        return Stream.of(Browser.Options.phone(), Browser.Options.desktop().withoutJavaScript(), Browser.Options.phone().withoutJavaScript());
    }

    @ParameterizedTest
    @MethodSource("otherBrowsers")
    void aManagerBuildsATeamAndReadsTheNotificationLog(Browser.Options options) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        try (Browser browser = Browser.open(stack, options.named("aManagerBuildsATeamAndReadsTheNotificationLog"))) {
            signIn(browser, "manager", "/cohorts");
            String cohortName = "Team browser test " + run;
            fillCohort(browser, cohortName, "2027-01-10", "2027-09-30");
            browser.driver().findElement(By.cssSelector("form[action='/cohorts'] button[type=submit]")).click();
            browser.waitForText("Cohort " + cohortName + " created");
            buildTeam(browser, cohortIdFromList(browser, cohortName), "Team Browser Collaborative " + run, run);
            checkNotificationLog(browser, false);
        }
    }

    /**
     * On the cohort's page, enrols a collaborative; on its pages registers someone new, imports two more from
     * a file (a third row refused), adds the demo member (someone registered) and removes them again through
     * the confirmation page. Every page scanned with axe and checked for sideways scrolling. Answers the
     * collaborative's id.
     */
    private static String buildTeam(Browser browser, String cohortId, String collaborativeName, String run) throws Exception {
        browser.go("/cohorts/" + cohortId);
        WebElement enrol = browser.visible(By.id("new-collaborative"));
        browser.waitForText("There are no collaboratives in this cohort yet.");
        browser.assertAccessible("cohort's collaboratives");
        browser.assertNoHorizontalScroll("cohort's collaboratives");
        field(enrol, "name").sendKeys(collaborativeName);
        new Select(field(enrol, "sector")).selectByValue("ACUTE");
        field(enrol, "members").sendKeys("RHQ, Sheffield Teaching Hospitals");
        field(enrol, "plannedCoachingHours").clear();
        field(enrol, "plannedCoachingHours").sendKeys("24");
        field(enrol, "priorityArea").sendKeys("Elective waits");
        enrol.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/collaboratives/[^/?]+$"));
        browser.waitForText(collaborativeName + " enrolled. Now add its team");
        String collaborativeId = browser.driver().getCurrentUrl().replaceAll(".*/collaboratives/([^/?]+)$", "$1");
        browser.waitForText("Nobody is in the team yet.");
        browser.step("collaborative-enrolled");
        browser.assertAccessible("collaborative, no team");
        browser.assertNoHorizontalScroll("collaborative, no team");

        // someone new registered and added to the team
        String newName = "Nadia Browser " + run;
        browser.driver().findElement(By.id("add-new")).click();
        WebElement add = browser.visible(By.id("add-new-person"));
        browser.assertAccessible("register someone new");
        browser.assertNoHorizontalScroll("register someone new");
        field(add, "name").sendKeys(newName);
        field(add, "email").sendKeys("nadia." + run + "@example.nhs.uk");
        field(add, "jobTitle").sendKeys("Director of Improvement");
        field(add, "organisationOdsCode").sendKeys("RHQ");
        new Select(field(add, "leadershipRole")).selectByValue("IMPROVEMENT_LEAD");
        add.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(newName + " registered and added to the team");
        assertThat(teamText(browser)).contains(newName, "Improvement lead", "RHQ");

        // the team imported from a file: two good rows, one bad
        Path csv = Files.createTempFile(Path.of("target").toAbsolutePath(), "team-", ".csv");
        Files.writeString(csv, "name,email,job_title,organisation_ods_code,leadership_role\n"
                + "\"Lovelace, Ada " + run + "\",ada." + run + "@example.nhs.uk,Chief Executive,RHQ,chief executive\n"
                + "Grace Hopper " + run + ",grace." + run + "@example.nhs.uk,,,IMPROVEMENT_LEAD\n"
                + "Bad Row " + run + ",not-an-email,,,chair\n");
        browser.driver().findElement(By.id("import")).click();
        WebElement importForm = browser.visible(By.id("import-team"));
        importForm.findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        importForm.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement report = browser.visible(By.cssSelector("#import-report table"));
        assertThat(browser.visible(By.id("import-summary")).getText()).contains("2 added", "1 not imported");
        assertThat(report.getText()).contains("Row", "ada." + run + "@example.nhs.uk", "Not imported", "Bad Row " + run, "email");
        List<WebElement> refused = report.findElements(By.xpath(".//tr[td[contains(., 'Not imported')]]"));
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).getText()).contains("4", "email");
        browser.driver().executeScript("document.getElementById('import-report').scrollIntoView()");
        browser.step("import-report");
        browser.assertAccessible("import report");
        browser.assertNoHorizontalScroll("import report");
        browser.driver().findElement(By.linkText("See the team")).click();
        browser.waiting().until(d -> teamText(browser).contains("Grace Hopper " + run));
        assertThat(teamText(browser)).contains("Lovelace, Ada " + run, "Chief executive");

        // someone already registered (the demo member) added to the team
        browser.driver().findElement(By.id("add-existing")).click();
        WebElement find = browser.visible(By.id("find-person"));
        field(find, "name").sendKeys("Rahman");
        find.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement existing = browser.visible(By.id("add-existing-person"));
        browser.assertAccessible("add someone registered");
        browser.assertNoHorizontalScroll("add someone registered");
        assertThat(new Select(field(existing, "personId")).getFirstSelectedOption().getText()).contains("Alex Rahman");
        new Select(field(existing, "leadershipRole")).selectByValue("PUBLIC_HEALTH_LEAD");
        existing.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText("Alex Rahman added to the team");
        assertThat(teamText(browser)).contains("Alex Rahman");

        // removed again, through the confirmation page
        browser.driver().findElement(By.xpath("//div[@id='team']//tr[th[normalize-space()='Alex Rahman']]//a[starts-with(normalize-space(), 'Remove')]")).click();
        browser.visible(By.xpath("//h1[contains(., 'Are you sure you want to remove Alex Rahman')]"));
        browser.step("remove-confirmation");
        browser.assertAccessible("remove confirmation");
        browser.assertNoHorizontalScroll("remove confirmation");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Remove from team']")).click();
        browser.waitForText("Alex Rahman removed from the team");
        assertThat(browser.driver().findElement(By.cssSelector("#team table")).getText()).doesNotContain("Alex Rahman").contains(newName);
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.step("collaborative-team");
        browser.assertAccessible("collaborative");
        browser.assertNoHorizontalScroll("collaborative");
        return collaborativeId;
    }

    /**
     * The delivery log, then filtered by status and purpose (a GET form: the filters are in the address).
     * {@code invitationsSent}: this run's survey invitations went out, so delivered ones must be listed;
     * otherwise whether any are depends on what ran before, and the filtered log may be empty.
     */
    private static void checkNotificationLog(Browser browser, boolean invitationsSent) {
        browser.go("/notifications");
        browser.visible(By.id("filter"));
        if (invitationsSent) {
            assertThat(browser.visible(By.id("delivery-log")).getText()).contains("Survey invitation", "Delivered");
        }
        browser.assertAccessible("notifications");
        browser.assertNoHorizontalScroll("notifications");
        WebElement filter = browser.visible(By.id("filter"));
        new Select(field(filter, "status")).selectByValue("DELIVERED");
        new Select(field(filter, "purpose")).selectByValue("SURVEY_INVITATION");
        filter.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("status=DELIVERED") && d.getCurrentUrl().contains("purpose=SURVEY_INVITATION"));
        if (invitationsSent || !browser.driver().findElements(By.id("delivery-log")).isEmpty()) {
            assertThat(browser.visible(By.id("delivery-log")).findElements(By.cssSelector("tbody tr"))).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getText()).contains("Survey invitation", "Delivered"));
        } else {
            browser.waitForText("No messages match.");
        }
        browser.step("notifications-filtered");
        browser.assertNoHorizontalScroll("notifications filtered");
        new Select(field(browser.visible(By.id("filter")), "status")).selectByValue("TECHNICAL_FAILURE");
        browser.driver().findElement(By.cssSelector("#filter button[type=submit]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("status=TECHNICAL_FAILURE"));
        browser.waitForText("No messages match.");
    }

    /**
     * Signs in on the sign-in page asking to come back to {@code next}, and waits to be there, signed in.
     */
    private static void signIn(Browser browser, String username, String next) {
        browser.go("/sign-in?next=" + next);
        browser.visible(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> d.getCurrentUrl().endsWith(next) && !d.findElements(By.id("sign-out")).isEmpty());
        } catch (TimeoutException notSignedIn) {
            throw new AssertionError("not signed in on " + next + " but on " + browser.driver().getCurrentUrl() + "; the page said:\n"
                    + browser.driver().findElement(By.tagName("body")).getText(), notSignedIn);
        }
    }

    /** Fills the "create a cohort" form on /cohorts (dates as yyyy-mm-dd). */
    private static void fillCohort(Browser browser, String name, String start, String end) {
        browser.visible(By.id("name")).sendKeys(name);
        browser.driver().findElement(By.id("phase")).sendKeys("3");
        date(browser, "startDate", start);
        date(browser, "endDate", end);
    }

    private static void date(Browser browser, String id, String iso) {
        String[] parts = iso.split("-");
        browser.driver().findElement(By.id(id + "-day")).sendKeys(parts[2]);
        browser.driver().findElement(By.id(id + "-month")).sendKeys(parts[1]);
        browser.driver().findElement(By.id(id + "-year")).sendKeys(parts[0]);
    }

    /** The id of the cohort named so, from its link in the cohorts list ({@code /cohorts/{id}}). */
    private static String cohortIdFromList(Browser browser, String name) {
        String href = browser.visible(By.xpath("//table//a[normalize-space()='" + name + "']")).getAttribute("href");
        return href.replaceAll(".*/cohorts/([^/?]+).*", "$1");
    }

    private static WebElement field(WebElement form, String name) {
        return form.findElement(By.name(name));
    }

    private static String teamText(Browser browser) {
        return browser.driver().findElement(By.id("team")).getText();
    }

    /**
     * Calls the API from the signed-in page as a script of the page would (the session cookie, the CSRF cookie's
     * value in {@code X-XSRF-TOKEN}) and answers the JSON.
     */
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

    /** The survey links the local email channel wrote to notification-service's log for these addresses. */
    private static List<String> surveyLinks(List<String> emails) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            String log = Files.readString(stack.log("notification-service"));
            List<String> links = new ArrayList<>();
            for (String email : emails) {
                Matcher m = Pattern.compile("To:\\s+" + Pattern.quote(email) + "\\R(?:\\s+.*\\R){1,8}?\\s+survey_link: (\\S+)").matcher(log);
                if (m.find()) {
                    links.add(m.group(1));
                }
            }
            if (links.size() == emails.size()) {
                return links;
            }
            assertThat(System.nanoTime()).as("survey links for %s in the email log (found %s)", emails, links).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

}
