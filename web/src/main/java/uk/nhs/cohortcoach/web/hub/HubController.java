package uk.nhs.cohortcoach.web.hub;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.api.HubApi;
import uk.nhs.cohortcoach.web.api.HubResource;
import uk.nhs.cohortcoach.web.api.HubResourcePage;
import uk.nhs.cohortcoach.web.page.Pagination;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code GET /hub}: the published resources the viewer may see, filtered by kind, component and theme and searched
 * ({@code q}) with a GET form, 20 a page; {@code GET /hub/resources/{id}}: one resource. Anyone, signed in or not:
 * hub-service filters by the audience the token allows, and answers 404 for what the viewer may not see.
 */
@Controller
class HubController {

    static final int PAGE_SIZE = 20;

    private final HubApi hub;

    HubController(HubApi hub) {
        this.hub = hub;
    }

    @GetMapping("/hub")
    String browse(@RequestParam(required = false) String kind, @RequestParam(required = false) String component,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String q,
            @RequestParam(required = false) String page, Model model) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q == null ? "" : q.trim());
        filters.put("kind", kind == null ? "" : kind);
        filters.put("component", component == null ? "" : component);
        filters.put("theme", theme == null ? "" : theme);
        int shown = pageNumber(page);
        HubWords words = new HubWords(hub.taxonomy());
        HubResourcePage found = hub.search(filters.get("kind"), filters.get("component"), filters.get("theme"), filters.get("q"),
                shown - 1, PAGE_SIZE);
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("words", words);
        model.addAttribute("filters", filters);
        model.addAttribute("filtered", filters.values().stream().anyMatch(value -> !value.isEmpty()));
        model.addAttribute("found", found);
        model.addAttribute("pagination", Pagination.of(shown - 1, totalPages, i -> address(filters, i + 1)));
        return "hub/browse";
    }

    @GetMapping("/hub/resources/{id}")
    String resource(@PathVariable String id, Model model) {
        HubResource resource = hub.get(id);
        model.addAttribute("resource", resource);
        model.addAttribute("words", new HubWords(hub.taxonomy()));
        model.addAttribute("manager", SignedInPerson.current().map(person -> person.is(Role.PROGRAMME_MANAGER)).orElse(false));
        return "hub/resource";
    }

    /** The page asked for, from 1; anything that is not a page number is the first. */
    private static int pageNumber(String page) {
        try {
            int number = page == null ? 1 : Integer.parseInt(page.trim());
            return Math.max(1, Math.min(number, 10_000));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** {@code /hub} with the filters given and the page (from 1; the first page has none). */
    static String address(Map<String, String> filters, int page) {
        String query = filters.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (page > 1) {
            query = query.isEmpty() ? "page=" + page : query + "&page=" + page;
        }
        return query.isEmpty() ? "/hub" : "/hub?" + query;
    }
}
