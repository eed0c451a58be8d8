package uk.nhs.cohortcoach.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The privacy notice is written once, in {@code docs/privacy-notice.md}: every paragraph the notice
 * page marks {@code data-notice} is in it word for word, and so is the email line notification-service is
 * configured with. (The survey page's notice moved to the web module with the page: its
 * {@code respond.SurveyPrivacyNoticeTest} checks it the same way.)
 */
class PrivacyNoticeConsistencyTest {

    private static final Pattern NOTICE_PARAGRAPH = Pattern.compile("<p[^>]*\\bdata-notice\\b[^>]*>(.*?)</p>", Pattern.DOTALL);

    @Test
    void everyNoticeParagraphOfTheNoticePageIsTheDocumentsText() throws IOException {
        List<String> paragraphs = noticeParagraphs("static/privacy.html");

        assertThat(paragraphs).hasSize(5);
        assertThat(paragraphs).allSatisfy(p -> assertThat(document()).contains(p));
    }

    @Test
    void theEmailLineIsTheDocumentsShortLine() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "privacy-notice.md"));
        String line = doc.substring(doc.indexOf("## Short line for emails") + "## Short line for emails".length()).trim()
                .lines().findFirst().orElseThrow();
        String config = Files.readString(Path.of("..", "notification-service", "src", "main", "resources", "application.yml"));

        assertThat(line).startsWith("We keep your name");
        assertThat(config).contains("${PRIVACY_EMAIL_LINE:" + line + "}");
    }

    private static List<String> noticeParagraphs(String resource) throws IOException {
        Matcher matcher = NOTICE_PARAGRAPH.matcher(page(resource));
        List<String> paragraphs = new java.util.ArrayList<>();
        while (matcher.find()) {
            paragraphs.add(matcher.group(1).replaceAll("\\s+", " ").trim());
        }
        return paragraphs;
    }

    private static String page(String resource) throws IOException {
        return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    }

    private static String document() throws IOException {
        return Files.readString(Path.of("..", "docs", "privacy-notice.md")).replaceAll("\\s+", " ");
    }
}
