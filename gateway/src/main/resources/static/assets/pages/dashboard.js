import { shell, el } from '/assets/app.js';

// Placeholder until the dashboard is built: proves the shell (navigation by role, sign-out).
const person = await shell(['PROGRAMME_MANAGER']);
document.getElementById('page').replaceChildren(el('p', { class: 'govuk-body' }, `Signed in as ${person.name || person.personId}.`));
