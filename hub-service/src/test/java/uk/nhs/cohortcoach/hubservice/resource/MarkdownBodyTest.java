package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A resource's body as the page shows it: the Markdown people write comes out as the HTML they meant, and nothing a
 * hostile author writes — cheat-sheet vectors, and thousands of generated combinations of them inside every Markdown
 * construct — ever comes out able to run script, load anything, or escape a link's allow-list.
 */
class MarkdownBodyTest {

    private static final Set<String> ALLOWED_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li",
            "table", "thead", "tbody", "tr", "th", "td", "a", "em", "strong", "del", "code", "pre", "blockquote");

    /** XSS cheat-sheet style payloads: raw HTML, event handlers, URL schemes in many spellings. */
    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<style>@import 'javascript:alert(1)';</style>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<body onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
            "<embed src=javascript:alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<form action=javascript:alert(1)><input type=submit>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<a href=\"  javascript:alert(1)\">x</a>",
            "\"><script>alert(1)</script>",
            "<details open ontoggle=alert(1)>",
            "<p onclick=alert(1)>click</p>",
            "<base href=\"javascript:/\">",
            "<link rel=stylesheet href=javascript:alert(1)>");

    private static final List<String> URLS = List.of(
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript&#58;alert(1)", "&#106;avascript:alert(1)",
            "java\tscript:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "javascript://%0Aalert(1)", "file:///etc/passwd", "//evil.example/x",
            "https://example.org/\"onmouseover=\"alert(1)", "https://example.org/<script>");

    /** Markdown constructs a payload or address can sit in. */
    private static final List<String> WRAPPERS = List.of(
            "%s", "[click](%s)", "[click](<%s>)", "![pic](%s)", "<%s>", "[ref]\n\n[ref]: %s", "# %s", "> %s", "* %s",
            "`%s`", "```\n%s\n```", "| a | b |\n| --- | --- |\n| %s | x |", "**%s**", "_%s_", "[%s](https://ok.example)",
            "%s\n\n<div>%s</div>");

    @Test
    void writesHeadingsListsTablesEmphasisCodeAndQuotesAsHtml() {
        String html = MarkdownBody.html("""
                # Title
                ## Part

                Some *emphasis*, **strong** and `code`.

                1. one
                2. two

                - a
                - b

                > quoted

                | when | how |
                | :--- | --- |
                | board | questions |

                ```
                code block
                ```
                """);
        assertThat(html).contains("<h1>Title</h1>", "<h2>Part</h2>", "<em>emphasis</em>", "<strong>strong</strong>",
                "<code>code</code>", "<ol>", "<li>one</li>", "<ul>", "<blockquote>", "<table>", "<th align=\"left\">when</th>",
                "<td>questions</td>", "<pre><code>code block");
    }

    @Test
    void linksKeepHttpHttpsAndMailtoAddressesAndNeverPassTheOpenerOrReferrer() {
        String html = MarkdownBody.html("[NHS](https://www.england.nhs.uk) [plain](http://example.org/a?b=c) "
                + "[mail](mailto:hub@example.nhs.uk) and www.example.org and https://auto.example/link");
        List<Element> links = Jsoup.parse(html).select("a");
        assertThat(links).extracting(a -> a.attr("href")).containsExactly("https://www.england.nhs.uk", "http://example.org/a?b=c",
                "mailto:hub@example.nhs.uk", "http://www.example.org", "https://auto.example/link");
        assertThat(links).allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("noopener noreferrer"));
    }

    @Test
    void rawHtmlIsShownAsTextNeverAsMarkup() {
        String html = MarkdownBody.html("Before <b onclick=\"x()\">bold</b> <script>alert(1)</script> after");
        assertThat(Jsoup.parse(html).select("b, script")).isEmpty();
        assertThat(Jsoup.parse(html).text()).contains("<script>alert(1)</script>");
    }

    @Test
    void imagesAreLeftOutAndUnsafeAddressesLoseTheirLink() {
        String html = MarkdownBody.html("![chart](https://example.org/chart.png) [bad](javascript:alert(1)) [data](data:text/html,x)");
        org.jsoup.nodes.Document document = Jsoup.parse(html);
        assertThat(document.select("img")).isEmpty();
        assertThat(document.select("a[href]")).isEmpty();
        assertThat(document.text()).contains("bad", "data");
    }

    @Test
    void anEmptyBodyIsEmptyHtml() {
        assertThat(MarkdownBody.html(null)).isEmpty();
        assertThat(MarkdownBody.html("  \n ")).isEmpty();
    }

    @Test
    void noCheatSheetVectorInAnyMarkdownConstructComesOutAbleToRunScript() {
        int checked = 0;
        for (String wrapper : WRAPPERS) {
            for (String payload : PAYLOADS) {
                assertSafe(wrapper.replace("%s", payload));
                checked++;
            }
            for (String url : URLS) {
                assertSafe(wrapper.replace("%s", url));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(WRAPPERS.size() * (PAYLOADS.size() + URLS.size()));
    }

    @Test
    void noGeneratedCombinationOfVectorsComesOutAbleToRunScript() {
        Random random = new Random(20_2027L);
        List<String> pieces = new ArrayList<>(PAYLOADS);
        pieces.addAll(URLS);
        pieces.addAll(List.of("<", ">", "\"", "'", "`", "&", "&#", "\n", "\n\n", "](", ")", "[", "!", ":", "=", "/", "\\", "on",
                "error", "load", "javascript", "script", "<a ", "href=", "src=", " ", "\t", "\u0000", "%0A", "&lt;", "&gt;"));
        for (int i = 0; i < 3_000; i++) {
            StringBuilder markdown = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                String wrapper = WRAPPERS.get(random.nextInt(WRAPPERS.size()));
                markdown.append(random.nextBoolean() ? wrapper.replace("%s", piece) : piece);
            }
            assertSafe(markdown.toString());
        }
    }

    /** Parsed as a browser would: only allowed elements and attributes, and only http(s)/mailto link addresses. */
    private static void assertSafe(String markdown) {
        String html = MarkdownBody.html(markdown);
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(ALLOWED_TAGS).as("element <%s> from %s", element.tagName(), markdown).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute %s from %s", name, markdown).isIn("href", "rel", "align", "start");
                if (name.equals("href")) {
                    String address = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(address).as("address from %s", markdown).matches("(https?://|mailto:).*");
                }
            }
        }
    }
}
