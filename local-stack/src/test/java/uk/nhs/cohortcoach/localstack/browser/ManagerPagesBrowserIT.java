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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The programme manager's pages in a real browser against the running platform: dashboard (chart and
 * table), cohorts (field error next to the field, then the list), collaboratives (enrol, add someone new,
 * add someone registered, remove, CSV import with its row report), the notification log, and the
 * member's email preferences. Each page is screenshotted and scanned with axe-core.
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
                browser.signIn("manager").go("/dashboard");
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
        try (Browser browser = Browser.open(stack)) {
            browser.signIn("manager");

            // the dashboard of the active demo cohort: progress table, no wave yet
            browser.go("/dashboard");
            assertThat(browser.visible(By.id("progress-table")).getText()).contains("Acute Hospitals Alliance", "Joined Up Care Derbyshire");
            browser.screenshot("manager-dashboard-demo");
            browser.assertAccessible("dashboard");
            // the old address still leads there
            browser.go("/admin/");
            browser.visible(By.id("progress-table"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");

            // a new cohort whose end comes before its start: the service's error is next to the end date
            String cohortName = "Phase 3 browser test " + run;
            browser.go("/admin/cohorts");
            WebElement form = browser.visible(By.id("new-cohort"));
            browser.assertAccessible("cohorts");
            field(form, "name").sendKeys(cohortName);
            field(form, "phase").sendKeys("3");
            setDate(browser, field(form, "startDate"), "2027-01-10");
            setDate(browser, field(form, "endDate"), "2027-01-01");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement endError = browser.visible(By.cssSelector("#new-cohort [data-field=endDate] .app-field-error"));
            assertThat(endError.getText()).containsIgnoringCase("after");
            assertThat(browser.driver().findElements(By.cssSelector("#new-cohort [data-field=startDate] .app-field-error"))).isEmpty();
            assertThat(browser.visible(By.cssSelector("#new-cohort .govuk-error-summary")).getText()).contains("End date");
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", endError);
            browser.screenshot("manager-cohort-field-error");
            browser.assertAccessible("cohorts with a field error");

            // fixed: created and listed
            setDate(browser, field(form, "endDate"), "2027-09-30");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText("Cohort “" + cohortName + "” created.");
            assertThat(browser.visible(By.id("cohort-list")).getText()).contains(cohortName);
            browser.screenshot("manager-cohorts-list");

            // changed: planned → active (forward only)
            browser.driver().findElement(By.xpath("//table//tr[th[normalize-space()='" + cohortName + "']]//a[starts-with(normalize-space(), 'Change')]")).click();
            WebElement edit = browser.visible(By.id("edit-cohort"));
            assertThat(new Select(field(edit, "status")).getOptions()).extracting(WebElement::getText).containsExactly("Planned", "Active", "Closed");
            new Select(field(edit, "status")).selectByValue("ACTIVE");
            browser.screenshot("manager-cohort-edit");
            browser.assertAccessible("cohort edit");
            edit.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText(cohortName + " saved.");
            String cohortId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
            assertThat(new Select(field(browser.visible(By.id("edit-cohort")), "status")).getOptions()).extracting(WebElement::getText)
                    .containsExactly("Active", "Closed");

            // a collaborative enrolled in it
            String collaborativeName = "Browser Test Collaborative " + run;
            browser.go("/admin/collaboratives?cohortId=" + cohortId);
            WebElement enrol = browser.visible(By.id("new-collaborative"));
            browser.waitForText("No collaboratives match.");
            browser.screenshot("manager-collaboratives-empty");
            browser.assertAccessible("collaboratives");
            assertThat(new Select(field(enrol, "cohortId")).getFirstSelectedOption().getText()).isEqualTo(cohortName);
            field(enrol, "name").sendKeys(collaborativeName);
            new Select(field(enrol, "sector")).selectByValue("ACUTE");
            field(enrol, "members").sendKeys("RHQ, Sheffield Teaching Hospitals");
            field(enrol, "plannedCoachingHours").clear();
            field(enrol, "plannedCoachingHours").sendKeys("24");
            field(enrol, "priority.area").sendKeys("Elective waits");
            enrol.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("/admin/collaborative?id="));
            browser.waitForText(collaborativeName + " enrolled.");
            String collaborativeId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
            browser.waitForText("Nobody is in the team yet.");

            // someone new registered and added to the team
            String newName = "Nadia Browser " + run;
            WebElement add = browser.visible(By.id("add-new-person"));
            field(add, "name").sendKeys(newName);
            field(add, "email").sendKeys("nadia." + run + "@example.nhs.uk");
            field(add, "jobTitle").sendKeys("Director of Improvement");
            field(add, "organisationOdsCode").sendKeys("RHQ");
            new Select(field(add, "leadershipRole")).selectByValue("IMPROVEMENT_LEAD");
            add.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText(newName + " registered and added to the team.");
            assertThat(teamText(browser)).contains(newName, "Improvement lead", "RHQ");

            // the team imported from a file: two good rows, one bad
            Path csv = Files.createTempFile(Path.of("target").toAbsolutePath(), "team-", ".csv");
            Files.writeString(csv, "name,email,job_title,organisation_ods_code,leadership_role\n"
                    + "\"Lovelace, Ada " + run + "\",ada." + run + "@example.nhs.uk,Chief Executive,RHQ,chief executive\n"
                    + "Grace Hopper " + run + ",grace." + run + "@example.nhs.uk,,,IMPROVEMENT_LEAD\n"
                    + "Bad Row " + run + ",not-an-email,,,chair\n");
            WebElement importForm = browser.visible(By.id("import-team"));
            importForm.findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
            importForm.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement report = browser.visible(By.cssSelector("#import-report table"));
            String summary = browser.visible(By.id("import-summary")).getText();
            assertThat(summary).contains("2 added", "1 not imported");
            assertThat(report.getText()).contains("Row", "ada." + run + "@example.nhs.uk", "Not imported", "Bad Row " + run, "email");
            assertThat(report.findElements(By.xpath(".//tr[td[contains(., 'Not imported')]]"))).hasSize(1);
            assertThat(report.findElement(By.xpath(".//tr[td[contains(., 'Not imported')]]")).getText()).contains("4", "well-formed email");
            browser.waiting().until(d -> teamText(browser).contains("Grace Hopper " + run));
            assertThat(teamText(browser)).contains("Lovelace, Ada " + run, "Chief executive");
            browser.driver().executeScript("document.getElementById('import-report').scrollIntoView()");
            browser.screenshot("manager-team-import-report");
            browser.assertAccessible("collaborative with import report");

            // someone already registered (the demo member) added to the team
            WebElement find = browser.visible(By.id("find-person"));
            field(find, "name").sendKeys("Rahman");
            find.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement existing = browser.visible(By.id("add-existing-person"));
            assertThat(new Select(field(existing, "personId")).getFirstSelectedOption().getText()).contains("Alex Rahman");
            new Select(field(existing, "leadershipRole")).selectByValue("PUBLIC_HEALTH_LEAD");
            existing.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText("Alex Rahman added to the team.");
            browser.waiting().until(d -> teamText(browser).contains("Alex Rahman"));

            // removed again, after confirming
            browser.driver().findElement(By.xpath("//div[@id='team']//tr[th[normalize-space()='Alex Rahman']]//button")).click();
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitForText("Alex Rahman removed from the team.");
            assertThat(browser.driver().findElement(By.cssSelector("#team table")).getText()).doesNotContain("Alex Rahman").contains(newName);
            browser.driver().executeScript("window.scrollTo(0, 0)");
            browser.screenshot("manager-collaborative-team");
            browser.assertAccessible("collaborative");

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
                String answered = (String) browser.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const token = arguments[0];
                        import('/assets/app.js').then(async ({ api }) => {
                          const survey = await api('GET', '/api/respond/' + token);
                          const stages = ['JUST_STARTED', 'UNDERWAY', 'SUBSTANTIAL_PROGRESS'];
                          const answers = {};
                          survey.components.forEach((c, i) => c.statements.forEach((s) => { answers[s.id] = stages[i % 3]; }));
                          return api('POST', '/api/respond/' + token + '/submit', { answers, comments: {} });
                        }).then((r) => done(r.status), (e) => done('ERROR ' + e.message));
                        """, token);
                assertThat(answered).isEqualTo("SUBMITTED");
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
            browser.go("/admin/notifications");
            WebElement log = browser.visible(By.id("delivery-log"));
            assertThat(log.getText()).contains("Survey invitation", "Delivered");
            browser.screenshot("manager-notifications");
            browser.assertAccessible("notifications");
            WebElement filter = browser.visible(By.id("filter"));
            new Select(field(filter, "status")).selectByValue("DELIVERED");
            new Select(field(filter, "purpose")).selectByValue("SURVEY_INVITATION");
            filter.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("status=DELIVERED"));
            log = browser.visible(By.id("delivery-log"));
            assertThat(log.findElements(By.cssSelector("tbody tr"))).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getText()).contains("Survey invitation", "Delivered"));
            new Select(field(browser.visible(By.id("filter")), "status")).selectByValue("TECHNICAL_FAILURE");
            browser.driver().findElement(By.cssSelector("#filter button[type=submit]")).click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("status=TECHNICAL_FAILURE"));
            browser.waitForText("No messages match.");
        }
    }

    @Test
    void aMemberTurnsRemindersOffAndOnAgain() throws Exception {
        try (Browser browser = Browser.open(stack)) {
            browser.signIn("member");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/preferences");
            WebElement form = browser.visible(By.id("preferences"));
            browser.assertAccessible("preferences");
            form.findElement(By.xpath(".//label[normalize-space()='No, do not send me reminders']")).click();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText("Saved: you will not get reminder emails.");
            browser.screenshot("member-preferences-saved");
            browser.assertAccessible("preferences saved");

            browser.go("/admin/preferences");
            form = browser.visible(By.id("preferences"));
            assertThat(form.findElement(By.cssSelector("input[name=reminders][value=false]")).isSelected()).isTrue();
            assertThat(browser.visible(By.id("preferences-updated")).getText()).startsWith("Last changed");
            form.findElement(By.xpath(".//label[normalize-space()='Yes, send me reminders']")).click();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText("Saved: you will get reminder emails.");
        }
    }

    private static WebElement field(WebElement form, String name) {
        return form.findElement(By.name(name));
    }

    /** Date inputs take keys in the browser's locale order; set the value as the page would read it. */
    private static void setDate(Browser browser, WebElement input, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, isoDate);
    }

    private static String teamText(Browser browser) {
        return browser.driver().findElement(By.id("team")).getText();
    }

    /** Calls the API from the signed-in page through app.js (cookie session, CSRF header) and answers the JSON. */
    private static String api(Browser browser, String method, String path, String json) {
        Object answer = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/assets/app.js').then(({ api }) => api(arguments[0], arguments[1], arguments[2] ? JSON.parse(arguments[2]) : null))
                  .then((r) => done(JSON.stringify(r)), (e) => done('ERROR ' + e.status + ' ' + JSON.stringify(e.problem || e.message)));
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
