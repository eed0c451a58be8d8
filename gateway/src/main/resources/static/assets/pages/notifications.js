import { shell, el } from '/assets/app.js';

// Placeholder until this page is built: proves the shell (navigation by role, sign-out).
await shell(['PROGRAMME_MANAGER']);
document.getElementById('page').replaceChildren(el('p', { class: 'govuk-body' }, 'This page is being built.'));
