// Light/dark toggle: follows the system until the reader chooses; the choice is remembered.
(function () {
  "use strict";
  var root = document.documentElement;
  var button = document.querySelector(".theme-toggle");
  if (!button) { return; }
  function current() {
    if (root.dataset.theme) { return root.dataset.theme; }
    return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  function show() { button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false"); }
  button.hidden = false;
  show();
  button.addEventListener("click", function () {
    var next = current() === "dark" ? "light" : "dark";
    root.dataset.theme = next;
    try { localStorage.setItem("mentorblog-theme", next); } catch (e) { /* private mode */ }
    show();
  });
})();
