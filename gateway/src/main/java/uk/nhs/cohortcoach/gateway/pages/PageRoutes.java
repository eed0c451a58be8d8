package uk.nhs.cohortcoach.gateway.pages;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.net.URI;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The legacy pages still in the gateway, while they are moved to the web module (issue 17): {@code /admin/}
 * is {@code static/admin/index.html}, {@code /admin/<page>} is {@code static/admin/<page>.html} (lower-case
 * words and dashes only), every {@code /respond/<token>} is {@code static/respond.html}, and {@code /privacy}
 * is {@code static/privacy.html}. Each address is claimed only while its file exists: once a page's file is
 * deleted, its address is no longer the gateway's and goes on to the web module (see the routing package),
 * which answers it (or redirects its old address to the new one). Pages are never cached, so a new release is
 * seen at once; their scripts and styles are static resources like any other. A survey page's address holds
 * its token, so it is sent {@code Cache-Control: no-store} instead (see the edge's headers).
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

    private static final Pattern PAGE = Pattern.compile("[a-z][a-z0-9-]{0,40}");
    private static final CacheControl NO_CACHE = CacheControl.noCache();
    private static final String INDEX = "static/admin/index.html";

    @Bean
    RouterFunction<ServerResponse> pages() {
        return RouterFunctions.route(GET("/admin").and(exists(request -> INDEX)),
                        request -> ServerResponse.permanentRedirect(URI.create("/admin/")).build())
                .andRoute(GET("/admin/").and(exists(request -> INDEX)), request -> page(INDEX))
                .andRoute(GET("/admin/{page}").and(exists(PageRoutes::adminPage)), request -> page(adminPage(request)))
                .andRoute(GET("/respond/{token}").and(exists(request -> "static/respond.html")),
                        request -> page("static/respond.html"))
                .andRoute(GET("/privacy").and(exists(request -> "static/privacy.html")),
                        request -> page("static/privacy.html"));
    }

    /** The file of {@code /admin/<page>}, or null when the name is not a page's. */
    private static String adminPage(ServerRequest request) {
        String name = request.pathVariable("page");
        return PAGE.matcher(name).matches() ? "static/admin/" + name + ".html" : null;
    }

    /** Matches while the request's page file exists. */
    private static RequestPredicate exists(Function<ServerRequest, String> file) {
        return request -> {
            String path = file.apply(request);
            return path != null && new ClassPathResource(path).isReadable();
        };
    }

    private static Mono<ServerResponse> page(String path) {
        Resource resource = new ClassPathResource(path);
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(NO_CACHE).bodyValue(resource);
    }
}
