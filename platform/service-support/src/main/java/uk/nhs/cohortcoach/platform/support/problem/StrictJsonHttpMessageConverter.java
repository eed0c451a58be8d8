package uk.nhs.cohortcoach.platform.support.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ContentTooLargeException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import uk.nhs.cohortcoach.platform.support.input.RequestInputModule;

/**
 * The JSON converter for request and response bodies of a service's own API. It reads strictly:
 * <ul>
 * <li>a body larger than the configured limit is refused (413) before it is parsed;</li>
 * <li>a key MongoDB could treat as an operator or a path ({@link ForbiddenFieldNames}) is refused
 * anywhere in the document, including inside maps and free-form values;</li>
 * <li>unknown fields, nulls for primitives, numbers for enums, fractions for whole numbers,
 * scalars of the wrong JSON type (a string for a number, a number for a string) and trailing
 * content are refused;</li>
 * <li>text, dates and times follow the rules every field shares ({@link RequestInputModule}).</li>
 * </ul>
 * A {@code @RequestBody} that is well-formed JSON is read past values that cannot be bound (see
 * {@link BindingProblemsAdvice}), so the answer names every such field together with what Bean
 * Validation and the service find; anything else fails at its first problem.
 * Writing is unchanged: the mapper is the application's own, with only reading features changed.
 * Kafka, RestClient and everything else keep the application's tolerant mapper.
 */
class StrictJsonHttpMessageConverter extends JacksonJsonHttpMessageConverter {

    /** Charsets Jackson decodes itself from bytes; others go through a reader, as in the superclass. */
    private static final Set<String> JACKSON_DECODED = Set.of(
            "UTF-8", "UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32", "UTF-32BE", "UTF-32LE");

    /** The most unbindable values one answer names; past that the first alone is answered. */
    private static final int MAX_SKIPPED = 100;

    private final long maxBodyBytes;

    StrictJsonHttpMessageConverter(JsonMapper applicationMapper, DataSize maxBody) {
        super(strict(applicationMapper));
        this.maxBodyBytes = maxBody.toBytes();
    }

    static JsonMapper strict(JsonMapper applicationMapper) {
        return applicationMapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // text rules and the date range every field shares (see the input package)
                .addModule(new RequestInputModule())
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // the feature above stops "42" becoming a number; these stop 42 or true becoming "42" or "true"
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) throws IOException {
        HttpInputMessage checked = checked(input);
        try {
            return super.read(type, checked, hints);
        } catch (HttpMessageNotReadableException ex) {
            if (input instanceof BindingProblemsAdvice.CollectingInput collecting && checked instanceof CheckedBody body
                    && JsonReadProblems.isBindingProblem(ex.getCause())) {
                return readPast(type, body, ex, collecting);
            }
            throw ex;
        }
    }

    /**
     * Reads a body whose first unbindable value was {@code first}'s cause, skipping that value and each
     * next one found (a field left out, a list item made null) so one answer can name them all; the
     * values skipped go to {@code collecting} and Bean Validation then sees the rest. Gives up with
     * {@code first} when a problem is about the body as a whole or the same value fails twice.
     */
    private Object readPast(ResolvableType type, CheckedBody body, HttpMessageNotReadableException first,
            BindingProblemsAdvice.CollectingInput collecting) {
        JsonNode tree;
        try (JsonParser parser = parserLikeTheSuperclassUses(body)) {
            tree = getMapper().readTree(parser);
        } catch (JacksonException notATree) {
            throw first;
        }
        ObjectReader reader = getMapper().readerFor(getMapper().constructType(type.getType()));
        List<JacksonException> skipped = new ArrayList<>();
        Set<FieldPath> seen = new HashSet<>();
        Set<FieldPath> defaulted = new HashSet<>();
        JacksonException next = (JacksonException) first.getCause();
        while (true) {
            FieldPath path = FieldPath.of(next.getPath());
            if (seen.contains(path) && !defaulted.contains(path) && placeholder(next) != null) {
                // a primitive left out cannot be missing either: it gets a placeholder, the error already stands
                defaulted.add(path);
                put(tree, next.getPath(), placeholder(next));
            } else if (path.isRoot() || !seen.add(path) || skipped.size() >= MAX_SKIPPED || !skip(tree, next.getPath())) {
                throw first;
            } else {
                skipped.add(next);
            }
            try {
                Object value = reader.readValue(tree);
                collecting.skipped(skipped);
                return value;
            } catch (JacksonException again) {
                if (!JsonReadProblems.isBindingProblem(again)) {
                    throw first;
                }
                next = again;
            }
        }
    }

