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
 * A web-slice test: the named controllers with the platform's web rules (token checks and role rules
 * decided before the body, input rules, problem details, correlation ids) and nothing behind them — no
 * broker, no database, no listeners. What the controllers call is given as {@code @MockitoBean}s; a
 * service's URL rules ({@code RequestAuthorizations}) are {@code @Import}ed. Call it with
 * {@link Http#over(org.springframework.test.web.servlet.MockMvc)} and {@link Http#bearer}, as an
 * integration test calls the running service. For mapping, validation and who may do what; anything that
 * needs data kept or events sent stays a {@code *IT} with {@link PlatformIntegrationTest}.
 *
 * <pre>{@code
 * @WebSliceTest(controllers = CohortController.class)
 * @Import(WritesNeedProgrammeManagers.class)
 * class CohortWebTest {
 *     @MockitoBean Cohorts cohorts;
 *     @Autowired MockMvc mockMvc;
 *     ...  Http.over(mockMvc).post("/api/cohorts", Http.bearer("p", Role.COACH), "{}")  // 403, body never read
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
