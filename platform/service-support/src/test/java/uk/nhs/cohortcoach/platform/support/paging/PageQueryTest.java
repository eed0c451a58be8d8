package uk.nhs.cohortcoach.platform.support.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

class PageQueryTest {

    private static final Set<String> SORTABLE = Set.of("name", "startDate");

    @Test
    void defaultsToTheFirstPageOfTwentySortedByTheDefaultField() {
        PageQuery query = PageQuery.of(null, null, null, SORTABLE, "name");

        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(20);
        assertThat(query.sort().getOrderFor("name").getDirection()).isEqualTo(Sort.Direction.ASC);
    }

    @Test
    void capsThePageSize() {
        assertThat(PageQuery.of(0, 5000, null, SORTABLE, "name").size()).isEqualTo(PageQuery.MAX_SIZE);
    }

    @Test
    void sortsDescendingWhenAsked() {
        assertThat(PageQuery.of(1, 10, "startDate,desc", SORTABLE, "name").sort().getOrderFor("startDate").getDirection())
                .isEqualTo(Sort.Direction.DESC);
    }

    @Test
    void refusesSortingByAFieldNotOnTheList() {
        assertThatThrownBy(() -> PageQuery.of(0, 10, "email", SORTABLE, "name"))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).errors()).containsKey("sort"));
        assertThatThrownBy(() -> PageQuery.of(0, 10, "name,sideways", SORTABLE, "name")).isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> PageQuery.of(0, 10, "$where", SORTABLE, "name")).isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void refusesANegativePageOrAnEmptySize() {
        assertThatThrownBy(() -> PageQuery.of(-1, 10, null, SORTABLE, "name")).isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> PageQuery.of(0, 0, null, SORTABLE, "name")).isInstanceOf(InvalidFieldsException.class);
    }
}
