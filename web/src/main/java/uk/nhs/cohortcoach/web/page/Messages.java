package uk.nhs.cohortcoach.web.page;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** web's own words ({@code messages.properties}, GOV.UK style); the APIs' words are shown as they come. */
@Component
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... arguments) {
        return source.getMessage(key, arguments, Locale.UK);
    }
}
