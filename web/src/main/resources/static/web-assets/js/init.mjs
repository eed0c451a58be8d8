// JavaScript only enhances: every journey works without it. This starts GOV.UK Frontend's behaviours
// (error summary focus, conditional reveal, character count, notification banners, ...) and the
// timeout warning.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import { initTimeoutWarning } from '/web-assets/js/timeout-warning.mjs';

initAll();
initTimeoutWarning();

// charts drawn from the survey tables (only on pages that have one)
if (document.querySelector('table[data-chart]')) {
  import('/web-assets/js/charts.mjs');
}

// the session log's draft, saved as the coach types (only on the log page)
if (document.querySelector('form[data-log-draft]')) {
  import('/web-assets/js/log-draft.mjs');
}
