package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@link Browser}'s options themselves, against three tiny pages served here (no platform needed):
 * JavaScript really off, the viewport really 360 px, screenshots where the tests expect them, and the
 * horizontal-scroll check failing for a page that scrolls sideways.
 */
class BrowserOptionsIT {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>plain</title>"
            + "<script src=\"/title.js\"></script></head><body style=\"margin:0\">";
    private static final Map<String, String> PAGES = Map.of(
            "/wide", HEAD + "<main><div style=\"width:800px\">too wide</div></main></body></html>",
            "/narrow", HEAD + "<main><div role=\"region\" aria-label=\"Results\" tabindex=\"0\" style=\"overflow-x:auto\">"
                    + "<table style=\"width:800px\"><tr><td>wide table in its own region</td></tr></table></div></main></body></html>",
            "/title.js", "document.title = 'scripted';");

    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = PAGES.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", exchange.getRequestURI().getPath().endsWith(".js")
                    ? "text/javascript" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void withJavaScriptOffThePagesScriptsDoNotRunButTheTestsChecksDo() throws IOException {
        try (Browser browser = Browser.open(base(), Browser.Options.phone().withoutJavaScript().named("BrowserOptionsIT.nojs"))) {
            browser.go("/narrow");

            assertThat(browser.driver().getTitle()).isEqualTo("plain");
            assertThat(browser.driver().executeScript("return window.innerWidth")).isEqualTo(360L);
            browser.assertNoHorizontalScroll("a wide table inside its own region");
            Path shot = Browser.SCREENSHOTS.resolve("BrowserOptionsIT.nojs").resolve("01-narrow-360-nojs.png");
            assertThat(shot).exists();
            assertThat(pngWidth(shot)).isEqualTo(360);

            // an axe scan lets scripts run for its own moment only: the page it scanned stays as served, and the next
            // page's scripts are off again
            browser.assertAccessible("a plain page");
            assertThat(browser.driver().getTitle()).as("the scanned page's script still not run").isEqualTo("plain");
            browser.go("/narrow");
            assertThat(browser.driver().getTitle()).as("the next page's script not run").isEqualTo("plain");
        }
    }

    @Test
    void withJavaScriptOnThePagesScriptsRun() throws IOException {
        try (Browser browser = Browser.open(base(), Browser.Options.desktop().named("BrowserOptionsIT.js"))) {
            browser.go("/narrow");

            browser.waiting().until(driver -> "scripted".equals(driver.getTitle()));
            assertThat(Browser.SCREENSHOTS.resolve("BrowserOptionsIT.js").resolve("01-narrow-1280.png")).exists();
            assertThat(browser.step("after").getFileName().toString()).isEqualTo("after-1280.png");
        }
    }

    @Test
    void aPageWiderThanThePhoneFailsTheHorizontalScrollCheck() throws IOException {
        try (Browser browser = Browser.open(base(), Browser.Options.phone())) {
            browser.go("/wide");

            assertThatThrownBy(() -> browser.assertNoHorizontalScroll("/wide"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("/wide scrolls sideways at 360 px")
                    .hasMessageContaining("div right=800");
        }
    }

    private static int pngWidth(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png)) {
            byte[] header = in.readNBytes(24);
            return ByteBuffer.wrap(header, 16, 4).getInt();
        }
    }
}
