package uk.nhs.cohortcoach.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;
import uk.nhs.cohortcoach.web.api.ApiFailedException;
import uk.nhs.cohortcoach.web.api.ApiForbiddenException;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.NotSignedInException;
import uk.nhs.cohortcoach.web.kept.KeptWork;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * What a page shows when it cannot show itself, never a stack trace: an API's 401 sends the person to
 * sign in (and back here after); 403 the "no access" page; 404 (from an API, or an address nobody
 * answers) "Page not found"; anything else, an API that failed, timed out or cannot be reached, "Sorry,
 * there is a problem with the service" (500, or 503 when a service is down).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final Layouts layouts;
    private final KeptWork keptWork;

    ErrorPages(Layouts layouts, KeptWork keptWork) {
        this.layouts = layouts;
        this.keptWork = keptWork;
    }

    /** The API refused the token (it expired on the way): sign in again, keeping a form that was being sent. */
    @ExceptionHandler(NotSignedInException.class)
    String signInAgain(HttpServletRequest request) {
        return "redirect:" + keptWork.signInAgain(request, SignedInPerson.current());
    }

    @ExceptionHandler({AccessDeniedException.class, ApiForbiddenException.class})
    ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
        return page("errors/forbidden", HttpStatus.FORBIDDEN, request, response);
    }

    @ExceptionHandler({ApiNotFoundException.class, PageNotFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page("errors/notfound", HttpStatus.NOT_FOUND, request, response);
    }

    @ExceptionHandler(ResourceAccessException.class)
    ModelAndView unavailable(ResourceAccessException failure, HttpServletRequest request, HttpServletResponse response) {
        log.warn("A service did not answer {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
        return page("errors/problem", HttpStatus.SERVICE_UNAVAILABLE, request, response);
    }

    @ExceptionHandler(ApiFailedException.class)
    ModelAndView failed(ApiFailedException failure, HttpServletRequest request, HttpServletResponse response) {
        log.warn("A service failed {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
        HttpStatus status = failure.status() == 503 ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
        return page("errors/problem", status, request, response);
    }

    /** Spring MVC's own refusals (no such address, method not allowed, a bad parameter) keep their status. */
    @ExceptionHandler(Exception.class)
    ModelAndView anythingElse(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        if (failure instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            int status = known.getStatusCode().value();
            return page(status == 404 || status == 405 ? "errors/notfound" : "errors/problem",
                    status == 405 ? HttpStatus.NOT_FOUND : HttpStatus.valueOf(status), request, response);
        }
        log.error("Page failed: {} {}", request.getMethod(), request.getRequestURI(), failure);
        return page("errors/problem", HttpStatus.INTERNAL_SERVER_ERROR, request, response);
    }

    ModelAndView page(String view, HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("layout", layouts.of(request, response));
        return page;
    }
}
