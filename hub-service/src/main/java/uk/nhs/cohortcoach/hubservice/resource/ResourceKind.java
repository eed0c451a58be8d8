package uk.nhs.cohortcoach.hubservice.resource;

/** What sort of resource it is, with the words people read. */
public enum ResourceKind {
    BOARD_RESOURCE("Board resource"),
    EVENT_RECORDING("Event recording"),
    INSIGHT_DIGEST("Insight digest"),
    CASE_STUDY("Case study"),
    TOOL("Tool");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
