package uk.nhs.cohortcoach.platform.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

class ParameterChecksTest {

    private final ParameterChecks checks = new ParameterChecks();

    @Test
    void decodesValidPercentEncodedUtf8AndPlusAsSpace() {
        assertThat(ParameterChecks.decode("Si%C3%A2n+O%27Neill")).hasValue("Siân O'Neill");
        assertThat(ParameterChecks.decode("%F0%9F%9A%91")).hasValue("🚑");
    }

    @Test
    void refusesInvalidUtf8RatherThanDecodingItIntoAnotherCharacter() {
        for (String invalid : new String[] {"a%C3%28", "%C0%AF", "%ED%A0%80", "caf%E9", "%F8%88%80%80%80", "%", "%4", "%G1", "é"}) {
            assertThat(ParameterChecks.decode(invalid)).as(invalid).isEmpty();
        }
    }

    @Test
    void roundTripsGeneratedTextEncodedAsABrowserWould() {
        Random random = new Random(20261125L);
        for (int run = 0; run < 2_000; run++) {
            String text = random.ints(random.nextInt(10), 0x20, 0x2FFF).filter(c -> !Character.isSurrogate((char) c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertThat(ParameterChecks.decode(URLEncoder.encode(text, StandardCharsets.UTF_8))).hasValue(text);
        }
    }

    @Test
    void namesEachParameterThatBreaksTheRulesAndPassesTheOthers() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/people");
        request.setQueryString("name=Ann&email=a%00b&sort=evil%E2%80%AEtxt&page=%C3%28");
        InvalidParameterException refused = catchThrowableOfType(InvalidParameterException.class,
                () -> checks.preHandle(request, new MockHttpServletResponse(), new Object()));
        assertThat(refused.errors()).containsOnlyKeys("email", "sort", "page");
        assertThat(refused.errors().get("page")).contains("UTF-8");
    }

    @Test
    void checksPathVariablesAsDecoded() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/people/x");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "a\u202Eb"));
        InvalidParameterException refused = catchThrowableOfType(InvalidParameterException.class,
                () -> checks.preHandle(request, new MockHttpServletResponse(), new Object()));
        assertThat(refused.errors()).containsOnlyKeys("id");
    }

    @Test
    void letsAnOrdinaryRequestThrough() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/people");
        request.setQueryString("name=Si%C3%A2n&page=2&sort=name,desc");
        assertThat(checks.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
    }
}
