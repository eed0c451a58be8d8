package uk.nhs.cohortcoach.hubservice.resource;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of what a resource may hold that Bean Validation cannot say: link addresses are absolute {@code http} or
 * {@code https} addresses, a recording's video link {@code https} only, and a cohort named exactly when the audience
 * is one cohort. Answers field errors in words, by the request's field paths.
 */
public final class ResourceRules {

    private static final Set<String> WEB = Set.of("http", "https");

    private ResourceRules() {
    }

    /** What is wrong with the parts of a resource these rules cover (any of them may be null). */
    public static Map<String, String> problems(Audience audience, String cohortId, List<String> linkUrls, String videoLink) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (linkUrls != null) {
            for (int i = 0; i < linkUrls.size(); i++) {
                String url = linkUrls.get(i);
                if (url != null && !url.isBlank() && !isAddress(url, WEB)) {
                    errors.put("links[" + i + "].url", "Enter a link address that starts with http:// or https://, like https://www.england.nhs.uk");
                }
            }
        }
        if (videoLink != null && !videoLink.isBlank() && !isAddress(videoLink, Set.of("https"))) {
            errors.put("recording.videoLink", "Enter a video link that starts with https://");
        }
        if (audience == Audience.COHORT && (cohortId == null || cohortId.isBlank())) {
            errors.put("cohortId", "Select the cohort the resource is for");
        } else if (audience != null && audience != Audience.COHORT && cohortId != null && !cohortId.isBlank()) {
            errors.put("cohortId", "Leave the cohort empty unless the resource is for one cohort");
        }
        return errors;
    }

    /** An absolute address with one of the schemes, a host, and no user name or password in it. */
    public static boolean isAddress(String text, Set<String> schemes) {
        try {
            URI uri = new URI(text.strip());
            return uri.getScheme() != null && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
