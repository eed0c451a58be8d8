package uk.nhs.cohortcoach.coachingservice.readmodel;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/sessions/read-model/rebuild}: a programme manager drops the read model and replays it. */
@RestController
class ReadModelController {

    private final ReadModelRebuild rebuild;

    ReadModelController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/sessions/read-model/rebuild")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ReadModelRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
