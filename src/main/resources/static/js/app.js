// Page behaviour lives here, never inline: the Content-Security-Policy forbids inline scripts.
document.addEventListener('DOMContentLoaded', () => {
  const invalid = document.querySelector('.is-invalid');
  if (invalid) {
    invalid.focus();
  }
});

// The batch entry form starts with a few rows; "add a row" copies the last one, emptied.
document.addEventListener('DOMContentLoaded', () => {
  const add = document.getElementById('add-row');
  if (!add) {
    return;
  }
  add.hidden = false;
  add.addEventListener('click', () => {
    const rows = document.querySelectorAll('.batch-row');
    const last = rows[rows.length - 1];
    const copy = last.cloneNode(true);
    const index = rows.length;
    copy.querySelectorAll('[name],[id],[for]').forEach((el) => {
      ['name', 'id', 'for'].forEach((attr) => {
        if (el.hasAttribute(attr)) {
          el.setAttribute(attr, el.getAttribute(attr).replace(/rows\[\d+\]/, `rows[${index}]`));
        }
      });
      if (el.matches('input, textarea')) {
        el.value = '';
      }
      if (el.matches('select')) {
        el.selectedIndex = 0;
      }
      el.classList.remove('is-invalid');
    });
    copy.querySelectorAll('.invalid-feedback').forEach((el) => el.remove());
    const legend = copy.querySelector('legend');
    legend.textContent = legend.textContent.replace(/\d+/, String(index + 1));
    last.after(copy);
    copy.querySelector('input').focus();
  });
});
