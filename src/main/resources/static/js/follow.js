// Pages that follow the live record (the chair's console) reload when it changes,
// unless the user is in the middle of something on the page.
(() => {
  const root = document.querySelector('[data-follow]');
  if (!root || !window.EventSource) {
    return;
  }
  let first = true;
  const events = new EventSource(root.dataset.events);
  events.addEventListener('update', () => {
    if (first) {
      first = false;
      return;
    }
    const focused = document.activeElement;
    if (!focused || !focused.matches('input[type=text], textarea, select')) {
      window.location.reload();
    }
  });
})();
