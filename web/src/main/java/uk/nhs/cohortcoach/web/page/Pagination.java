package uk.nhs.cohortcoach.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The GOV.UK pagination component's links for a paged list (tag {@code pagination}): previous, the first,
 * the last and the pages next to the current one (gaps as an ellipsis), next. Pages are numbered from 1
 * on the page, from 0 in the APIs.
 *
 * @param previous the previous page's address, or null on the first
 * @param next     the next page's address, or null on the last
 * @param items    the numbered links and ellipses
 */
public record Pagination(String previous, String next, List<Item> items) {

    /** A numbered link ({@code number} from 1), or an ellipsis ({@code number} 0). */
    public record Item(int number, String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }
    }

    /** No pagination: everything fits on one page. */
    public static Pagination none() {
        return new Pagination(null, null, List.of());
    }

    /** Links for {@code page} (0-based) of {@code totalPages}; {@code href} gives a page's address from its 0-based number. */
    public static Pagination of(int page, int totalPages, IntFunction<String> href) {
        if (totalPages <= 1) {
            return none();
        }
        List<Item> items = new ArrayList<>();
        int last = totalPages - 1;
        for (int i = 0; i <= last; i++) {
            if (i == 0 || i == last || Math.abs(i - page) <= 1) {
                items.add(new Item(i + 1, href.apply(i), i == page));
            } else if (!items.isEmpty() && !items.get(items.size() - 1).ellipsis()) {
                items.add(new Item(0, null, false));
            }
        }
        return new Pagination(page > 0 ? href.apply(page - 1) : null, page < last ? href.apply(page + 1) : null, items);
    }

    public boolean shown() {
        return !items.isEmpty();
    }
}
