package uk.nhs.cohortcoach.hubservice.resource;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A resource's Markdown body made into HTML a page can show as it is: CommonMark (with tables and autolinks) with raw
 * HTML escaped and unsafe link addresses dropped, then cleaned against an allow-list — headings, paragraphs, lists,
 * tables, links ({@code http}, {@code https} and {@code mailto} only, each with {@code rel="noopener noreferrer"}),
 * emphasis, code and quotes. No image, no script, style or frame, no attribute but a link's address and a table
 * cell's alignment survives. Two layers, so a mistake in either alone still leaves nothing that can run.
 */
public final class MarkdownBody {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private MarkdownBody() {
    }

    /** The allow-list the rendered HTML is cleaned against. */
    static Safelist safelist() {
        return new Safelist()
                .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li",
                        "table", "thead", "tbody", "tr", "th", "td", "a", "em", "strong", "del", "code", "pre", "blockquote")
                .addAttributes("a", "href")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("ol", "start")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addEnforcedAttribute("a", "rel", "noopener noreferrer");
    }

    /** The body as sanitised HTML ({@code ""} for an empty body). */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String rendered = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(rendered, "", safelist(), OUTPUT);
    }

    /** The words of sanitised HTML, for the search index. */
    public static String text(String html) {
        return html == null || html.isEmpty() ? "" : Jsoup.parse(html).text();
    }
}
