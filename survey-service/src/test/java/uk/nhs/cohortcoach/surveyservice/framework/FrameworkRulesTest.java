package uk.nhs.cohortcoach.surveyservice.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

class FrameworkRulesTest {

    @Test
    void theDefaultFrameworkIsValid() {
        assertThat(FrameworkRules.problems(DefaultFramework.components())).isEmpty();
        assertThat(DefaultFramework.components()).extracting(Framework.Component::component)
                .containsExactlyInAnyOrder(MaturityComponent.values());
    }

    @Test
    void everyComponentMustBeThere() {
        List<Framework.Component> components = new ArrayList<>(DefaultFramework.components());
        components.remove(5);
        assertThat(FrameworkRules.problems(components)).containsOnlyKeys("components");
        assertThat(FrameworkRules.problems(components).get("components")).isEqualTo("Add every maturity component. Missing: embedding equity");
    }

    @Test
    void aComponentMayNotAppearTwice() {
        List<Framework.Component> components = new ArrayList<>(DefaultFramework.components());
        Framework.Component first = components.get(0);
        components.set(1, new Framework.Component(first.component(), "Again", statements("again", 3), true));
        assertThat(FrameworkRules.problems(components)).containsKey("components[1].component");
    }

    @Test
    void threeToFiveStatementsPerComponent() {
        assertThat(FrameworkRules.problems(withFirst(statements("a", 3)))).isEmpty();
        assertThat(FrameworkRules.problems(withFirst(statements("a", 5)))).isEmpty();
        assertThat(FrameworkRules.problems(withFirst(statements("a", 2)))).containsOnlyKeys("components[0].statements");
        assertThat(FrameworkRules.problems(withFirst(statements("a", 6)))).containsOnlyKeys("components[0].statements");
    }

    @Test
    void statementIdsAreUniqueAcrossTheFramework() {
        List<Framework.Statement> clashing = List.of(new Framework.Statement("people-1", "x", true),
                new Framework.Statement("a-2", "y", true), new Framework.Statement("a-3", "z", true));
        assertThat(FrameworkRules.problems(withFirst(clashing))).containsOnlyKeys("components[1].statements[0].id");
    }

    @Test
    void statementIdsAreLettersDigitsAndHyphens() {
        for (String bad : List.of("a.b", "$gt", "-a", "a b", "", "x".repeat(41))) {
            List<Framework.Statement> list = List.of(new Framework.Statement(bad, "x", true),
                    new Framework.Statement("a-2", "y", true), new Framework.Statement("a-3", "z", true));
            assertThat(FrameworkRules.problems(withFirst(list))).as(bad).containsOnlyKeys("components[0].statements[0].id");
        }
    }

    private static List<Framework.Component> withFirst(List<Framework.Statement> statements) {
        List<Framework.Component> components = new ArrayList<>(DefaultFramework.components());
        Framework.Component first = components.get(0);
        components.set(0, new Framework.Component(first.component(), first.title(), statements, true));
        return components;
    }

    private static List<Framework.Statement> statements(String prefix, int count) {
        List<Framework.Statement> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new Framework.Statement(prefix + "-" + i, "Statement " + i, true));
        }
        return list;
    }

    @Test
    void aNewFrameworksIdIsMadeFromItsNameWhenNoneIsGiven() {
        assertThat(FrameworkRules.idFromName("Improving equitably")).isEqualTo("improving-equitably");
        assertThat(FrameworkRules.idFromName("  Équité & Qualité: 2027!  ")).isEqualTo("equite-qualite-2027");
        assertThat(FrameworkRules.idFromName("x".repeat(39) + " tail")).hasSize(39).doesNotEndWith("-");
        assertThat(FrameworkRules.idProblems(null, "Improving equitably")).isEmpty();
        assertThat(FrameworkRules.idProblems(null, "!!!")).containsOnlyKeys("name");
    }

    @Test
    void aGivenFrameworkIdMustBeLowerCaseLettersDigitsAndHyphens() {
        assertThat(FrameworkRules.idProblems("maturity-2027", "anything")).isEmpty();
        for (String bad : List.of("Maturity", "-lead", "a b", "a.b", "$where", "x".repeat(41))) {
            assertThat(FrameworkRules.idProblems(bad, "A name")).as(bad).containsOnlyKeys("frameworkId");
        }
    }
}
