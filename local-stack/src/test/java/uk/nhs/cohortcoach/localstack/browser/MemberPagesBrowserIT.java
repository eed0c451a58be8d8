package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * A collaborative's member's pages end to end, as the demo account {@code member} (Alex Rahman, Joined Up Care
 * Derbyshire): they sign in and land on "Our collaborative", see their sessions (an upcoming one with "Add to calendar",
 * whose .ics is fetched; a past one with the actions agreed, theirs first), mark their own action done, and on "My
 * surveys" ask for their survey link again: a new link is emailed (read from notification-service's email log), it
 * answers, and the old one is "not recognised". Every page at 1280 and 360 px (axe-core, no sideways scroll at 360);
 * the main journey also with JavaScript off (reopening the action; asking again within the minute is refused, in
 * words). Set-up through the API: the coach books a session and records one that took place with two actions; the
 * manager opens a wave through the survey page.
 */
class MemberPagesBrowserIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String UPCOMING = "Member journey: next steps";
    private static final String HELD = "Member journey: asthma data review";
    private static final String MINE = "Member journey: share the asthma data";
    private static final String THEIRS = "Member journey: book the venue";

    private static BrowserStack stack;
    private static Http api;
    private static String memberBearer;
    private static String memberEmail;

    @BeforeAll
    static void platform() throws Exception {
        stack = BrowserStack.get();
        api = new Http(URI.create(stack.baseUrl()));
        memberBearer = "Bearer " + stack.token("member");
        String coachBearer = "Bearer " + stack.token("coach");
        JsonNode member = Http.json(api.get("/api/people/me", memberBearer));
        String memberId = member.get("id").asString();
        memberEmail = member.get("email").asString();
        String coachId = Http.json(api.get("/api/people/me", coachBearer)).get("id").asString();
        String collaborativeId = Http.json(api.get("/api/collaboratives?size=100", memberBearer)).get("items").get(0).get("id").asString();
        List<String> team = new ArrayList<>();
        Http.json(api.get("/api/collaboratives/" + collaborativeId + "/participants", coachBearer)).get("participants")
                .forEach(p -> team.add(p.get("personId").asString()));
        String teammate = team.stream().filter(id -> !id.equals(memberId)).findFirst().orElseThrow();
        String invitees = "[" + String.join(",", team.stream().map(id -> "\"" + id + "\"").toList()) + "]";
        LocalDate today = LocalDate.now(LONDON);

        HttpResponse<String> booked = api.post("/api/sessions", coachBearer, """
                {"collaborativeId":"%s","coachId":"%s","type":"TEAM_COACHING","title":"%s","start":"%sT07:30",
                 "durationMinutes":60,"location":"Board room, Derby","inviteeIds":%s}"""
                .formatted(collaborativeId, coachId, UPCOMING, today.plusDays(23), invitees));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        HttpResponse<String> held = api.post("/api/sessions/held", coachBearer, """
                {"collaborativeId":"%s","coachId":"%s","type":"WORKSHOP","title":"%s","start":"%sT07:30","durationMinutes":60,
                 "location":"Online","inviteeIds":%s,
                 "log":{"attendeeIds":%s,"notes":"Looked at who is missing from the clinics.","themes":["EMBEDDING_EQUITY"],
                  "equityPause":{"held":true,"surfaced":"Traveller families miss follow-up"},
                  "actions":[{"description":"%s","ownerId":"%s","dueDate":"%s"},
                             {"description":"%s","ownerId":"%s","dueDate":"%s"}]}}"""
                .formatted(collaborativeId, coachId, HELD, today.minusDays(3), invitees, invitees, MINE, memberId,
                        today.plusDays(30), THEIRS, teammate, today.plusDays(10)));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
    }

    @Test
    void aMemberSeesTheirCollaborativeSessionsActionsAndSurveysAndGetsANewSurveyLink() throws Exception {
        Path emailLog = stack.log("notification-service");
        long logStart = Files.exists(emailLog) ? Files.size(emailLog) : 0;
        String label = openAWave();
        String oldToken = stack.surveyLinksAfter(logStart, 1, memberEmail).get(0);

        String newToken;
        try (Browser desktop = Browser.open(stack, Browser.Options.desktop().named("MemberPagesBrowserIT"))) {
            // signs in and lands on "Our collaborative"
            desktop.signIn("member");
            desktop.waiting().until(d -> d.getCurrentUrl().endsWith("/my-collaborative"));
            assertThat(desktop.visible(By.id("collaborative-name")).getText()).isEqualTo("Joined Up Care Derbyshire");
            String collaborative = desktop.driver().findElement(By.tagName("main")).getText();
            assertThat(collaborative).contains("Sam Okafor").contains("Children and young people's asthma")
                    .contains("Gypsy, Roma and Traveller communities").contains("Alex Rahman (you)").doesNotContain("@example.nhs.uk");
            assertThat(desktop.navigationLinks()).containsExactly("Our collaborative", "Our sessions", "Actions", "My surveys",
                    "Knowledge hub", "Events", "Email preferences");
            desktop.assertAccessible("our collaborative");
            desktop.step("our-collaborative");

            // "Our sessions": the booked one with "Add to calendar", the held one with its actions, mine first
            desktop.go("/our-sessions");
            WebElement upcoming = desktop.visible(By.xpath("//div[contains(@class,'govuk-summary-card')][.//h3[contains(., '" + UPCOMING + "')]]"));
            String calendar = upcoming.findElement(By.cssSelector("a.app-add-to-calendar")).getAttribute("href");
            HttpResponse<String> ics = api.get(URI.create(calendar).getPath(), memberBearer);
            assertThat(ics.statusCode()).isEqualTo(200);
            assertThat(ics.body()).contains("BEGIN:VCALENDAR").contains("SUMMARY:" + UPCOMING).contains("TZID=Europe/London")
                    .doesNotContain(memberEmail).doesNotContain("ATTENDEE");
            WebElement past = desktop.visible(By.xpath("//div[contains(@class,'govuk-summary-card')][.//h3[contains(., '" + HELD + "')]]"));
            String agreed = past.getText();
            assertThat(agreed).contains(MINE).contains(THEIRS).contains("(You, due");
            assertThat(agreed.indexOf(MINE)).isLessThan(agreed.indexOf(THEIRS));
            assertThat(past.findElements(By.cssSelector("a.app-add-to-calendar"))).isEmpty();
            desktop.assertAccessible("our sessions");

            // "Actions": mine before the teammate's (though theirs is due sooner), marked done; theirs has no button
            desktop.go("/actions");
            List<WebElement> rows = desktop.visible(By.id("open-actions")).findElements(By.cssSelector("tbody tr"));
            int mine = indexOf(rows, MINE);
            int theirs = indexOf(rows, THEIRS);
            assertThat(mine).isNotNegative().isLessThan(theirs);
            assertThat(rows.get(theirs).findElements(By.cssSelector("button"))).isEmpty();
            desktop.assertAccessible("actions");
            rows.get(mine).findElement(By.cssSelector("button.app-complete")).click();
            assertThat(desktop.visible(By.cssSelector(".govuk-notification-banner--success")).getText())
                    .contains("Action marked as done: " + MINE);
            desktop.step("action-done");

            // "My surveys": ask for the link again
            desktop.go("/my-surveys");
            WebElement card = desktop.visible(By.xpath("//div[contains(@class,'govuk-summary-card')][.//h2[normalize-space()='" + label + "']]"));
            assertThat(card.getText()).contains("Not started");
            desktop.assertAccessible("my surveys");
            card.findElement(By.cssSelector("form[action$='/link'] button")).click();
            assertThat(desktop.visible(By.cssSelector(".govuk-notification-banner--success")).getText())
                    .contains("We have emailed you a new link for " + label);
            assertThat(desktop.driver().findElement(By.xpath("//div[contains(@class,'govuk-summary-card')][.//h2[normalize-space()='"
                    + label + "']]")).getText()).contains("You can ask again from");
            desktop.step("link-sent");

            // the email with the new link; the old link is not recognised, the new one opens the survey
            List<String> links = stack.surveyLinksAfter(logStart, 2, memberEmail);
            newToken = links.get(links.size() - 1);
            assertThat(newToken).isNotEqualTo(oldToken);
            desktop.go("/respond/" + oldToken);
            desktop.waitForText("This link is not recognised");
            desktop.go("/respond/" + newToken);
            desktop.visible(By.id("start"));
        }

        // every page at 360 px: axe-core, nothing wider than the screen
        try (Browser phone = Browser.open(stack, Browser.Options.phone().named("MemberPagesBrowserIT"))) {
            phone.signIn("member");
            for (String page : List.of("/my-collaborative", "/our-sessions", "/actions", "/my-surveys")) {
                phone.go(page);
                phone.visible(By.tagName("h1"));
                phone.assertNoHorizontalScroll(page);
                phone.assertAccessible(page + " at 360 px");
            }
        }

        // the main journey with JavaScript off: the same pages; the action reopened; asking again within a minute refused
        try (Browser noScript = Browser.open(stack, Browser.Options.desktop().withoutJavaScript().named("MemberPagesBrowserIT"))) {
            noScript.signIn("member");
            noScript.waiting().until(d -> d.getCurrentUrl().endsWith("/my-collaborative"));
            noScript.visible(By.id("collaborative-name"));
            noScript.go("/our-sessions");
            noScript.waitForText(HELD);
            noScript.go("/actions");
            WebElement done = noScript.visible(By.id("done-actions")).findElements(By.cssSelector("tbody tr")).stream()
                    .filter(r -> r.getText().contains(MINE)).findFirst().orElseThrow();
            done.findElement(By.cssSelector("button.app-reopen")).click();
            assertThat(noScript.visible(By.cssSelector(".govuk-notification-banner--success")).getText())
                    .contains("Action reopened: " + MINE);
            // asked again: refused within a minute of the last time (if a minute has passed since the desktop asked, this
            // one is sent and the next, at once, is refused)
            noScript.go("/my-surveys");
            if (sendAgain(noScript, label)) {
                sendAgain(noScript, label);
            }
            assertThat(noScript.visible(By.id("refusal")).getText()).contains("less than a minute ago");
            noScript.assertAccessible("my surveys, asked again too soon, without JavaScript");
        }
    }

    private static int indexOf(List<WebElement> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Presses "Send me my link again" for the wave; answers whether it was sent (else the refusal is on the page). */
    private static boolean sendAgain(Browser browser, String label) {
        browser.visible(By.xpath("//div[contains(@class,'govuk-summary-card')][.//h2[normalize-space()='" + label + "']]"))
                .findElement(By.cssSelector("form[action$='/link'] button")).click();
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".govuk-notification-banner--success, #refusal")).isEmpty());
        return browser.driver().findElements(By.id("refusal")).isEmpty();
    }

    /** The manager opens a "Midpoint" wave for the phase-2 cohort on the survey page; answers its label as shown. */
    private static String openAWave() throws Exception {
        try (Browser manager = Browser.open(stack)) {
            manager.signIn("manager").go("/surveys");
            WebElement form = manager.visible(By.cssSelector("form[action='/surveys']"));
            Select cohort = new Select(manager.driver().findElement(By.id("cohortId")));
            cohort.getOptions().stream().filter(o -> o.getText().contains("Phase 2")).findFirst().orElseThrow().click();
            manager.driver().findElement(By.cssSelector("input[name=label][value=midpoint]")).click();
            manager.driver().findElement(By.cssSelector("input[name=opening][value=now]")).click();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            manager.waitForText("survey for Phase 2");
        }
        return "Midpoint";
    }
}
