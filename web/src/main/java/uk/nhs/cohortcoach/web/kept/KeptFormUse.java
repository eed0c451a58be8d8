package uk.nhs.cohortcoach.web.kept;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/** A kept form sent again from "Save your changes" carries {@code _kept=<id>}: the entry is deleted as it is used. */
@Configuration
class KeptFormUse implements WebMvcConfigurer {

    static final String PARAMETER = "_kept";

    private final KeptForms forms;

    KeptFormUse(KeptForms forms) {
        this.forms = forms;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String id = request.getParameter(PARAMETER);
                if (id != null && "POST".equals(request.getMethod())) {
                    SignedInPerson.current().ifPresent(person -> forms.delete(id, person));
                }
                return true;
            }
        });
    }
}
