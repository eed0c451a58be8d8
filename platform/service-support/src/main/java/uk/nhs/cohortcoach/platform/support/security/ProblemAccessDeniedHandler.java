package uk.nhs.cohortcoach.platform.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 for a valid token whose roles do not allow the request, as a problem with the correlation id. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, SecurityProblems.FORBIDDEN_DETAIL);
    }
}
