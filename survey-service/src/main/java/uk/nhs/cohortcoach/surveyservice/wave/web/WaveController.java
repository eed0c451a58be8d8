package uk.nhs.cohortcoach.surveyservice.wave.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.paging.PageResponse;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.surveyservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.surveyservice.results.Results;
import uk.nhs.cohortcoach.surveyservice.wave.ReminderRules;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.Waves;

/**
 * {@code /api/waves}: programme managers create (open now or schedule), remind, close and cancel waves and read them all; coaches read
 * the waves of cohorts they coach (a collaborative of the cohort names them as coach).
 */
@RestController
@RequestMapping("/api/waves")
public class WaveController {

    private static final Set<String> SORTABLE = Set.of("opensAt", "closesAt", "label", "status");

    private final Waves waves;
    private final Results results;
    private final ReadModel readModel;

    WaveController(Waves waves, Results results, ReadModel readModel) {
        this.waves = waves;
        this.results = results;
        this.readModel = readModel;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<WaveResponse> create(@Valid @RequestBody WaveRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!request.closesAt().isAfter(request.opensAt())) {
            errors.put("closesAt", "The closing date must be after the opening date");
        } else {
            errors.putAll(ReminderRules.problems(request.opensAt(), request.closesAt(), request.details().reminderDaysBeforeClose()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        Wave wave = waves.create(request.details());
        return ResponseEntity.created(URI.create("/api/waves/" + wave.id())).body(withCounts(wave));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')")
    PageResponse<WaveResponse> list(@RequestParam(required = false) String cohortId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        Viewer viewer = Viewer.current();
        if (!viewer.is(Role.PROGRAMME_MANAGER)) {
            if (cohortId == null || cohortId.isBlank()) {
                throw InvalidFieldsException.of("cohortId", "Select a cohort you coach");
            }
            mayRead(viewer, cohortId);
        }
        return PageResponse.of(waves.list(cohortId, PageQuery.of(page, size, sort, SORTABLE, "opensAt")), this::withCounts);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')")
    WaveResponse get(@PathVariable String id) {
        Wave wave = waves.get(id);
        Viewer viewer = Viewer.current();
        if (!viewer.is(Role.PROGRAMME_MANAGER)) {
            mayRead(viewer, wave.cohortId());
        }
        return withCounts(wave);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    WaveResponse close(@PathVariable String id) {
        return withCounts(waves.close(id, "manager"));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    WaveResponse cancel(@PathVariable String id) {
        return withCounts(waves.cancel(id));
    }

    @PostMapping("/{id}/reminders")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ReminderResponse remind(@PathVariable String id) {
        List<String> reminded = waves.remind(id);
        return new ReminderResponse(id, reminded.size());
    }

    /** What a reminder request did: how many invitations it asked to remind. */
    record ReminderResponse(String waveId, int reminded) {
    }

    private void mayRead(Viewer viewer, String cohortId) {
        if (!viewer.is(Role.COACH) || !readModel.coaches(viewer.personId(), cohortId)) {
            throw new AccessDeniedException("not a coach of this cohort");
        }
    }

    private WaveResponse withCounts(Wave wave) {
        return WaveResponse.of(wave, results.countsOf(wave));
    }

    /** Role rules before the body is read (also checked by {@code @PreAuthorize}). */
    @Configuration(proxyBeanMethods = false)
    public static class Access {

        @Bean
        RequestAuthorizations waveRoles() {
            return rules -> rules
                    .requestMatchers(HttpMethod.GET, "/api/waves", "/api/waves/*").hasAnyRole("PROGRAMME_MANAGER", "COACH")
                    .requestMatchers(HttpMethod.POST, "/api/waves", "/api/waves/*/close", "/api/waves/*/cancel",
                            "/api/waves/*/reminders")
                    .hasRole("PROGRAMME_MANAGER");
        }
    }
}
