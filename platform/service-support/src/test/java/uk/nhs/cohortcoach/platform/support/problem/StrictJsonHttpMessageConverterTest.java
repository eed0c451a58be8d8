package uk.nhs.cohortcoach.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ContentTooLargeException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonHttpMessageConverterTest {

    enum Colour { RED, GREEN }

    record Widget(String name, int size, Integer weight, Colour colour, LocalDate due, Map<String, Object> attributes) {
    }

    private final StrictJsonHttpMessageConverter converter =
            new StrictJsonHttpMessageConverter(JsonMapper.builder().build(), DataSize.ofBytes(200));

    @Test
    void readsAWellFormedBody() throws Exception {
        Widget widget = (Widget) read(Widget.class,
                "{\"name\":\"a\",\"size\":2,\"colour\":\"RED\",\"due\":\"2026-03-29\",\"attributes\":{\"k\":[1]}}");

        assertThat(widget).isEqualTo(new Widget("a", 2, null, Colour.RED, LocalDate.of(2026, 3, 29), Map.of("k", List.of(1))));
    }

    @Test
    void refusesAnUnknownField() {
        assertThat(causeOfFailure(Widget.class, "{\"name\":\"a\",\"size\":1,\"admin\":true}"))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void refusesNullForAPrimitive() {
        assertRefusedAt("{\"size\":null}", "size");
    }

    @Test
    void refusesATextualNumberAFractionForAWholeNumberAndANumberForText() {
        assertRefusedAt("{\"size\":\"42\"}", "size");
        assertRefusedAt("{\"size\":1,\"weight\":1.5}", "weight");
        assertRefusedAt("{\"size\":1,\"name\":42}", "name");
        assertRefusedAt("{\"size\":1,\"name\":1.5}", "name");
        assertRefusedAt("{\"size\":1,\"name\":true}", "name");
    }

    @Test
    void refusesAnEnumByNumberOrUnknownName() {
        assertRefusedAt("{\"size\":1,\"colour\":1}", "colour");
        assertThat(causeOfFailure(Widget.class, "{\"size\":1,\"colour\":\"PURPLE\"}")).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void refusesTrailingContent() {
        assertThat(causeOfFailure(Widget.class, "{\"size\":1} {\"size\":2}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesAnOperatorKeyInsideAMapBeforeBinding() {
        assertThat(causeOfFailure(Widget.class, "{\"size\":1,\"attributes\":{\"$where\":\"1\"}}"))
                .isInstanceOfSatisfying(ForbiddenFieldNameException.class,
                        e -> assertThat(e.violation().path()).hasToString("attributes.$where"));
    }

    @Test
    void refusesAnOperatorKeyInAFreeFormBody() {
        assertThat(causeOfFailure(JsonNode.class, "{\"filter\":{\"$ne\":null}}"))
                .isInstanceOf(ForbiddenFieldNameException.class);
        assertThat(causeOfFailure(Map.class, "{\"a.b\":1}")).isInstanceOf(ForbiddenFieldNameException.class);
    }

    @Test
    void scansABodyInANonUnicodeCharsetAsTheConverterReadsIt() {
        MockHttpInputMessage latin1 = message("{\"attributes\":{\"caf\u00e9\":{\"$gt\":1}}}", StandardCharsets.ISO_8859_1);

        Throwable failure = catchThrowable(() -> converter.read(ResolvableType.forClass(Widget.class), latin1, null));

        assertThat(failure).isInstanceOf(HttpMessageNotReadableException.class)
                .cause().isInstanceOf(ForbiddenFieldNameException.class);
    }

    @Test
    void refusesABodyLargerThanTheLimitWithoutParsingIt() {
        String big = "{\"name\":\"" + "x".repeat(300) + "\"}";

        assertThat(catchThrowable(() -> read(Widget.class, big))).isInstanceOf(ContentTooLargeException.class);
    }

    @Test
    void refusesABodyWhoseDeclaredLengthIsTooLarge() {
        MockHttpInputMessage message = message("{}", StandardCharsets.UTF_8);
        message.getHeaders().setContentLength(10_000);

        assertThat(catchThrowable(() -> converter.read(ResolvableType.forClass(Widget.class), message, null)))
                .isInstanceOf(ContentTooLargeException.class);
    }

    @Test
    void writesWithTheApplicationsMapperUnchanged() {
        assertThat(converter.getMapper().writeValueAsString(new Widget("a", 1, null, Colour.GREEN, null, null)))
                .isEqualTo(JsonMapper.builder().build().writeValueAsString(new Widget("a", 1, null, Colour.GREEN, null, null)));
    }

    private Object read(Class<?> type, String json) throws Exception {
        return converter.read(ResolvableType.forClass(type), message(json, StandardCharsets.UTF_8), null);
    }

    private Throwable causeOfFailure(Class<?> type, String json) {
        Throwable failure = catchThrowable(() -> read(type, json));
        assertThat(failure).as("reading %s", json).isInstanceOf(HttpMessageNotReadableException.class);
        return failure.getCause();
    }

    private void assertRefusedAt(String json, String path) {
        assertThat(causeOfFailure(Widget.class, json)).as(json).isInstanceOfSatisfying(MismatchedInputException.class,
                mismatch -> assertThat(FieldPath.of(mismatch.getPath())).hasToString(path));
    }

    private static MockHttpInputMessage message(String json, Charset charset) {
        MockHttpInputMessage message = new MockHttpInputMessage(json.getBytes(charset));
        message.getHeaders().setContentType(new MediaType(MediaType.APPLICATION_JSON, charset));
        return message;
    }
}
