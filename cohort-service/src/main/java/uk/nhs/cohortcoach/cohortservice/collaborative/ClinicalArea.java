package uk.nhs.cohortcoach.cohortservice.collaborative;

/** The Core20PLUS5 clinical areas: five for adults, five for children and young people (CYP). */
public enum ClinicalArea {
    ADULT_MATERNITY,
    ADULT_SEVERE_MENTAL_ILLNESS_HEALTH_CHECKS,
    ADULT_CHRONIC_RESPIRATORY_DISEASE,
    ADULT_EARLY_CANCER_DIAGNOSIS,
    ADULT_HYPERTENSION,
    CYP_ASTHMA,
    CYP_DIABETES,
    CYP_EPILEPSY,
    CYP_ORAL_HEALTH,
    CYP_MENTAL_HEALTH
}
