/** What every page's template is given: the layout's model and the form errors in GOV.UK's shape. */
package uk.nhs.cohortcoach.web.page;
