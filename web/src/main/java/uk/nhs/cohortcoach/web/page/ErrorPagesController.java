package uk.nhs.cohortcoach.web.page;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error dispatch ({@code /error}: whatever failed outside a controller) as the GOV.UK
 * error pages. Replaces Spring Boot's whitelabel error page.
 */
@Controller
class ErrorPagesController implements ErrorController {

    private final ErrorPages pages;

    ErrorPagesController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        return switch (status) {
            case 404, 405 -> pages.page("errors/notfound", HttpStatus.NOT_FOUND, request, response);
            case 403 -> pages.page("errors/forbidden", HttpStatus.FORBIDDEN, request, response);
            case 503 -> pages.page("errors/problem", HttpStatus.SERVICE_UNAVAILABLE, request, response);
            default -> pages.page("errors/problem", status >= 400 && status < 500 ? HttpStatus.valueOf(status)
                    : HttpStatus.INTERNAL_SERVER_ERROR, request, response);
        };
    }
}
