package uk.nhs.cohortcoach.hubservice.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ranking's properties, on generated lengths and counts. */
class Bm25CalculatorTest {

    private static final Map<Field, Double> AVERAGES = averages(8, 30, 6, 400);

    @Test
    void aRareTermWeighsMoreThanACommonOneAndNoTermWeighsLessThanNothing() {
        assertThat(Bm25Calculator.idf(100, 2)).isGreaterThan(Bm25Calculator.idf(100, 50));
        assertThat(Bm25Calculator.idf(100, 100)).isPositive();
    }

    @Test
    void aTitleHitOutranksABodyOnlyHitOfAnotherResourceWhateverTheGeneratedLengths() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            Map<Field, Integer> titleHit = lengths(1 + random.nextInt(60), random.nextInt(200), random.nextInt(30), random.nextInt(5_000));
            Map<Field, Integer> bodyHit = lengths(1 + random.nextInt(60), random.nextInt(200), random.nextInt(30), 1 + random.nextInt(5_000));
            Map<Field, Double> averages = averages(1 + random.nextInt(20), 1 + random.nextInt(100), 1 + random.nextInt(10),
                    1 + random.nextInt(2_000));
            double idf = Bm25Calculator.idf(2 + random.nextInt(1_000), 2);
            double title = Bm25Calculator.score(idf, counts(1, 0, 0, 0), titleHit, averages);
            double body = Bm25Calculator.score(idf, counts(0, 0, 0, 1), bodyHit, averages);
            assertThat(title).as("title %s, body %s, averages %s", titleHit, bodyHit, averages).isGreaterThan(body);
        }
    }

    @Test
    void moreMentionsScoreMoreButEachAddsLessThanTheOneBefore() {
        Map<Field, Integer> lengths = lengths(8, 30, 6, 400);
        double previous = 0;
        double previousGain = Double.MAX_VALUE;
        for (int mentions = 1; mentions < 50; mentions++) {
            double score = Bm25Calculator.score(1, counts(0, 0, 0, mentions), lengths, AVERAGES);
            assertThat(score).isGreaterThan(previous);
            assertThat(score - previous).isLessThan(previousGain);
            previousGain = score - previous;
            previous = score;
        }
    }

    @Test
    void theSameMentionCountsMoreInAShorterBody() {
        double shortBody = Bm25Calculator.score(1, counts(0, 0, 0, 1), lengths(8, 30, 6, 100), AVERAGES);
        double longBody = Bm25Calculator.score(1, counts(0, 0, 0, 1), lengths(8, 30, 6, 2_000), AVERAGES);
        assertThat(shortBody).isGreaterThan(longBody);
    }

    @Test
    void noMentionScoresNothing() {
        assertThat(Bm25Calculator.score(2, counts(0, 0, 0, 0), lengths(8, 30, 6, 400), AVERAGES)).isZero();
    }

    private static Map<Field, Integer> counts(int title, int summary, int tags, int body) {
        return lengths(title, summary, tags, body);
    }

    private static Map<Field, Integer> lengths(int title, int summary, int tags, int body) {
        Map<Field, Integer> map = new EnumMap<>(Field.class);
        map.put(Field.TITLE, title);
        map.put(Field.SUMMARY, summary);
        map.put(Field.TAGS, tags);
        map.put(Field.BODY, body);
        return map;
    }

    private static Map<Field, Double> averages(double title, double summary, double tags, double body) {
        Map<Field, Double> map = new EnumMap<>(Field.class);
        map.put(Field.TITLE, title);
        map.put(Field.SUMMARY, summary);
        map.put(Field.TAGS, tags);
        map.put(Field.BODY, body);
        return map;
    }
}
