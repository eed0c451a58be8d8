package uk.nhs.cohortcoach.k8scheck;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of ingress-nginx's locations a request path reaches, and the body size it lets through there. ingress-nginx
 * merges every Ingress of a host into one server; the model follows its documented path matching: an Exact path
 * first; then, if any Ingress of the host sets {@code use-regex} (or {@code rewrite-target}), every path is a
 * case-insensitive regular expression anchored at the start, tried longest path first, the first match winning;
 * otherwise the longest matching prefix wins. The body limit is the {@code proxy-body-size} annotation of the
 * Ingress that declares the location (nginx's default 1m without one; 0 is unlimited).
 */
record IngressLocations(List<Location> locations) {

    private static final String ANNOTATION = "nginx.ingress.kubernetes.io/";
    private static final long NGINX_DEFAULT_BODY_SIZE = 1024 * 1024;
    private static final Pattern NGINX_SIZE = Pattern.compile("(\\d+)([kKmMgG]?)");

    record Location(String ingress, String host, String path, String pathType, boolean regexHost, long bodyLimit) {

        boolean matches(String uri) {
            if (regexHost && !pathType.equals("Exact")) {
                return Pattern.compile("^" + path, Pattern.CASE_INSENSITIVE).matcher(uri).lookingAt();
            }
            return switch (pathType) {
                case "Exact" -> uri.equals(path);
                case "Prefix" -> path.equals("/") || uri.equals(stripSlash(path)) || uri.startsWith(stripSlash(path) + "/");
                default -> uri.startsWith(path);
            };
        }

        private static String stripSlash(String path) {
            return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        }
    }

    static IngressLocations of(List<Ingress> ingresses) {
        List<String> regexHosts = ingresses.stream().filter(IngressLocations::regex)
                .flatMap(i -> i.getSpec().getRules().stream().map(IngressRule::getHost)).toList();
        List<Location> locations = new ArrayList<>();
        for (Ingress ingress : ingresses) {
            long bodyLimit = bodyLimit(annotations(ingress).get(ANNOTATION + "proxy-body-size"));
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    locations.add(new Location(ingress.getMetadata().getName(), rule.getHost(), path.getPath(),
                            path.getPathType(), regexHosts.contains(rule.getHost()), bodyLimit));
                }
            }
        }
        return new IngressLocations(List.copyOf(locations));
    }

    List<String> hosts() {
        return locations.stream().map(Location::host).distinct().toList();
    }

    /** The location a request for {@code uri} on {@code host} reaches, if any. */
    Optional<Location> route(String host, String uri) {
        List<Location> ofHost = locations.stream().filter(l -> Objects.equals(l.host(), host)).toList();
        Optional<Location> exact = ofHost.stream().filter(l -> l.pathType().equals("Exact") && l.matches(uri)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        // longest path first: the regex order ingress-nginx writes, and the longest prefix otherwise
        return ofHost.stream().filter(l -> !l.pathType().equals("Exact"))
                .sorted(Comparator.comparingInt((Location l) -> l.path().length()).reversed())
                .filter(l -> l.matches(uri)).findFirst();
    }

    /** nginx's client_max_body_size as bytes: {@code 6m}, {@code 512k}, {@code 1g}, plain bytes; 0 (unlimited) as Long.MAX_VALUE. */
    static long bodyLimit(String size) {
        if (size == null) {
            return NGINX_DEFAULT_BODY_SIZE;
        }
        Matcher matcher = NGINX_SIZE.matcher(size.trim());
        if (!matcher.matches()) {
            throw new AssertionError("proxy-body-size '" + size + "' is not an nginx size (e.g. 6m)");
        }
        long number = Long.parseLong(matcher.group(1));
        long unit = switch (matcher.group(2).toLowerCase()) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return number == 0 ? Long.MAX_VALUE : number * unit;
    }

    private static boolean regex(Ingress ingress) {
        Map<String, String> annotations = annotations(ingress);
        return "true".equals(annotations.get(ANNOTATION + "use-regex")) || annotations.containsKey(ANNOTATION + "rewrite-target");
    }

    private static Map<String, String> annotations(Ingress ingress) {
        return Objects.requireNonNullElse(ingress.getMetadata().getAnnotations(), Map.of());
    }
}
