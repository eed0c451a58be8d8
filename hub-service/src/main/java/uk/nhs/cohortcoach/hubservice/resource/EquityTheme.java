package uk.nhs.cohortcoach.hubservice.resource;

/**
 * The equity themes a resource can be about: the Core20PLUS5 clinical areas (the same names as cohort-service's
 * clinical areas, plus smoking cessation) and the population groups, each with its label and group as people read them.
 */
public enum EquityTheme {
    ADULT_MATERNITY("Maternity (adults)", Group.ADULTS),
    ADULT_SEVERE_MENTAL_ILLNESS_HEALTH_CHECKS("Severe mental illness health checks (adults)", Group.ADULTS),
    ADULT_CHRONIC_RESPIRATORY_DISEASE("Chronic respiratory disease (adults)", Group.ADULTS),
    ADULT_EARLY_CANCER_DIAGNOSIS("Early cancer diagnosis (adults)", Group.ADULTS),
    ADULT_HYPERTENSION("Hypertension (adults)", Group.ADULTS),
    ADULT_SMOKING_CESSATION("Smoking cessation (adults)", Group.ADULTS),
    CYP_ASTHMA("Asthma (children and young people)", Group.CHILDREN_AND_YOUNG_PEOPLE),
    CYP_DIABETES("Diabetes (children and young people)", Group.CHILDREN_AND_YOUNG_PEOPLE),
    CYP_EPILEPSY("Epilepsy (children and young people)", Group.CHILDREN_AND_YOUNG_PEOPLE),
    CYP_ORAL_HEALTH("Oral health (children and young people)", Group.CHILDREN_AND_YOUNG_PEOPLE),
    CYP_MENTAL_HEALTH("Mental health (children and young people)", Group.CHILDREN_AND_YOUNG_PEOPLE),
    CORE20("Core20: most deprived 20 %", Group.POPULATION_GROUPS),
    PLUS_ETHNIC_MINORITY("Ethnic minority communities", Group.POPULATION_GROUPS),
    PLUS_INCLUSION_HEALTH("Inclusion health groups", Group.POPULATION_GROUPS),
    PLUS_LEARNING_DISABILITY_AUTISM("People with a learning disability and autistic people", Group.POPULATION_GROUPS),
    PLUS_COASTAL_RURAL("Coastal and rural communities", Group.POPULATION_GROUPS),
    PLUS_OTHER("Other groups facing inequalities", Group.POPULATION_GROUPS);

    /** How the themes are grouped on the page. */
    public enum Group {
        ADULTS("Clinical areas: adults"),
        CHILDREN_AND_YOUNG_PEOPLE("Clinical areas: children and young people"),
        POPULATION_GROUPS("Population groups (Core20PLUS)");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Group group;

    EquityTheme(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }
}
