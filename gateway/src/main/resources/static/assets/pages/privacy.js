// Personal data (programme managers): subject access and erasure for one person. Each service answers
// for what it holds (GET /api/privacy/<service>/people/{id}); this page asks all four and offers one
// JSON file. Erasure is cohort-service's POST /api/people/{id}/erase, which tells every other service.
import { ApiError, api, shell, el, showProblem, clearProblems, showSuccess, busy, confirmAction } from '/assets/app.js';

await shell(['PROGRAMME_MANAGER']);
const page = document.getElementById('page');
const SERVICES = ['cohort', 'coaching', 'survey', 'notification'];

/** Everything held about the person, from every service; a service that cannot answer is named in `unavailable`. */
async function collect(personId) {
  const id = encodeURIComponent(personId);
  const answers = await Promise.allSettled(SERVICES.map((s) => api('GET', `/api/privacy/${s}/people/${id}`)));
  const person = answers[0];
  if (person.status === 'rejected') throw person.reason;
  const services = {};
  const unavailable = [];
  answers.forEach((answer, i) => {
    if (answer.status === 'fulfilled') services[SERVICES[i]] = answer.value;
    else if (answer.reason instanceof ApiError && answer.reason.status === 404) services[SERVICES[i]] = { service: `${SERVICES[i]}-service`, personId, holds: 'nothing' };
    else unavailable.push(SERVICES[i]);
  });
  return { personId, generatedAt: new Date().toISOString(), services, unavailable };
}

function download(name, data) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const input = el('input', { class: 'govuk-input govuk-!-width-one-half', id: 'personId', name: 'personId', type: 'text',
  spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'personId-hint' });
const exportButton = el('button', { type: 'submit', class: 'govuk-button', id: 'export' }, 'Download everything held');
const eraseButton = el('button', { type: 'button', class: 'govuk-button govuk-button--warning', id: 'erase' }, 'Erase this person');
const form = el('form', { novalidate: true, id: 'privacy' },
  el('div', { class: 'govuk-form-group', 'data-field': 'personId' },
    el('label', { class: 'govuk-label', for: 'personId' }, 'Person id'),
    el('div', { class: 'govuk-hint', id: 'personId-hint' }, 'As shown in a team list or the person\'s record.'),
    input),
  el('div', { class: 'govuk-button-group' }, exportButton, eraseButton),
  el('p', { class: 'govuk-body' }, 'The download holds what each service keeps about the person: their record and teams, coaching sessions, actions and log mentions, survey invitations (never answers: they are anonymous) and the emails sent to them.'),
  el('p', { class: 'govuk-body' }, 'Erasing replaces their name and email address, ends their team memberships and has every service remove or pseudonymise what it holds. It cannot be undone.'));

function personId() {
  clearProblems(form);
  const value = input.value.trim();
  if (!value) {
    showProblem(form, new ApiError(400, { title: 'There is a problem', errors: [{ field: 'personId', message: 'Enter the person id' }] }));
    return null;
  }
  return value;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const id = personId();
  if (!id) return;
  try {
    const data = await busy(exportButton, () => collect(id), 'Collecting…');
    download(`personal-data-${id}.json`, data);
    showSuccess(page, data.unavailable.length
      ? `Downloaded, but without ${data.unavailable.join(', ')}: try again in a few minutes.`
      : 'Downloaded everything held about the person.');
  } catch (error) {
    showProblem(form, error);
  }
});

eraseButton.addEventListener('click', async () => {
  const id = personId();
  if (!id || !confirmAction('Erase this person everywhere? This cannot be undone.')) return;
  try {
    const erased = await busy(eraseButton, () => api('POST', `/api/people/${encodeURIComponent(id)}/erase`), 'Erasing…');
    showSuccess(page, `Erased: the person is now shown as “${erased.name}”. Every service removes what it holds within moments.`);
  } catch (error) {
    showProblem(form, error);
  }
});

page.replaceChildren(form);
