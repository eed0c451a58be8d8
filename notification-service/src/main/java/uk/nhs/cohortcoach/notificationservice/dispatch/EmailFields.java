package uk.nhs.cohortcoach.notificationservice.dispatch;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.action.OutsideOwners;
import uk.nhs.cohortcoach.notificationservice.message.ContentRedactionRules;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.openevent.Registrants;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.person.PersonDirectory;
import uk.nhs.cohortcoach.notificationservice.privacy.PrivacyNotice;
import uk.nhs.cohortcoach.notificationservice.session.CalendarLinks;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyWaves;

/**
 * The fields an email's template is filled with, made in one place for both uses: {@link Delivery} hands them to the
 * channel with the personal links in them, and the delivery log shows them again ({@link #asShown}) with every
 * credential replaced by words ({@link ContentRedactionRules}), so a manager sees the email as it went without being
 * able to use anyone's link. The survey link and an open-event registrant's cancel and feedback links are never made for
 * the log (their fields are filled with the words directly); the calendar link only tells whether the email had one.
 */
@Component
public class EmailFields {

    private final PersonDirectory people;
    private final SurveyLinks links;
    private final CalendarLinks calendarLinks;
    private final SurveyWaves waves;
    private final PrivacyNotice privacy;
    private final Registrants registrants;

    EmailFields(PersonDirectory people, SurveyLinks links, CalendarLinks calendarLinks, SurveyWaves waves, PrivacyNotice privacy,
            Registrants registrants) {
        this.registrants = registrants;
        this.people = people;
        this.links = links;
        this.calendarLinks = calendarLinks;
        this.waves = waves;
        this.privacy = privacy;
    }

    /** What goes to the channel: the stored fields, the name, the wave's label, the personal links and the privacy line. */
    Map<String, String> toSend(Message message, Person person, String waveLabel) {
        // the invitation's newest link: after "send me my link again" every survey email carries the fresh one
        return fields(message, person.name(), waveLabel, invitation -> links.linkFor(invitation, waves.linkGenerationOf(invitation)),
                calendarLinks.linkFor(message), registrants.linksFor(message, false));
    }

    /**
     * What the delivery log shows, by field name: as {@link #toSend} would make it now (the recipient's name as this
     * service knows it), the links replaced by words. Empty when the content is gone (erased, or past its retention).
     */
    public Optional<Map<String, String>> asShown(Message message) {
        if (message.personalisation().isEmpty() && message.invitationId() == null) {
            return Optional.empty();
        }
        String name = OutsideOwners.isOutsider(message) ? OutsideOwners.recipient(message).map(Person::name).orElse("")
                : Registrants.isRegistrant(message) ? registrants.recipient(message).map(Person::name).orElse("")
                : people.find(message.recipientId()).map(Person::name).orElse("");
        Map<String, String> fields = fields(message, name, waves.labelFor(message).orElse(""), invitation -> ContentRedactionRules.SURVEY_LINK_REMOVED,
                calendarLinks.linkFor(message).map(link -> ContentRedactionRules.CALENDAR_LINK_REMOVED), registrants.linksFor(message, true));
        return Optional.of(ContentRedactionRules.redact(fields));
    }

    private Map<String, String> fields(Message message, String name, String waveLabel, Function<String, String> surveyLink,
            Optional<String> calendarLink, Map<String, String> hubLinks) {
        Map<String, String> personalisation = new TreeMap<>(message.personalisation());
        if (!waveLabel.isEmpty()) {
            personalisation.put("wave_label", waveLabel);
        }
        OutsideOwners.removeAddressFields(personalisation);
        personalisation.put("name", name == null ? "" : name);
        if (message.invitationId() != null) {
            personalisation.put(ContentRedactionRules.SURVEY_LINK_FIELD, surveyLink.apply(message.invitationId()));
        }
        calendarLink.ifPresent(link -> personalisation.put(ContentRedactionRules.CALENDAR_LINK_FIELD, link));
        personalisation.putAll(hubLinks);
        personalisation.put("privacy_notice", privacy.emailLine());
        personalisation.put("privacy_url", privacy.noticeUrl().toString());
        return personalisation;
    }
}
