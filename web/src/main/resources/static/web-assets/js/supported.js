// GOV.UK Frontend: mark the page as able to run its JavaScript (before anything is drawn).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
