/** The web adapter of frameworks: list, read a version, and (programme managers) edit, which makes a new version. */
package uk.nhs.cohortcoach.surveyservice.framework.web;
