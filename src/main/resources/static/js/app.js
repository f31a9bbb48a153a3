// Page behaviour lives here, never inline: the Content-Security-Policy forbids inline scripts.
document.addEventListener('DOMContentLoaded', () => {
  const invalid = document.querySelector('.is-invalid');
  if (invalid) {
    invalid.focus();
  }
});
