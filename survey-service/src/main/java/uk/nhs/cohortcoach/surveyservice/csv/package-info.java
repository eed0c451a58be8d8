/** Writing CSV that spreadsheets open safely: every CSV this service produces goes through {@link uk.nhs.cohortcoach.surveyservice.csv.SpreadsheetSafeCsv}. */
package uk.nhs.cohortcoach.surveyservice.csv;
