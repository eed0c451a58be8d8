package uk.nhs.cohortcoach.web.respond;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The survey page's privacy notice is {@code docs/privacy-notice.md} word for word: every paragraph the
 * template marks {@code data-notice} is in the document, and together they say what a respondent must be
 * told (anonymous, groups of 5, comments without role or time, how long emails are kept), with a link to the
 * whole notice. (Moved here from the gateway's {@code PrivacyNoticeConsistencyTest} with the page.)
 */
class SurveyPrivacyNoticeTest {

    private static final Pattern NOTICE_PARAGRAPH = Pattern.compile("<p[^>]*\\bdata-notice\\b[^>]*>(.*?)</p>", Pattern.DOTALL);

    @Test
    void theSurveyPagesNoticeIsTheDocumentsTextAndSaysAnswersAreAnonymousAndCommentsNeedFiveWithoutRoleOrTime() throws IOException {
        String template = Files.readString(Path.of("src", "main", "jte", "respond", "notice.jte"));
        String document = Files.readString(Path.of("..", "docs", "privacy-notice.md")).replaceAll("\\s+", " ");
        List<String> paragraphs = new ArrayList<>();
        Matcher matcher = NOTICE_PARAGRAPH.matcher(template);
        while (matcher.find()) {
            paragraphs.add(matcher.group(1).replaceAll("\\s+", " ").trim());
        }

        assertThat(paragraphs).hasSize(3).allSatisfy(p -> assertThat(document).contains(p));
        assertThat(String.join(" ", paragraphs)).contains("anonymous").contains("groups of 5 or more")
                .contains("without your role or the time you answered").contains("90 days");
        assertThat(template).contains("href=\"/privacy\"");
    }
}
