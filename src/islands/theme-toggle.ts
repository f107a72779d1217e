// The theme button: switches light/dark, remembers the choice (public/theme.js
// applies it on the next page before it paints) and tells charts to recolour.
// Without a choice the site follows the system setting.
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  show();
  button.hidden = false;
  systemDark.addEventListener('change', show);
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset.theme = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      /* not remembered when storage is blocked */
    }
    show();
    document.dispatchEvent(new CustomEvent('themechange'));
  });
}
