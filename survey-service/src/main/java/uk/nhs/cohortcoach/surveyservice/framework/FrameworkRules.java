package uk.nhs.cohortcoach.surveyservice.framework;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.support.problem.Words;

/**
 * What makes a framework version valid: all six components, each once, each with three to five
 * statements; statement ids unique across the framework and made of letters, digits and hyphens
 * (they become MongoDB field names in answers). Errors are keyed by JSON path as the client sends it.
 */
public final class FrameworkRules {

    public static final int MIN_STATEMENTS = 3;
    public static final int MAX_STATEMENTS = 5;
    static final Pattern STATEMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private FrameworkRules() {
    }

    /**
     * The id of a new framework: the one given, or made from its name (lower case, runs of anything but letters
     * and digits as one hyphen, at most 40 characters).
     *
     * @return field path → message when neither gives a usable id; empty when fine
     */
    public static Map<String, String> idProblems(String givenId, String name) {
        if (givenId != null) {
            return FRAMEWORK_ID.matcher(givenId).matches() ? Map.of()
                    : Map.of("frameworkId", "Framework id must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit");
        }
        return idFromName(name).isEmpty()
                ? Map.of("name", "Enter a name with a letter or digit in it, or enter a framework id") : Map.of();
    }

    /** The id a framework named so gets when none is given ("" when the name has no letter or digit). */
    public static String idFromName(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug;
    }

    /** @return field path → message; empty when valid */
    public static Map<String, String> problems(List<Framework.Component> components) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<MaturityComponent> seen = EnumSet.noneOf(MaturityComponent.class);
        Set<String> statementIds = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            Framework.Component component = components.get(i);
            String path = "components[" + i + "]";
            if (component.component() != null && !seen.add(component.component())) {
                errors.put(path + ".component", "This maturity component is already in the framework");
            }
            int count = component.statements().size();
            if (count < MIN_STATEMENTS || count > MAX_STATEMENTS) {
                errors.put(path + ".statements", "Add from " + MIN_STATEMENTS + " to " + MAX_STATEMENTS + " statements to the component");
            }
            for (int j = 0; j < count; j++) {
                String id = component.statements().get(j).id();
                String idPath = path + ".statements[" + j + "].id";
                if (id == null || !STATEMENT_ID.matcher(id).matches()) {
                    errors.put(idPath, "Statement id must be 1 to 40 letters, digits and hyphens, starting with a letter or digit");
                } else if (!statementIds.add(id)) {
                    errors.put(idPath, "Another statement already has this id");
                }
            }
        }
        Set<MaturityComponent> missing = EnumSet.allOf(MaturityComponent.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            errors.putIfAbsent("components", "Add every maturity component. Missing: " + Words.and(missing.stream().map(Words::of).toList()));
        }
        return errors;
    }
}
