package uk.nhs.cohortcoach.web.page;

import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * The security chain's refusals as GOV.UK pages, rendered where they happen (no forward): a POST without
 * a current CSRF token gets "This form has expired", a role rule the 403 page. Both 403.
 */
@Component
public class RefusalPages implements AccessDeniedHandler {

    private final TemplateEngine templates;
    private final Layouts layouts;

    RefusalPages(TemplateEngine templates, Layouts layouts) {
        this.templates = templates;
        this.layouts = layouts;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        String template = denied instanceof CsrfException ? "errors/formexpired.jte" : "errors/forbidden.jte";
        Layout layout = layouts.of(request, response);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        templates.render(template, Map.of("layout", layout), new PrintWriterOutput(response.getWriter()));
    }
}