    /** Leaves out the value at {@code path}: a field is removed, a list item becomes null (so later indexes stay). */
    private static boolean skip(JsonNode root, List<JacksonException.Reference> path) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1 && parent != null; i++) {
            parent = child(parent, path.get(i));
        }
        JacksonException.Reference last = path.get(path.size() - 1);
        if (last.getPropertyName() != null && parent instanceof ObjectNode object && object.has(last.getPropertyName())) {
            object.remove(last.getPropertyName());
            return true;
        }
        if (last.getPropertyName() == null && parent instanceof ArrayNode array && last.getIndex() >= 0
                && last.getIndex() < array.size()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }

    /** A value a primitive field can hold, for one that was left out; null when the target is not a primitive. */
    private static JsonNode placeholder(JacksonException ex) {
        Class<?> target = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null || !target.isPrimitive()) {
            return null;
        }
        if (target == boolean.class) {
            return BooleanNode.FALSE;
        }
        return target == double.class || target == float.class ? DoubleNode.valueOf(0) : IntNode.valueOf(0);
    }

    private static void put(JsonNode root, List<JacksonException.Reference> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1 && parent != null; i++) {
            parent = child(parent, path.get(i));
        }
        JacksonException.Reference last = path.get(path.size() - 1);
        if (last.getPropertyName() != null && parent instanceof ObjectNode object) {
            object.set(last.getPropertyName(), value);
        }
    }

    private static JsonNode child(JsonNode parent, JacksonException.Reference reference) {
        if (reference.getPropertyName() != null) {
            return parent.isObject() ? parent.get(reference.getPropertyName()) : null;
        }
        return parent.isArray() && reference.getIndex() >= 0 ? parent.get(reference.getIndex()) : null;
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
        return super.readInternal(clazz, checked(input));
    }

    private HttpInputMessage checked(HttpInputMessage input) throws IOException {
        if (input instanceof CheckedBody) {
            return input;
        }
        CheckedBody body = new CheckedBody(input.getHeaders(), readAtMostLimit(input));
        try (JsonParser parser = parserLikeTheSuperclassUses(body)) {
            ForbiddenFieldNames.find(parser).ifPresent(violation -> {
                throw new HttpMessageNotReadableException("Forbidden field name",
                        new ForbiddenFieldNameException(violation), input);
            });
        } catch (JacksonException notJson) {
            throw new HttpMessageNotReadableException("JSON parse error", notJson, input);
        }
        return body;
    }

    private byte[] readAtMostLimit(HttpInputMessage input) throws IOException {
        long declared = input.getHeaders().getContentLength();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] bytes = input.getBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        return bytes;
    }

    private ContentTooLargeException tooLarge() {
        ContentTooLargeException tooLarge = new ContentTooLargeException(null);
        tooLarge.setDetail("The request body is larger than the " + maxBodyBytes + " bytes this service accepts.");
        return tooLarge;
    }

    private JsonParser parserLikeTheSuperclassUses(CheckedBody body) {
        Charset charset = getCharset(body.getHeaders().getContentType());
        if (JACKSON_DECODED.contains(charset.name())) {
            return getMapper().createParser(body.bytes);
        }
        return getMapper().createParser(new InputStreamReader(new ByteArrayInputStream(body.bytes), charset));
    }

    /** A body already read, size-checked and scanned; handed on to the superclass as if unread. */
    private static final class CheckedBody implements HttpInputMessage {

        private final HttpHeaders headers;
        private final byte[] bytes;

        CheckedBody(HttpHeaders headers, byte[] bytes) {
            this.headers = headers;
            this.bytes = bytes;
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
