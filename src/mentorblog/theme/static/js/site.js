// Light/dark toggle. The page follows the system until the reader picks a side; the choice is
// kept in localStorage (read again by an inline script in <head> before the first paint).
(function () {
  "use strict";
  var root = document.documentElement;
  var button = document.querySelector(".theme-toggle");
  if (!button) { return; }
  var system = window.matchMedia("(prefers-color-scheme: dark)");
  function current() {
    return root.dataset.theme || (system.matches ? "dark" : "light");
  }
  function show() { button.setAttribute("aria-pressed", String(current() === "dark")); }
  button.addEventListener("click", function () {
    root.dataset.theme = current() === "dark" ? "light" : "dark";
    try { localStorage.setItem("mentorblog-theme", root.dataset.theme); } catch (e) { /* private mode */ }
    show();
  });
  // Another tab chose, or the system changed while no choice was made.
  window.addEventListener("storage", function (event) {
    if (event.key === "mentorblog-theme" && event.newValue) { root.dataset.theme = event.newValue; show(); }
  });
  if (system.addEventListener) { system.addEventListener("change", show); }
  show();
  button.hidden = false;
})();
