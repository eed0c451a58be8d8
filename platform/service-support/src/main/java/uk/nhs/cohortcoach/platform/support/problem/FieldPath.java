package uk.nhs.cohortcoach.platform.support.problem;

import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * A path into a JSON document, written the way a client reads it: {@code members[0].odsCode}.
 * Names that are not plain words (a map key with a dot, a space, a quote, a control character) are
 * written as a quoted, escaped key: {@code labels["v1.2"]}. Immutable.
 */
final class FieldPath {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$@-]+");

    private static final FieldPath ROOT = new FieldPath("");

    private final String text;

    private FieldPath(String text) {
        this.text = text;
    }

    static FieldPath root() {
        return ROOT;
    }

    /** The path Jackson recorded while reading, from the outermost reference inwards. */
    static FieldPath of(List<JacksonException.Reference> references) {
        FieldPath path = ROOT;
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path = path.property(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path = path.index(reference.getIndex());
            }
        }
        return path;
    }

    FieldPath property(String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return new FieldPath(text.isEmpty() ? name : text + "." + name);
        }
        return new FieldPath(text + "[" + quoted(name) + "]");
    }

    FieldPath index(int index) {
        return new FieldPath(text + "[" + index + "]");
    }

    boolean isRoot() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPath path && path.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static String quoted(String name) {
        StringBuilder quoted = new StringBuilder(name.length() + 2).append('"');
        for (char c : name.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
