// Coach: the actions agreed in the sessions of the collaboratives I coach, open (soonest due first)
// and completed, with "Mark as done" for open ones.
import { el, shell, loading, showProblem, showSuccess } from '/assets/app.js';
import { loadDirectory, allPages, actionsTable } from '/assets/pages/coaching-ui.js';

const person = await shell(['COACH']);
const page = document.getElementById('page');
const messages = el('div', { id: 'my-actions-messages' });
const content = el('div', { id: 'my-actions' });
loading(page);

let directory;
try {
  directory = await loadDirectory();
  page.replaceChildren(messages, content);
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
    const onChanged = (text) => render(text);
    content.replaceChildren(
      el('p', { class: 'govuk-body' }, 'Actions agreed in the sessions of the collaboratives you coach.'),
      el('section', { 'aria-labelledby': 'open-heading' },
        el('h2', { class: 'govuk-heading-m', id: 'open-heading' }, `Open actions (${open.length})`),
        overdue ? el('p', { class: 'govuk-body' }, el('strong', {}, `${overdue} overdue.`)) : null,
        el('div', { class: 'app-scroll' }, actionsTable('Open actions, soonest due first', open, directory, person, onChanged, { container: messages, quiet: true }))),
      el('section', { 'aria-labelledby': 'done-heading' },
        el('h2', { class: 'govuk-heading-m', id: 'done-heading' }, `Completed actions (${done.length})`),
        el('div', { class: 'app-scroll' }, actionsTable('Completed actions, latest first', done, directory, person, onChanged, { container: messages, quiet: true }))));
    if (message) showSuccess(messages, message);
  } catch (error) {
    content.replaceChildren();
    showProblem(content, error);
  }
}

