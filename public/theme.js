// Runs in <head> before the first paint (a blocking external script: the
// Content-Security-Policy allows no inline script): applies the theme the
// reader chose, if any, so the page never flashes the other one, and marks
// that scripts run (CSS then shows the chart canvases, which need them).
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch {
    /* storage blocked: follow the system setting */
  }
})();
