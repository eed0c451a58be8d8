// Email preferences: the signed-in person's own reminders on or off (any role).
import { ApiError, api, shell, el, showProblem, clearProblems, showSuccess, busy, loading, formatDateTime } from '/assets/app.js';
import { radiosField, button } from '/assets/pages/manager-forms.js';

await shell([]);
const page = document.getElementById('page');

function render(preference) {
  const form = el('form', { novalidate: true, id: 'preferences' },
    el('p', { class: 'govuk-body' }, 'Invitations to sessions and surveys, and changes or cancellations of sessions, are always emailed. You can choose whether you also get reminders: a day before a session, to log a session you coached, on the day an action is due, and before a survey closes.'),
    radiosField('reminders', 'Do you want reminder emails?', [{ value: 'true', label: 'Yes, send me reminders' }, { value: 'false', label: 'No, do not send me reminders' }],
      { value: String(preference.reminders), inline: false }),
    el('p', { class: 'govuk-body-s app-muted', id: 'preferences-updated' },
      preference.updatedAt ? `Last changed ${formatDateTime(preference.updatedAt)}.` : 'You have not changed this yet: reminders are sent.'),
    button('Save preferences'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const choice = form.querySelector('input[name="reminders"]:checked');
    if (!choice) {
      showProblem(form, new ApiError(400, { title: 'There is a problem', errors: [{ field: 'reminders', message: 'Choose yes or no' }] }));
      return;
    }
    try {
      const saved = await busy(form.querySelector('button[type=submit]'), () => api('PUT', '/api/preferences/me', { reminders: choice.value === 'true' }), 'Saving…');
      render(saved);
      showSuccess(page, saved.reminders ? 'Saved: you will get reminder emails.' : 'Saved: you will not get reminder emails.');
    } catch (error) {
      showProblem(form, error);
    }
  });
  page.replaceChildren(form);
}

loading(page);
try {
  render(await api('GET', '/api/preferences/me'));
} catch (error) {
  page.replaceChildren();
  showProblem(page, error);
}
