import { ApiError, api, me, homeFor, showProblem, clearProblems, busy, param } from '/assets/app.js';

const form = document.getElementById('sign-in');

function safeNext() {
  const next = param('next');
  // only a path on this site: never an absolute or protocol-relative address
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

async function start() {
  if (param('signedOut')) document.getElementById('signed-out').hidden = false;
  const person = await me();
  if (person) window.location.replace(safeNext() || homeFor(person));
}

// the server leaves the password form out when demo accounts are off (production signs in through OIDC)
if (form) form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearProblems(form);
  const username = form.username.value.trim();
  const password = form.password.value;
  const missing = [];
  if (!username) missing.push({ field: 'username', message: 'Enter your username' });
  if (!password) missing.push({ field: 'password', message: 'Enter your password' });
  if (missing.length) {
    showProblem(form, new ApiError(400, { title: 'There is a problem', errors: missing }));
    return;
  }
  try {
    const answer = await busy(form.querySelector('button'), () =>
      api('POST', '/auth/login', { username, password }, { redirectOn401: false }), 'Signing in…');
    window.location.assign(safeNext() || homeFor({ roles: answer.roles }));
  } catch (error) {
    showProblem(form, error);
  }
});

start();
