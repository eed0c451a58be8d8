package uk.nhs.cohortcoach.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import uk.nhs.cohortcoach.web.api.NotSignedInException;

/** A token the API refuses (expired): the session ends and the person signs in again. */
@ControllerAdvice
class NotSignedInAdvice {

    @ExceptionHandler(NotSignedInException.class)
    String signInAgain(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/sign-in";
    }
}
