package uk.nhs.cohortcoach.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The privacy notice is written once, in {@code docs/privacy-notice.md}: every paragraph the notice
 * page marks {@code data-notice} is in it word for word, and so is the email line notification-service is
 * configured with. (Moved from the gateway with the pages; the survey page's notice is checked the same
 * way by {@code respond.SurveyPrivacyNoticeTest}.)
 */
class PrivacyNoticeConsistencyTest {

    private static final Pattern NOTICE_PARAGRAPH = Pattern.compile("<p[^>]*\\bdata-notice\\b[^>]*>(.*?)</p>", Pattern.DOTALL);

    @Test
    void everyNoticeParagraphOfTheNoticePageIsTheDocumentsText() throws IOException {
        List<String> paragraphs = noticeParagraphs(Path.of("src", "main", "jte", "privacy", "notice.jte"));

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

    private static List<String> noticeParagraphs(Path template) throws IOException {
        Matcher matcher = NOTICE_PARAGRAPH.matcher(Files.readString(template));
        List<String> paragraphs = new java.util.ArrayList<>();
        while (matcher.find()) {
            paragraphs.add(matcher.group(1).replaceAll("\\s+", " ").trim());
        }
        return paragraphs;
    }

    private static String document() throws IOException {
        return Files.readString(Path.of("..", "docs", "privacy-notice.md")).replaceAll("\\s+", " ");
    }
}
