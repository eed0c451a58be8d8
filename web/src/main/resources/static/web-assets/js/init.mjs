// JavaScript only enhances: every component works without it; this starts GOV.UK Frontend's behaviours.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
