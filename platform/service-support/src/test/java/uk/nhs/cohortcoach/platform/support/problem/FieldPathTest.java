package uk.nhs.cohortcoach.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class FieldPathTest {

    @Test
    void writesPropertiesWithDotsAndIndexesInBrackets() {
        FieldPath path = FieldPath.root().property("members").index(0).property("odsCode");

        assertThat(path).hasToString("members[0].odsCode");
    }

    @Test
    void writesAnIndexAtTheRootWithoutALeadingDot() {
        assertThat(FieldPath.root().index(2).property("code")).hasToString("[2].code");
    }

    @Test
    void keepsOperatorLikeNamesReadable() {
        assertThat(FieldPath.root().property("attributes").property("$where")).hasToString("attributes.$where");
    }

    @Test
    void quotesNamesThatAreNotPlainWords() {
        assertThat(FieldPath.root().property("labels").property("v1.2")).hasToString("labels[\"v1.2\"]");
        assertThat(FieldPath.root().property("a b")).hasToString("[\"a b\"]");
        assertThat(FieldPath.root().property("say \"hi\"")).hasToString("[\"say \\\"hi\\\"\"]");
    }

    @Test
    void escapesControlCharactersSoTheyCannotHideInTheAnswer() {
        assertThat(FieldPath.root().property("a\u0000b")).hasToString("[\"a\\u0000b\"]");
        assertThat(FieldPath.root().property("line\nbreak")).hasToString("[\"line\\u000abreak\"]");
    }

    @Test
    void isTheRootOnlyWhenEmpty() {
        assertThat(FieldPath.root().isRoot()).isTrue();
        assertThat(FieldPath.root().property("a").isRoot()).isFalse();
    }

    record Part(int quantity) {
    }

    record Order(List<Part> parts, Map<String, Part> byName) {
    }

    @Test
    void followsThePathJacksonRecordedThroughListsAndMaps() {
        JsonMapper mapper = JsonMapper.builder().build();

        MismatchedInputException inList = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{\"parts\":[{\"quantity\":1},{\"quantity\":\"x\"}]}", Order.class));
        MismatchedInputException inMap = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{\"byName\":{\"big one\":{\"quantity\":\"x\"}}}", Order.class));

        assertThat(FieldPath.of(inList.getPath())).hasToString("parts[1].quantity");
        assertThat(FieldPath.of(inMap.getPath())).hasToString("byName[\"big one\"].quantity");
    }
}
