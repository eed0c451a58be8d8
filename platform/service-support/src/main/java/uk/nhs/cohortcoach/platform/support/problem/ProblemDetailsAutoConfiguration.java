package uk.nhs.cohortcoach.platform.support.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/**
 * Installs the platform's problem-details advice in place of Spring Boot's default one, an error
 * controller that answers errors outside Spring MVC as problems too, and the strict JSON reader for
 * the service's own API (server side only: clients and Kafka keep the tolerant mapper).
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class},
        after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RequestBodyProperties.class)
@Import({ProblemDetailsAdvice.class, BindingProblemsAdvice.class})
public class ProblemDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Tomcat's own error page (for requests refused before the application) becomes a problem too. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** Runs after Spring Boot's own customizer (order 0), so this JSON converter replaces the default one. */
    @Bean
    @Order(100)
    ServerHttpMessageConvertersCustomizer strictJsonRequestBodies(JsonMapper jsonMapper, RequestBodyProperties properties) {
        StrictJsonHttpMessageConverter converter = new StrictJsonHttpMessageConverter(jsonMapper, properties.maxSize());
        return builder -> builder.withJsonConverter(converter);
    }
}
