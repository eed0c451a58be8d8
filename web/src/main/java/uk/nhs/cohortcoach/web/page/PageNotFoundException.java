package uk.nhs.cohortcoach.web.page;

/** What the page is about does not exist, or not for this person: "Page not found" (404). */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String what) {
        super(what);
    }
}
