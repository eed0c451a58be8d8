package uk.nhs.cohortcoach.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's model the {@link Layout} as {@code layout}. */
@ControllerAdvice
class LayoutAdvice {

    private final Layouts layouts;

    LayoutAdvice(Layouts layouts) {
        this.layouts = layouts;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request, HttpServletResponse response) {
        return layouts.of(request, response);
    }
}
