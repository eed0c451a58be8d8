package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The wider membership's part of the platform as someone without an account meets it, on a 360 px phone with
 * JavaScript off: the knowledge hub finds a resource a programme manager published (its Markdown body shown, its script
 * gone), an open event's page takes a registration, and the cancel link of the confirmation email cancels it, once.
 * A programme manager, on the same phone, writes a resource in the form, uploads its PDF, publishes it and schedules an
 * event. Every page scanned with axe-core, none scrolling sideways.
 */
class HubAndEventsBrowserIT {

    private static final Pattern CANCEL_LINK = Pattern.compile("/events/registrations/([A-Za-z0-9_-]{20,})");

    private static BrowserStack stack;

    @BeforeAll
    static void platform() throws Exception {
        stack = BrowserStack.get();
    }

    @Test
    void someoneWithoutAnAccountFindsAPublishedResourceRegistersForAnOpenEventAndCancelsWithTheEmailedLink() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Http api = new Http(URI.create(stack.baseUrl()));
        String manager = "Bearer " + stack.token("manager");

        // a programme manager publishes a case study for everyone, its body with a script that must never reach a page
        HttpResponse<String> created = api.post("/api/resources", manager, "{\"kind\":\"CASE_STUDY\",\"title\":\"Closing the gap "
                + run + "\",\"summary\":\"How one trust shortened waits for its most deprived patients, word qx" + run + "\","
                + "\"body\":\"## What they did\\n\\nThey held an **equity pause** at every huddle.<script>alert(1)</script>\","
                + "\"links\":[],\"components\":[\"EMBEDDING_EQUITY\"],\"themes\":[\"CORE20\"],\"audience\":\"EVERYONE\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode resource = Http.json(created);
        HttpResponse<String> published = api.post("/api/resources/" + resource.path("id").asString() + "/publish", manager,
                "{\"version\":" + resource.path("version").asLong() + "}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        // ... and an open event in two weeks, London time, with one place
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(14).truncatedTo(ChronoUnit.HOURS).withHour(12);
        HttpResponse<String> scheduled = api.post("/api/open-events", manager, "{\"title\":\"Peer learning " + run + "\","
                + "\"summary\":\"Case studies of equitable improvement\",\"description\":\"Two trusts share what worked.\","
                + "\"speakers\":[{\"name\":\"Asha Patel\",\"role\":\"Director of Quality\"}],\"start\":\"" + start + "\","
                + "\"durationMinutes\":60,\"capacity\":1,\"joiningLink\":\"https://teams.example.nhs.uk/meet/" + run + "\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        String eventId = Http.json(scheduled).path("id").asString();
        String email = "sam." + run + "@example.nhs.uk";
        Path emails = stack.log("notification-service");
        long emailsFrom = Files.exists(emails) ? Files.size(emails) : 0;

        try (Browser browser = Browser.open(stack, Browser.Options.phone().withoutJavaScript().named("HubAndEventsBrowserIT.journey"))) {
            // the hub, signed out: the search finds the resource by a word of its summary
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                browser.go("/hub?q=qx" + run);
                assertThat(browser.driver().findElements(By.cssSelector("#results a"))).extracting(e -> e.getText())
                        .contains("Closing the gap " + run);
            });
            browser.step("hub-search");
            browser.assertAccessible("knowledge hub search");
            browser.assertNoHorizontalScroll("knowledge hub search");
            browser.driver().findElement(By.linkText("Closing the gap " + run)).click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("/hub/resources/"));
            assertThat(browser.visible(By.cssSelector("#resource-body h2")).getText()).isEqualTo("What they did");
            assertThat(browser.visible(By.cssSelector("#resource-body strong")).getText()).isEqualTo("equity pause");
            assertThat(browser.driver().findElements(By.cssSelector("#resource-body script"))).isEmpty();
            browser.step("hub-resource");
            browser.assertAccessible("a resource");
            browser.assertNoHorizontalScroll("a resource");

            // the open event: listed, and its page takes a registration without JavaScript
            browser.go("/events");
            browser.driver().findElement(By.linkText("Peer learning " + run)).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/events/" + eventId));
            browser.assertAccessible("an open event");
            browser.assertNoHorizontalScroll("an open event");
            browser.visible(By.id("name")).sendKeys("Sam Okafor");
            browser.visible(By.id("email")).sendKeys(email);
            new Select(browser.visible(By.id("odsCode"))).selectByIndex(1);
            browser.visible(By.id("jobRole")).sendKeys("Quality improvement lead");
            browser.step("event-form");
            browser.visible(By.cssSelector("form[action='/events/" + eventId + "'] button")).click();
            browser.waitForText("Check your email");
            browser.assertAccessible("registered");
            assertThat(Http.json(api.get("/api/open-events/" + eventId, null)).path("placesLeft").asInt()).isZero();

            // the confirmation email's cancel link cancels the place, once
            String cancel = cancelLinkTo(email, emails, emailsFrom);
            browser.go("/events/registrations/" + cancel);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Your registration");
            browser.assertAccessible("a registration");
            browser.assertNoHorizontalScroll("a registration");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Cancel my registration']")).click();
            browser.waitForText("Registration cancelled");
            browser.step("cancelled");
            assertThat(Http.json(api.get("/api/open-events/" + eventId, null)).path("placesLeft").asInt()).isEqualTo(1);
            browser.go("/events/registrations/" + cancel);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("This link has expired or been used");
        }
    }

    @Test
    void aManagerWritesPublishesAResourceWithAFileAndSchedulesAnOpenEventOnAPhoneWithoutJavaScript() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Path pdf = Files.createTempFile(Path.of("target").toAbsolutePath(), "guide-", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(21);
        try (Browser browser = Browser.open(stack, Browser.Options.phone().withoutJavaScript().named("HubAndEventsBrowserIT.manager"))) {
            browser.signIn("manager");

            // a tool, written in the form and saved as a draft
            browser.go("/hub/resources/new");
            browser.assertAccessible("new resource");
            browser.assertNoHorizontalScroll("new resource");
            choose(browser, "kind", "TOOL");
            browser.visible(By.id("title")).sendKeys("Equity pause guide " + run);
            browser.visible(By.id("summary")).sendKeys("How to hold a five-minute equity pause in any meeting.");
            browser.visible(By.id("body")).sendKeys("## Before the meeting\n\nName who is **missing** from the room.");
            choose(browser, "components", "EMBEDDING_EQUITY");
            choose(browser, "audience", "EVERYONE");
            browser.driver().findElement(By.xpath("//form[@id='resource-form']//button[normalize-space()='Save as draft']")).click();
            browser.waitForText("saved as a draft");
            browser.step("resource-draft");

            // a PDF uploaded through the page, then published
            browser.visible(By.cssSelector("#upload input[type=file]")).sendKeys(pdf.toString());
            browser.driver().findElement(By.cssSelector("#upload button")).click();
            browser.waitForText(pdf.getFileName() + " uploaded");
            assertThat(browser.visible(By.id("attachments")).getText()).contains(pdf.getFileName().toString());
            browser.driver().findElement(By.cssSelector("#publish button")).click();
            browser.waitForText("Equity pause guide " + run + " published");
            browser.assertAccessible("resource published");
            browser.assertNoHorizontalScroll("resource published");
            String resourceId = browser.driver().getCurrentUrl().replaceAll(".*/hub/resources/([^/?#]+).*", "$1");
            browser.go("/hub/resources/" + resourceId);
            assertThat(browser.visible(By.cssSelector("#resource-body strong")).getText()).isEqualTo("missing");
            assertThat(browser.visible(By.id("attachments")).getText()).contains("PDF");

            // an open event scheduled in London time, with one speaker
            browser.go("/events/new");
            browser.assertAccessible("new event");
            browser.assertNoHorizontalScroll("new event");
            browser.visible(By.id("title")).sendKeys("Peer learning by hand " + run);
            browser.visible(By.id("summary")).sendKeys("Two trusts on equitable discharge");
            browser.visible(By.id("description")).sendKeys("What they changed, and what it did for whom.");
            browser.visible(By.id("date-day")).sendKeys(String.valueOf(start.getDayOfMonth()));
            browser.visible(By.id("date-month")).sendKeys(String.valueOf(start.getMonthValue()));
            browser.visible(By.id("date-year")).sendKeys(String.valueOf(start.getYear()));
            browser.visible(By.id("time")).sendKeys("14:00");
            type(browser, "durationMinutes", "60");
            type(browser, "capacity", "40");
            browser.visible(By.id("joiningLink")).sendKeys("https://teams.example.nhs.uk/meet/" + run);
            browser.visible(By.id("speakers-0-name")).sendKeys("Ruth Adeyemi");
            browser.visible(By.id("speakers-0-role")).sendKeys("Chief nurse, Example NHS Foundation Trust");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Schedule event']")).click();
            browser.waiting().until(d -> d.findElement(By.tagName("main")).getText().contains("Event scheduled")
                    || !d.findElements(By.className("govuk-error-summary")).isEmpty());
            assertThat(browser.visible(By.tagName("main")).getText()).as("after scheduling").contains("Event scheduled");
            browser.assertAccessible("event registrations");
            browser.assertNoHorizontalScroll("event registrations");
            browser.go("/events");
            assertThat(browser.visible(By.id("upcoming")).findElement(By.xpath("..")).getText()).contains("Peer learning by hand " + run,
                    "14:00");
        }
    }

    /** Replaces what a field holds (the form may offer a value) with {@code text}. */
    private static void type(Browser browser, String id, String text) {
        org.openqa.selenium.WebElement field = browser.visible(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Ticks a radio or checkbox by its label, as a person does (GOV.UK's inputs are drawn over by their labels). */
    private static void choose(Browser browser, String name, String value) {
        String id = browser.driver().findElement(By.cssSelector("input[name=" + name + "][value=" + value + "]")).getDomAttribute("id");
        browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    /** The cancel link's token in the emails the local channel wrote to {@code recipient} after byte {@code from}. */
    private static String cancelLinkTo(String recipient, Path log, long from) {
        String[] token = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            byte[] bytes = Files.readAllBytes(log);
            String text = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                    StandardCharsets.UTF_8);
            for (String email : text.split("Email \\(log channel, not sent\\)")) {
                Matcher link = CANCEL_LINK.matcher(email);
                if (email.contains("To:        " + recipient) && link.find()) {
                    token[0] = link.group(1);
                }
            }
            assertThat(token[0]).as("a cancel link emailed to " + recipient).isNotNull();
        });
        return token[0];
    }
}
