package uk.nhs.cohortcoach.hubservice.resource.web;

import java.util.List;
import org.springframework.data.domain.Page;
import uk.nhs.cohortcoach.hubservice.resource.Resource;

/** A page of resources: {@code total} of all pages, {@code page} counted from 0. */
record ResourceListResponse(List<ResourceSummaryResponse> items, long total, int page, int size) {

    static ResourceListResponse of(Page<Resource> page) {
        return new ResourceListResponse(page.getContent().stream().map(ResourceSummaryResponse::of).toList(), page.getTotalElements(),
                page.getNumber(), page.getSize());
    }
}
