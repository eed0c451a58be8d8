package uk.nhs.cohortcoach.platform.support.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks every query and path parameter before a handler sees it: the query string must be valid
 * percent-encoded UTF-8 (an invalid sequence is refused, never decoded into a replacement character)
 * and every name and value must pass {@link TextRules} as one line. Runs after the role check
 * (the security package's interceptor), before parameters are converted.
 */
final class ParameterChecks implements HandlerInterceptor {

    private static final String NOT_UTF8 = "The value must be UTF-8 text, percent-encoded";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Map<String, String> errors = new LinkedHashMap<>();
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                Optional<String> rawName = decode(equals < 0 ? pair : pair.substring(0, equals));
                String name = rawName.orElse("query");
                if (rawName.isEmpty()) {
                    errors.putIfAbsent(name, NOT_UTF8);
                    continue;
                }
                TextRules.problemWith(name, false).ifPresent(problem -> errors.putIfAbsent("query", "A parameter name " + problem));
                if (equals >= 0) {
                    Optional<String> value = decode(pair.substring(equals + 1));
                    if (value.isEmpty()) {
                        errors.putIfAbsent(name, NOT_UTF8);
                    } else {
                        TextRules.problemWith(value.get(), false).ifPresent(problem -> errors.putIfAbsent(name, problem));
                    }
                }
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> TextRules.problemWith(String.valueOf(value), false)
                    .ifPresent(problem -> errors.putIfAbsent(String.valueOf(name), problem)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return true;
    }

    /** Strict application/x-www-form-urlencoded decoding: '+' is a space, %XX bytes must form valid UTF-8. */
    static Optional<String> decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty(); // a raw non-ASCII byte in a query string: not percent-encoded
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException invalid) {
            return Optional.empty();
        }
    }
}
