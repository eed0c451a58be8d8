// My actions: the actions I may see (a coach: those agreed in the sessions of the collaboratives I coach; a
// programme manager: all; a member: my collaborative's), open (soonest due first) and completed. Programme
// managers and the collaborative's coaches may edit an open action's text and due date, give it to someone
// else (a team member, a coach, or a named person outside the team with an email) and reopen a done one;
// an action's owner may mark it done and reopen it.
import { el, shell, loading, showProblem, showSuccess, clearProblems, api, busy, formatDate, hasRole } from '/assets/app.js';
import {
  loadDirectory, allPages, quietTable, personName, collaborativeName, team, dateInput, readDate, textArea,
  textInput, select, radios, showFieldErrors,
} from '/assets/pages/coaching-ui.js';

const person = await shell(['COACH', 'PROGRAMME_MANAGER', 'PARTICIPANT']);
const page = document.getElementById('page');
const messages = el('div', { id: 'my-actions-messages' });
const panel = el('div', { id: 'my-actions-change' });
const content = el('div', { id: 'my-actions' });
loading(page);

let directory;
try {
  directory = await loadDirectory();
  page.replaceChildren(messages, panel, content);
  await render();
} catch (error) {
  page.replaceChildren();
  showProblem(page, error);
}

async function render(message) {
  loading(content, 'Loading actions…');
  try {
    const [open, done] = await Promise.all([allPages('/api/actions?status=OPEN&sort=dueDate'), allPages('/api/actions?status=DONE&sort=completedOn,desc')]);
    const overdue = open.filter((a) => a.overdue).length;
    content.replaceChildren(
      el('p', { class: 'govuk-body' }, 'Actions agreed in coaching sessions that you can see.'),
      el('section', { 'aria-labelledby': 'open-heading' },
        el('h2', { class: 'govuk-heading-m', id: 'open-heading' }, `Open actions (${open.length})`),
        overdue ? el('p', { class: 'govuk-body' }, el('strong', {}, `${overdue} overdue.`)) : null,
        el('div', { class: 'app-scroll' }, quietTable('Open actions, soonest due first', columns(), open, { empty: 'No actions.' }))),
      el('section', { 'aria-labelledby': 'done-heading' },
        el('h2', { class: 'govuk-heading-m', id: 'done-heading' }, `Completed actions (${done.length})`),
        el('div', { class: 'app-scroll' }, quietTable('Completed actions, latest first', columns(), done, { empty: 'No actions.' }))));
    if (message) showSuccess(messages, message);
  } catch (error) {
    content.replaceChildren();
    showProblem(content, error);
  }
}

function ownerOf(a) {
  const name = a.ownerName || personName(directory, a.ownerId);
  return a.ownerEmail ? `${name} (${a.ownerEmail}, outside the team)` : name;
}

function columns() {
  const staff = hasRole(person, 'COACH') || hasRole(person, 'PROGRAMME_MANAGER'); // the session page is theirs
  return [
    { label: 'Action', value: (a) => a.description },
    { label: 'Owner', value: ownerOf },
    { label: 'Collaborative', value: (a) => collaborativeName(directory, a.collaborativeId) },
    { label: 'Due', value: (a) => formatDate(a.dueDate) },
    { label: 'Status', value: (a) => a.status === 'DONE'
      ? el('strong', { class: 'govuk-tag govuk-tag--green' }, `Done ${formatDate(a.completedOn)}`)
      : a.overdue ? el('strong', { class: 'govuk-tag govuk-tag--red' }, 'Overdue') : el('strong', { class: 'govuk-tag govuk-tag--blue' }, 'Open') },
    staff ? { label: 'Session', value: (a) => el('a', { class: 'govuk-link', href: `/admin/session?id=${encodeURIComponent(a.sessionId)}` }, 'View session', el('span', { class: 'govuk-visually-hidden' }, ` for ${a.description}`)) } : null,
    { label: 'Change', value: changeButtons },
  ].filter(Boolean);
}

/** What the viewer may do with one action: the API says whether they may change it; owners complete and reopen theirs. */
function changeButtons(a) {
  const mine = a.ownerId && a.ownerId === person.personId;
  const buttons = [];
  if (a.status === 'OPEN' && a.mayChange) {
    buttons.push(button('Edit or reassign', 'app-change', a, () => openPanel(a)));
  }
  if (a.status === 'OPEN' && (a.mayChange || mine)) {
    buttons.push(button('Mark as done', 'app-complete', a, (event) => move(event.target, a, 'complete', `Action marked as done: ${a.description}`)));
  }
  if (a.status === 'DONE' && (a.mayChange || mine)) {
    buttons.push(button('Reopen', 'app-reopen', a, (event) => move(event.target, a, 'reopen', `Action reopened: ${a.description}`)));
  }
  return buttons.length ? el('div', { class: 'govuk-button-group' }, buttons) : '';
}

function button(label, cls, a, onclick) {
  return el('button', { type: 'button', class: `govuk-button govuk-button--secondary govuk-!-margin-bottom-0 ${cls}`, 'data-action': a.id, onclick },
    label, el('span', { class: 'govuk-visually-hidden' }, `: ${a.description}`));
}

