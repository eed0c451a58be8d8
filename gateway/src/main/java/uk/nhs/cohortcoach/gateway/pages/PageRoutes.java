package uk.nhs.cohortcoach.gateway.pages;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Clean addresses for the pages: {@code /admin/} is {@code static/admin/index.html},
 * {@code /admin/<page>} is {@code static/admin/<page>.html} (lower-case words and dashes only; anything
 * else is not a page), and every {@code /respond/<token>} is the one survey page, which reads its token
 * from the address. Pages are never cached, so a new release is seen at once; their scripts and styles
 * are static resources like any other. A survey page's address holds its token, so it is sent
 * {@code Cache-Control: no-store} instead (see the edge's headers). Anything else is not found.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

    private static final Pattern PAGE = Pattern.compile("[a-z][a-z0-9-]{0,40}");
    private static final CacheControl NO_CACHE = CacheControl.noCache();

    @Bean
    RouterFunction<ServerResponse> pages() {
        return RouterFunctions.route(GET("/admin"), request -> ServerResponse.permanentRedirect(URI.create("/admin/")).build())
                .andRoute(GET("/admin/"), request -> page("static/admin/index.html"))
                .andRoute(GET("/admin/{page}"), request -> {
                    String name = request.pathVariable("page");
                    return PAGE.matcher(name).matches() ? page("static/admin/" + name + ".html") : notFound();
                })
                .andRoute(GET("/respond/{token}"), request -> page("static/respond.html"))
                .andRoute(GET("/privacy"), request -> page("static/privacy.html"));
    }

    private static Mono<ServerResponse> page(String path) {
        Resource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return notFound();
        }
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(NO_CACHE).bodyValue(resource);
    }

    /** Not a page: answered as the gateway's not-found problem (see the edge's error handling). */
    private static Mono<ServerResponse> notFound() {
        return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
