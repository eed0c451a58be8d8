package uk.nhs.cohortcoach.notificationservice.notify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One call to GOV.UK Notify's "send an email": {@code POST /v2/notifications/email} with
 * {@code {"email_address", "template_id", "personalisation", "reference"}} and a fresh
 * {@link NotifyJwt} as bearer token. No retry here (that is {@link NotifyEmailChannel}'s job).
 *
 * <p>Outcomes: 2xx → Notify's notification {@code id}; 400, 403 and the other 4xx except 408 and 429 →
 * {@link NotifyRejectedException} with Notify's {@code errors[].error: message} text; 408, 429, 5xx,
 * connection refused, connect or read timeout and any other I/O failure → {@link NotifyUnavailableException}.
 * Neither the email address nor the personalisation is ever logged or put in an exception.
 *
 * <p>The request body is written and the response read with this class's own JSON mapper, so the
 * service's web JSON settings (e.g. rejecting unknown fields) cannot break reading Notify's answers.
 */
public class NotifyClient {

    static final String SEND_EMAIL_PATH = "/v2/notifications/email";
    private static final int MAX_REASON_LENGTH = 500;
    private static final Logger log = LoggerFactory.getLogger(NotifyClient.class);

    private final RestClient restClient;
    private final NotifyJwt jwt;
    private final Function<String, String> templateIds;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param restClient  with Notify's base URL and the connect/read timeouts already set
     * @param jwt         makes the bearer token
     * @param templateIds template key → Notify template id, {@code null} when not configured
     */
    public NotifyClient(RestClient restClient, NotifyJwt jwt, Function<String, String> templateIds) {
        this.restClient = Objects.requireNonNull(restClient);
        this.jwt = Objects.requireNonNull(jwt);
        this.templateIds = Objects.requireNonNull(templateIds);
    }

    /**
     * Sends one email.
     *
     * @return Notify's id for the notification
     * @throws NotifyRejectedException    permanent refusal
     * @throws NotifyUnavailableException transient failure
     */
    public String send(Email email) {
        String templateId = templateIds.apply(email.template());
        if (templateId == null) {
            throw new NotifyRejectedException(0, "No GOV.UK Notify template id configured for template '" + email.template() + "'");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email_address", email.emailAddress());
        body.put("template_id", templateId);
        body.put("personalisation", email.personalisation());
        if (!email.reference().isBlank()) {
            body.put("reference", email.reference());
        }
        byte[] requestJson = json.writeValueAsBytes(body);
        try {
            return restClient.post()
                    .uri(SEND_EMAIL_PATH)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt.token())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(requestJson)
                    .exchange((request, response) -> answer(email, response.getStatusCode(), read(response.getBody())));
        } catch (NotifyException e) {
            throw e;
        } catch (RestClientException e) {
            // ResourceAccessException wraps connection refused, connect and read timeouts and other I/O errors
            Throwable cause = e.getMostSpecificCause();
            throw new NotifyUnavailableException("GOV.UK Notify could not be reached: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + truncate(cause.getMessage()) + ")"), e);
        }
    }

    private String answer(Email email, HttpStatusCode status, String responseBody) {
        int code = status.value();
        if (status.is2xxSuccessful()) {
            String id = field(responseBody, "id");
            if (id == null) {
                log.warn("GOV.UK Notify accepted {} with status {} but gave no notification id", email, code);
                return "unknown";
            }
            return id;
        }
        String reason = "GOV.UK Notify answered " + code + errors(responseBody);
        if (code == 408 || code == 429 || status.is5xxServerError() || !status.is4xxClientError()) {
            throw new NotifyUnavailableException(reason);
        }
        throw new NotifyRejectedException(code, reason);
    }

    private static String read(InputStream body) throws IOException {
        if (body == null) {
            return "";
        }
        try (body) {
            return new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    private String field(String responseBody, String name) {
        JsonNode node = parse(responseBody);
        JsonNode value = node == null ? null : node.get(name);
        return value == null || !value.isString() ? null : value.asString();
    }

    /** Notify's errors as {@code ": BadRequestError: Missing personalisation: name; ..."}, or "" if none. */
    private String errors(String responseBody) {
        JsonNode node = parse(responseBody);
        JsonNode errors = node == null ? null : node.get("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode error : errors) {
            String kind = error.path("error").asString("");
            String message = error.path("message").asString("");
            parts.add(kind.isEmpty() ? message : message.isEmpty() ? kind : kind + ": " + message);
        }
        return ": " + truncate(String.join("; ", parts));
    }

    private JsonNode parse(String responseBody) {
        if (responseBody == null || responseBody.isBlank()) {
            return null;
        }
        try {
            return json.readTree(responseBody);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "…";
    }
}
