// JavaScript only enhances: every component works without it; this starts GOV.UK Frontend's behaviours.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// charts drawn from the survey tables (only on pages that have one)
if (document.querySelector('table[data-chart]')) {
  import('/web-assets/js/charts.mjs');
}
