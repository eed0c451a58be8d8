package uk.nhs.cohortcoach.hubservice.resource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, brings the search index up to the resources ({@link Resources#repairIndex()}). */
@Component
class SearchIndexRepair implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRepair.class);

    private final Resources resources;

    SearchIndexRepair(Resources resources) {
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) {
        int repaired = resources.repairIndex();
        if (repaired > 0) {
            log.info("Search index: {} resources indexed again or taken out", repaired);
        }
    }
}
