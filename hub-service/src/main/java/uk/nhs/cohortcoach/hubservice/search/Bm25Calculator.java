package uk.nhs.cohortcoach.hubservice.search;

import java.util.Map;

/**
 * BM25F: a term's frequency in each field is normalised by that field's length against the field's average over the
 * index (by the field's b, {@link Field#lengthNormalisation()}), weighted (title 3, summary 2, tags 2, body 1) and
 * summed, then saturated once (k1 = {@value #K1}) and multiplied by the term's inverse document frequency; a
 * resource's score is the sum over the query's terms. So a hit in a title counts about three times one in the body, a
 * hit in a long body less than one in a short body, a tenth mention adds little, and a rare term more than a common
 * one. As a title's length is not normalised (b = 0) and a body's only half way (b = 0.5), one mention in a title
 * (3) always outweighs one mention in a body, which can reach at most 1 / (1 - 0.5) = 2 however short the body: a
 * title hit outranks a body-only hit of the same term, whatever the lengths.
 */
public final class Bm25Calculator {

    static final double K1 = 1.2;
    private Bm25Calculator() {
    }

    /** Inverse document frequency of a term found in {@code withTerm} of {@code documents} resources (never negative). */
    public static double idf(long documents, long withTerm) {
        return Math.log(1 + Math.max(0, documents - withTerm + 0.5) / (withTerm + 0.5));
    }

    /**
     * One term's contribution to one resource's score.
     *
     * @param frequencies   the term's count per field in the resource
     * @param lengths       the resource's length per field, in terms
     * @param averageLengths the average length per field over the index
     */
    public static double score(double idf, Map<Field, Integer> frequencies, Map<Field, Integer> lengths,
            Map<Field, Double> averageLengths) {
        double weighted = 0;
        for (Map.Entry<Field, Integer> frequency : frequencies.entrySet()) {
            if (frequency.getValue() <= 0) {
                continue;
            }
            Field field = frequency.getKey();
            double average = averageLengths.getOrDefault(field, 0.0);
            double length = lengths.getOrDefault(field, 0);
            double b = field.lengthNormalisation();
            double norm = average <= 0 ? 1 : 1 - b + b * length / average;
            weighted += field.weight() * frequency.getValue() / norm;
        }
        return weighted <= 0 ? 0 : idf * weighted / (K1 + weighted);
    }
}
