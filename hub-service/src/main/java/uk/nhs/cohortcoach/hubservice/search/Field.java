package uk.nhs.cohortcoach.hubservice.search;

/** The fields of a resource the index reads, with their weight in the ranking and their short key in the index. */
public enum Field {
    TITLE(3, "t"),
    SUMMARY(2, "s"),
    TAGS(2, "g"),
    BODY(1, "b");

    private final double weight;
    private final String key;

    Field(double weight, String key) {
        this.weight = weight;
        this.key = key;
    }

    public double weight() {
        return weight;
    }

    String key() {
        return key;
    }
}
