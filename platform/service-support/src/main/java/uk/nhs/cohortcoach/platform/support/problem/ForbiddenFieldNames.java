package uk.nhs.cohortcoach.platform.support.problem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Finds the first object key, anywhere in a JSON document, that MongoDB could read as something other
 * than a plain field name: a {@code $} prefix (an operator such as {@code $where} or {@code $ne}), a
 * dot (a path into a nested document) or a NUL character. Free-form values (maps, JSON nodes,
 * {@code Object} fields) are stored as sent, so such a key must be refused before anything is bound.
 */
final class ForbiddenFieldNames {

    /** A refused key: where it is and why it is refused. */
    record Violation(FieldPath path, String reason) {
    }

    private ForbiddenFieldNames() {
    }

    /**
     * Reads the whole document (every root-level value) and reports the first refused key.
     *
     * @throws tools.jackson.core.JacksonException when the document is not well-formed JSON
     */
    static Optional<Violation> find(JsonParser parser) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.PROPERTY_NAME) {
                String reason = reasonToRefuse(parser.currentName());
                if (reason != null) {
                    return Optional.of(new Violation(pathOf(parser.streamReadContext()), reason));
                }
            }
        }
        return Optional.empty();
    }

    /** Why a key is refused, or null when it is an acceptable field name. */
    static String reasonToRefuse(String name) {
        if (name.startsWith("$")) {
            return "field names must not start with '$'";
        }
        if (name.indexOf('.') >= 0) {
            return "field names must not contain '.'";
        }
        if (name.indexOf('\0') >= 0) {
            return "field names must not contain a NUL character";
        }
        return null;
    }

    private static FieldPath pathOf(TokenStreamContext context) {
        Deque<TokenStreamContext> outerFirst = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            outerFirst.push(c);
        }
        FieldPath path = FieldPath.root();
        for (TokenStreamContext c : outerFirst) {
            path = c.inArray() ? path.index(c.getCurrentIndex()) : path.property(c.currentName());
        }
        return path;
    }
}
