/*
 * The pages work without this script. With it, a language chosen here is also kept as the webapps'
 * choice (their language switch keeps it in this browser's storage, which would otherwise win when
 * Tasklist opens next), and a refused form puts the focus on its first refused field.
 */
document.querySelectorAll('form.language button[name="language"]').forEach((button) => {
  button.addEventListener('click', () => {
    try {
      window.localStorage.setItem('pmoflow-language', button.value);
    } catch (e) {
      // storage blocked: the cookie still carries the choice
    }
  });
});
const refused = document.querySelector('[aria-invalid="true"]');
if (refused) {
  refused.focus();
}
