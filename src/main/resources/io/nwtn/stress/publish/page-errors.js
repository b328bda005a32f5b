// Shows a page's script errors in its #nwtn-errors box and counts them on the body element (where
// the browser tests look); inlined before each page's own script, which reports through it.
window.nwtnReport = (function () {
  'use strict';
  const errors = [];
  const errorBox = document.getElementById('nwtn-errors');
  function report(message) {
    errors.push(String(message));
    errorBox.textContent = errors.join('\n');
    errorBox.hidden = false;
    document.body.dataset.errors = String(errors.length);
  }
  window.addEventListener('error', (e) => report(e.message));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { report(args.join(' ')); consoleError(...args); };
  return report;
})();
