package uk.nhs.cohortcoach.platform.support.security;

import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link RoleCheckBeforeBody} ahead of every other interceptor. */
class RoleCheckBeforeBodyConfiguration implements WebMvcConfigurer {

    /** Before the input checks of the {@code input} package (order 0). */
    static final int ORDER = -100;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RoleCheckBeforeBody()).order(ORDER);
    }
}
