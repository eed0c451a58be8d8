package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of published resources ({@code page} from 0) and how many match in all; a manager's list has only {@code items}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HubResourcePage(List<HubResourceSummary> items, Long total, Integer page, Integer size) {

    public HubResourcePage {
        items = items == null ? List.of() : List.copyOf(items);
        total = total == null ? items.size() : total;
        page = page == null ? 0 : page;
        size = size == null ? items.size() : size;
    }
}
