package uk.nhs.cohortcoach.coachingservice.readmodel;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.support.readmodel.RebuildResult;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;

/** {@code POST /api/sessions/read-model/rebuild}: a programme manager drops the read model and replays it. */
@RestController
class ReadModelController {

    /** How it went: events that changed the read model, and the documents in each view afterwards. */
    record Result(long eventsReplayed, long cohorts, long collaboratives, long people) {
    }

    private final ReadModels readModels;
    private final MongoTemplate mongo;

    ReadModelController(ReadModels readModels, MongoTemplate mongo) {
        this.readModels = readModels;
        this.mongo = mongo;
    }

    @PostMapping("/api/sessions/read-model/rebuild")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    Result rebuild() {
        RebuildResult rebuilt = readModels.rebuild(CohortReadModel.CONSUMER);
        return new Result(rebuilt.eventsReplayed(), rebuilt.documentsIn(mongo.getCollectionName(CohortView.class)),
                rebuilt.documentsIn(mongo.getCollectionName(CollaborativeView.class)),
                rebuilt.documentsIn(mongo.getCollectionName(PersonView.class)));
    }
}