async function move(target, a, verb, done) {
  clearProblems(messages);
  try {
    await busy(target, () => api('POST', `/api/actions/${encodeURIComponent(a.id)}/${verb}`, { version: a.version }), 'Saving…');
    panel.replaceChildren();
    await render(done);
  } catch (error) {
    showProblem(messages, error);
  }
}

/** The edit and reassign forms for one open action, above the lists. */
async function openPanel(a) {
  clearProblems(messages);
  loading(panel, 'Loading the team…');
  let members = [];
  try { members = await team(a.collaborativeId); } catch (e) { members = []; }
  const collaborative = directory.collaboratives.get(a.collaborativeId);
  const coaches = (collaborative && collaborative.coachIds) || [];
  const choices = [
    ...members.map((m) => [m.personId, m.name || personName(directory, m.personId)]),
    ...coaches.filter((c) => !members.some((m) => m.personId === c)).map((c) => [c, `${personName(directory, c)} (coach)`]),
  ].filter(([id]) => id !== a.ownerId);

  const edit = el('form', { class: 'app-edit-action', novalidate: true },
    el('h3', { class: 'govuk-heading-s' }, 'Change what or by when'),
    textArea('edit-description', 'What is to be done', 'description', { rows: 3, value: a.description, hint: 'Up to 500 characters' }),
    dateInput('edit-due', 'Due date', 'dueDate', { value: a.dueDate, hint: 'Today or later, for example 27 3 2026. A due date already passed can stay as it is.' }),
    el('button', { type: 'submit', class: 'govuk-button' }, 'Save changes'));
  edit.addEventListener('submit', async (event) => {
    event.preventDefault();
    const description = edit.querySelector('#edit-description').value.trim();
    const dueDate = readDate(edit, 'edit-due');
    const errors = [];
    if (!description) errors.push({ field: 'description', message: 'Enter what is to be done' });
    if (!dueDate) errors.push({ field: 'dueDate', message: dueDate === null ? 'Enter a real date' : 'Enter the due date' });
    if (errors.length) { showFieldErrors(edit, errors); return; }
    await submit(edit, a, 'edit', { description, dueDate, version: a.version }, `Action changed: ${description}`);
  });

  const reassign = el('form', { class: 'app-reassign-action', novalidate: true },
    el('h3', { class: 'govuk-heading-s' }, 'Give it to someone else'),
    radios('reassign-to', 'Who will own it?', 'ownerId', [['TEAM', 'Someone in the team or one of its coaches'], ['OUTSIDE', 'Someone outside the team']], { value: 'TEAM' }),
    select('reassign-owner', 'Team member or coach', 'ownerId', choices, { placeholder: 'Choose a person' }),
    textInput('reassign-name', 'Full name (someone outside the team)', 'ownerName', { attributes: { autocomplete: 'off' } }),
    textInput('reassign-email', 'Email address (someone outside the team)', 'ownerEmail', { type: 'email', hint: 'We send them the action at this address. It is kept only until the action is done or given to someone else.', attributes: { autocomplete: 'off', spellcheck: 'false' } }),
    el('button', { type: 'submit', class: 'govuk-button' }, 'Give to this person'));
  reassign.addEventListener('submit', async (event) => {
    event.preventDefault();
    const outside = (reassign.querySelector('input[name="reassign-to"]:checked') || {}).value === 'OUTSIDE';
    const errors = [];
    let body;
    if (outside) {
      const ownerName = reassign.querySelector('#reassign-name').value.trim();
      const ownerEmail = reassign.querySelector('#reassign-email').value.trim();
      if (!ownerName) errors.push({ field: 'ownerName', message: 'Enter the name of the person outside the team' });
      if (!ownerEmail) errors.push({ field: 'ownerEmail', message: 'Enter their email address' });
      body = { ownerName, ownerEmail, version: a.version };
    } else {
      const ownerId = reassign.querySelector('#reassign-owner').value;
      if (!ownerId) errors.push({ field: 'ownerId', message: 'Choose a person from the team' });
      body = { ownerId, version: a.version };
    }
    if (errors.length) { showFieldErrors(reassign, errors); return; }
    await submit(reassign, a, 'reassign', body, `Action given to ${outside ? body.ownerName : (choices.find(([id]) => id === body.ownerId) || [])[1]}: ${a.description}`);
  });

  const cancel = el('a', { class: 'govuk-link', href: '#my-actions' }, 'Cancel and go back to the actions');
  cancel.addEventListener('click', (event) => { event.preventDefault(); panel.replaceChildren(); });
  panel.replaceChildren(el('section', { class: 'govuk-!-margin-bottom-8', 'aria-labelledby': 'change-heading' },
    el('h2', { class: 'govuk-heading-m', id: 'change-heading', tabindex: '-1' }, `Change action: ${a.description}`),
    el('p', { class: 'govuk-body' }, `Owner: ${ownerOf(a)}. Due ${formatDate(a.dueDate)}.`),
    edit, reassign, el('p', { class: 'govuk-body' }, cancel)));
  panel.querySelector('#change-heading').focus();
}

async function submit(form, a, verb, body, done) {
  clearProblems(form);
  try {
    await busy(form.querySelector('button[type="submit"]'), () => api('POST', `/api/actions/${encodeURIComponent(a.id)}/${verb}`, body), 'Saving…');
    panel.replaceChildren();
    await render(done);
  } catch (error) {
    showProblem(form, error);
  }
}
