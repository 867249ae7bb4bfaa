// Every page: the light/dark toggle, the text size of posts, the phone menu's closing, and the
// reading progress bar where CSS cannot drive it. Each part does nothing where its markup is
// missing. Choices live in localStorage and are applied again by an inline script in <head>
// before the first paint.
(function () {
  "use strict";
  var root = document.documentElement;
  function save(key, value) {
    try {
      if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); }
    } catch (e) { /* private mode: the choice lasts for this page only */ }
  }

  // Light/dark: the page follows the system until the reader picks a side.
  var button = document.querySelector(".theme-toggle");
  if (button) {
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    var current = function () { return root.dataset.theme || (system.matches ? "dark" : "light"); };
    var show = function () { button.setAttribute("aria-pressed", String(current() === "dark")); };
    button.addEventListener("click", function () {
      root.dataset.theme = current() === "dark" ? "light" : "dark";
      save("mentorblog-theme", root.dataset.theme);
      show();
    });
    // Another tab chose, or the system changed while no choice was made.
    window.addEventListener("storage", function (event) {
      if (event.key === "mentorblog-theme" && event.newValue) { root.dataset.theme = event.newValue; show(); }
    });
    if (system.addEventListener) { system.addEventListener("change", show); }
    show();
    button.hidden = false;
  }

  // Text size: steps -1 to 2 around the theme's size (0, the default, is not stored).
  var sizes = document.querySelector(".text-size");
  if (sizes) {
    var steps = sizes.querySelectorAll("button");
    var level = function () { return Number(root.dataset.text || 0); };
    var mark = function () {
      steps[0].disabled = level() <= -1;
      steps[1].disabled = level() >= 2;
    };
    sizes.addEventListener("click", function (event) {
      var step = event.target.closest("button");
      if (!step || step.disabled) { return; }
      var next = Math.max(-1, Math.min(2, level() + Number(step.dataset.step)));
      if (next) { root.dataset.text = String(next); } else { delete root.dataset.text; }
      save("mentorblog-text", next ? String(next) : null);
      mark();
      if (step.disabled) { steps[step === steps[0] ? 1 : 0].focus(); }
    });
    mark();
    sizes.hidden = false;
  }

  // The phone menu (a <details>) closes on Escape, on a click elsewhere, and when focus leaves.
  var menu = document.querySelector(".menu-fold");
  if (menu) {
    var close = function () { menu.open = false; };
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) { close(); menu.querySelector("summary").focus(); }
    });
    document.addEventListener("click", function (event) {
      if (menu.open && !menu.contains(event.target)) { close(); }
    });
    menu.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !menu.contains(event.relatedTarget)) { close(); }
    });
  }

  // Reading progress: CSS scroll timelines draw it; elsewhere this does, on scroll.
  var bar = document.querySelector(".reading-progress span");
  var text = document.querySelector(".post-content");
  if (bar && text && !(window.CSS && CSS.supports("animation-timeline: view()"))) {
    var waiting = false;
    var draw = function () {
      waiting = false;
      var box = text.getBoundingClientRect();
      var range = box.height - window.innerHeight;
      var done = range > 0 ? Math.min(1, Math.max(0, -box.top / range)) : 1;
      bar.style.transform = "scaleX(" + done + ")";
    };
    window.addEventListener("scroll", function () {
      if (!waiting) { waiting = true; requestAnimationFrame(draw); }
    }, { passive: true });
    draw();
  }
})();
