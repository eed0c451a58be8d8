package uk.nhs.cohortcoach.web.events;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.EventFigures;
import uk.nhs.cohortcoach.web.api.OpenEvent;
import uk.nhs.cohortcoach.web.api.OpenEventManagementApi;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * One event for a programme manager, {@code /events/{id}/registrations}: its details, the registrants (organisation,
 * job role, status, place on the waiting list) and, once it has started, who attended: ticks saved with one button
 * ({@code POST /events/{id}/attendance}, redirecting with a success banner), or a webinar platform's attendance report
 * ({@code POST /events/{id}/attendance/import}, multipart, forwarded as {@code text/csv}; the answer is the page with
 * the import's report, not a redirect: importing the same file again changes nothing).
 */
@Controller
class RegistrationsController {

    /** hub-service's limit on an attendance report. */
    static final long MAX_IMPORT_BYTES = 2L * 1024 * 1024;

    private final OpenEventManagementApi events;
    private final Messages messages;
    private final Flash flash;
    private final Clock clock;

    RegistrationsController(OpenEventManagementApi events, Messages messages, Flash flash, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/events/{id}/registrations")
    String registrations(@PathVariable String id, Model model) {
        return page(model, events.manage(id), FormErrors.none(), null);
    }

    @PostMapping("/events/{id}/attendance")
    String attendance(@PathVariable String id, @RequestParam(name = "attended", required = false) List<String> attended, Model model,
            HttpServletResponse response) {
        OpenEvent event = events.manage(id);
        List<String> ticked = attended == null ? List.of() : attended.stream().distinct().toList();
        try {
            events.recordAttendance(id, ticked);
        } catch (ApiProblemException refused) { // before the event started, or a registration that is not this event's
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, event, FormErrors.fields().input("attendance").errors().addAll(refused.problem()), null);
        }
        flash.success(response, messages.get(ticked.size() == 1 ? "event.attendance.one" : "event.attendance.saved", ticked.size()));
        return "redirect:/events/" + EventWords.segment(id) + "/registrations";
    }

    @PostMapping("/events/{id}/attendance/import")
    String importAttendance(@PathVariable String id, @RequestParam(required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        OpenEvent event = events.manage(id);
        FormErrors errors = FormErrors.fields().input("file").errors();
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            errors.add("file", messages.get("event.import.missing"));
        } else if (file.isEmpty()) {
            errors.add("file", messages.get("event.import.empty"));
        } else if (file.getSize() > MAX_IMPORT_BYTES) {
            errors.add("file", messages.get("event.import.tooBig"));
        } else if (!file.getOriginalFilename().toLowerCase(Locale.UK).endsWith(".csv")) {
            errors.add("file", messages.get("event.import.notCsv"));
        }
        if (!errors.any()) {
            try {
                EventFigures.AttendanceImport report = events.importAttendance(id, new String(file.getBytes(), StandardCharsets.UTF_8));
                return page(model, events.manage(id), errors, report); // the attendance as it is now
            } catch (ApiProblemException refused) { // no email column, or before the event started
                refused.problem().errors().forEach(error -> errors.add("file", error.message()));
                if (refused.problem().errors().isEmpty()) {
                    errors.add("file", refused.problem().detail() != null ? refused.problem().detail() : refused.problem().title());
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, event, errors, null);
    }

    @GetMapping("/events/{id}/recording")
    String recording(@PathVariable String id, Model model) {
        return recordingPage(model, events.manage(id), new RecordingForm("", "", ""), RecordingForm.FIELDS.errors());
    }

    @PostMapping("/events/{id}/recording")
    String publishRecording(@PathVariable String id, @ModelAttribute("form") RecordingForm form,
            Model model, HttpServletResponse response) {
        OpenEvent event = events.manage(id);
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                events.publishRecording(id, form.toApi());
                flash.success(response, messages.get("event.recording.published", event.title()));
                return "redirect:/events/" + EventWords.segment(id) + "/registrations";
            } catch (ApiProblemException refused) {
                errors.addAll(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return recordingPage(model, event, form, errors);
    }

    private String page(Model model, OpenEvent event, FormErrors errors, EventFigures.AttendanceImport report) {
        boolean started = event.startsAt() != null && !event.startsAt().isAfter(clock.instant());
        model.addAttribute("event", event);
        model.addAttribute("started", started);
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        return "events/registrations";
    }

    private static String recordingPage(Model model, OpenEvent event, RecordingForm form, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "events/recording";
    }
}
