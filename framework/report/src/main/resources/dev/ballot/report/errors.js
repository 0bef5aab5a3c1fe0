// Runs first, in <head>: records every script error, so that a failure anywhere in the page shows
// on it (#errors) and in the DOM: the body's data-rendered becomes "error", data-errors the list.
(function () {
  'use strict';
  window.ballotErrors = [];
  window.ballotReport = function () {
    var body = document.body, errors = window.ballotErrors;
    if (!body) { return; }
    if (errors.length > 0) {
      body.setAttribute('data-rendered', 'error');
      body.setAttribute('data-errors', errors.join(' | '));
      var box = document.getElementById('errors');
      if (box) { box.hidden = false; box.textContent = 'Script errors: ' + errors.join('; '); }
    } else if (window.ballotRendered) {
      body.setAttribute('data-rendered', 'ok');
    }
  };
  window.addEventListener('error', function (e) {
    window.ballotErrors.push(e.message || String(e.error || e));
    window.ballotReport();
  });
})();
