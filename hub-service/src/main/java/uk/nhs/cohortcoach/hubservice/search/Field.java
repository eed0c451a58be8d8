package uk.nhs.cohortcoach.hubservice.search;

/**
 * The fields of a resource the index reads, with their weight in the ranking, how much their length normalises a
 * term's count (BM25's b: titles and tags are short and of much the same length, so theirs is not normalised at all;
 * a summary's and a body's half way), and their short key in the index.
 */
public enum Field {
    TITLE(3, 0, "t"),
    SUMMARY(2, 0.5, "s"),
    TAGS(2, 0, "g"),
    BODY(1, 0.5, "b");

    private final double weight;
    private final double lengthNormalisation;
    private final String key;

    Field(double weight, double lengthNormalisation, String key) {
        this.weight = weight;
        this.lengthNormalisation = lengthNormalisation;
        this.key = key;
    }

    public double weight() {
        return weight;
    }

    /** BM25's b for this field, from 0 (length ignored) to 1 (a count divided by the length relative to the average). */
    public double lengthNormalisation() {
        return lengthNormalisation;
    }

    String key() {
        return key;
    }
}
