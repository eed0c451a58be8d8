package uk.nhs.cohortcoach.web.hub;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.cohortcoach.web.api.HubTaxonomy;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Words;

/**
 * hub-service's codes in its own words (its taxonomy's labels; a code it does not label, in plain words), and the
 * figures a resource page writes: a file's type and size ("PDF, 1.2 MB"), a recording's length ("1 hour 5 minutes").
 * Public: the templates read it.
 */
public final class HubWords {

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final HubTaxonomy taxonomy;

    HubWords(HubTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (List<HubTaxonomy.Term> terms : List.of(taxonomy.kinds(), taxonomy.components(), taxonomy.themes(), taxonomy.audiences())) {
            terms.forEach(term -> labels.putIfAbsent(term.code(), term.label()));
        }
    }

    /** The label of a kind, component, theme or audience. */
    public String of(String code) {
        String label = labels.get(code);
        return label != null ? label : Words.of(code);
    }

    public List<Choice> kinds() {
        return choices(taxonomy.kinds());
    }

    public List<Choice> components() {
        return choices(taxonomy.components());
    }

    public List<Choice> themes() {
        return choices(taxonomy.themes());
    }

    /** The themes of one group (hub-service's {@code group}: clinical areas, population groups), in its order. */
    public List<Choice> themes(String group) {
        return choices(taxonomy.themes().stream().filter(term -> group.equals(term.group())).toList());
    }

    /** The theme groups in the order hub-service lists them. */
    public List<String> themeGroups() {
        return taxonomy.themes().stream().map(HubTaxonomy.Term::group).filter(group -> group != null).distinct().toList();
    }

    public List<Choice> audiences() {
        return choices(taxonomy.audiences());
    }

    /** "PDF, 1.2 MB", "PDF, 830 KB", "PDF, 512 bytes": the GOV.UK way of saying what a download is. */
    public static String fileDescription(String contentType, long bytes) {
        String type = contentType == null || contentType.isBlank() || "application/pdf".equalsIgnoreCase(contentType) ? "PDF"
                : contentType.substring(contentType.indexOf('/') + 1).toUpperCase(Locale.UK);
        return type + ", " + size(bytes);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP).toPlainString() + " KB";
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + " MB";
    }

    /** "45 minutes", "1 hour", "1 hour 5 minutes", "2 hours 30 minutes". */
    public static String duration(Integer minutes) {
        if (minutes == null || minutes <= 0) {
            return "";
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = rest == 0 ? "" : rest + (rest == 1 ? " minute" : " minutes");
        return (h + " " + m).trim();
    }

    /** Whether a link may be an {@code href}: only web addresses (a {@code javascript:} one is shown as text). */
    public static boolean webAddress(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static List<Choice> choices(List<HubTaxonomy.Term> terms) {
        return terms.stream().map(term -> Choice.of(term.code(), term.label())).toList();
    }
}
