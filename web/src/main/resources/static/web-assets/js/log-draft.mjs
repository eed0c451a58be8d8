// Autosaves the session log form as a draft (an enhancement: without JavaScript the form's "Save as draft"
// button does the same). 2 seconds after typing stops, and when the page is hidden or left, the form's fields
// (its _csrf field included) are posted to the form's data-log-draft address, which keeps them through
// coaching-service. The outcome is announced in the page's live region (role="status"), never moving focus.
// A save refused because the sign-in has expired says so: what was typed stays on the page, and the form's
// own POST is kept for after signing in again (see web/README.md, "Nobody loses typed work").

const DELAY_MS = 2000;

export function initLogDraft(form) {
  const address = form.getAttribute('data-log-draft');
  const status = document.getElementById('log-draft-status');
  let timer = null;
  let dirty = false;
  let saving = null;

  const say = (text) => {
    if (status) {
      status.textContent = text;
    }
  };

  const body = () => {
    const data = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (name !== 'add' && name !== 'draft') {
        data.append(name, value);
      }
    }
    return data;
  };

  const save = (leaving) => {
    clearTimeout(timer);
    timer = null;
    if (!dirty) {
      return;
    }
    dirty = false;
    const request = fetch(address, {
      method: 'POST',
      body: body(),
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Autosave': 'log-draft' },
      redirect: 'manual',
      keepalive: leaving
    });
    if (leaving) {
      return;
    }
    saving = request.then(async (response) => {
      if (response.ok) {
        say((await response.json()).message);
        return;
      }
      dirty = true; // try again with the next change
      if (response.status === 401 || response.type === 'opaqueredirect') {
        say('Not saved: sign in again. What you typed is still on this page');
        return;
      }
      let message = 'Not saved: try again, or use the Save as draft button';
      try {
        message = (await response.json()).message || message;
      } catch (notJson) {
        // a page, not the JSON answer: keep the general message
      }
      say(message);
    }).catch(() => {
      dirty = true;
      say('Not saved: check your connection. What you typed is still on this page');
    });
  };

  const changed = () => {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => save(false), DELAY_MS);
  };

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  // the form's own buttons send everything: nothing left for the autosave to do
  form.addEventListener('submit', () => {
    clearTimeout(timer);
    dirty = false;
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      save(true);
    }
  });
  window.addEventListener('pagehide', () => save(true));
  return { save: () => { save(false); return saving; } };
}

const form = document.querySelector('form[data-log-draft]');
if (form) {
  initLogDraft(form);
}
