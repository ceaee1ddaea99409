// Progressive enhancement only: every page works without this script.
document.addEventListener("DOMContentLoaded", () => {
  // GOV.UK pattern: move focus to the error summary so screen readers announce it.
  const summary = document.querySelector("[data-autofocus]");
  if (summary) summary.focus();
});
