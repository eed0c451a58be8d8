/** The web adapter of frameworks: list, read a version, and (programme managers) create a framework or edit one, which makes a new version. */
package uk.nhs.cohortcoach.surveyservice.framework.web;
