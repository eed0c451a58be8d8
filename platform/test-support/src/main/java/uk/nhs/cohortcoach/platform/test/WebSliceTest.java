package uk.nhs.cohortcoach.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * A web-slice test: the service's controllers with the platform's web rules (token checks and role rules
 * decided before the body, input rules, problem details, correlation ids) and nothing behind them — no
 * broker, no database, no listeners. What the controllers call is given as Mockito mocks. Each service keeps
 * one abstract base class (e.g. {@code CohortWebSlice}) that carries this annotation, {@code @Import}s the
 * service's URL rules and declares every mock, and extends {@link WebSliceClient}; every {@code *WebTest}
 * extends that base, so all of a service's web tests share one Spring context, and calls the slice through
 * {@code http} exactly as an integration test calls the running service. For mapping, validation and who may
 * do what; anything that needs data kept or events sent stays a {@code *IT} with {@link PlatformIntegrationTest}.
 *
 * <pre>{@code
 * @WebSliceTest
 * @Import(WritesNeedProgrammeManagers.class)
 * @MockitoBean(types = {Cohorts.class, VisibilityResolver.class})
 * public abstract class CohortWebSlice extends WebSliceClient { }
 *
 * class CohortWebTest extends CohortWebSlice {
 *     @Autowired Cohorts cohorts;   // the mock, to stub and verify
 *     ...  http.post("/api/cohorts", Http.bearer("p", Role.COACH), "not json")  // 403, body never read
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@ContextConfiguration(initializers = WebSliceInitializer.class)
public @interface WebSliceTest {

    /** The controllers under test (all of the module's, if none is named). */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] controllers() default {};
}
