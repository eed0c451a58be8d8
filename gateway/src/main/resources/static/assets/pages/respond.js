import { el } from '/assets/app.js';

// Placeholder until the survey page is built.
document.getElementById('page').replaceChildren(el('p', { class: 'govuk-body' }, 'The survey page is coming.'));
