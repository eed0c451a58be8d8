package uk.nhs.cohortcoach.platform.support.paging;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.Words;

/**
 * {@code ?page=0&size=20&sort=name,asc} as a list endpoint receives it: pages count from 0, the
 * size is capped at {@value #MAX_SIZE} (a larger one is lowered to it), and only the named fields
 * may be sorted on (anything else is a 400 naming the {@code sort} parameter).
 */
public record PageQuery(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * @param sortable     fields a client may sort by
     * @param defaultSort  the field used when the client names none (ascending)
     */
    public static PageQuery of(Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
        if (page != null && page < 0) {
            throw InvalidFieldsException.of("page", "Page must be 0 or more");
        }
        if (size != null && size < 1) {
            throw InvalidFieldsException.of("size", "Page size must be 1 or more");
        }
        int effectiveSize = size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new PageQuery(page == null ? 0 : page, effectiveSize, parseSort(sort, sortable, defaultSort));
    }

    public Pageable pageable() {
        return PageRequest.of(page, size, sort);
    }

    /** This page of what the query matches, with the total count, sorted as asked. */
    public <T> Page<T> find(MongoOperations mongo, Query query, Class<T> type) {
        return find(mongo, query, type, pageable());
    }

    /** As {@link #find(MongoOperations, Query, Class)} with a pageable of the caller's (e.g. a case-insensitive sort). */
    public static <T> Page<T> find(MongoOperations mongo, Query query, Class<T> type, Pageable pageable) {
        long total = mongo.count(Query.of(query).limit(0).skip(0), type);
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable), type), pageable, () -> total);
    }

    private static Sort parseSort(String sort, Set<String> sortable, String defaultSort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by(defaultSort).and(Sort.by("_id"));
        }
        String[] parts = sort.split(",", -1);
        String field = parts[0].trim();
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (parts.length > 2 || !sortable.contains(field) || !(direction.equals("asc") || direction.equals("desc"))) {
            throw InvalidFieldsException.of("sort", "Sort by " + Words.or(new TreeSet<>(sortable))
                    + ", and add ,asc or ,desc to choose the direction (like " + defaultSort + ",desc)");
        }
        return Sort.by(direction.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC, field).and(Sort.by("_id"));
    }
}
