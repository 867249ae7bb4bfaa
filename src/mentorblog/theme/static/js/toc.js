// The table of contents marks the section being read (aria-current="location"), and keeps that
// entry in view when the list is taller than the window. Only colours change, so nothing moves.
(function () {
  "use strict";
  var nav = document.querySelector(".toc nav");
  if (!nav) { return; }
  var box = nav.closest(".toc");
  var pairs = [];
  nav.querySelectorAll('a[href^="#"]').forEach(function (link) {
    var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target) { pairs.push([target, link]); }
  });
  if (!pairs.length) { return; }
  var marked = null, waiting = false;
  function update() {
    waiting = false;
    // The last heading above the upper third of the window is the section being read.
    var line = window.innerHeight / 3, current = null;
    for (var i = 0; i < pairs.length; i++) {
      if (pairs[i][0].getBoundingClientRect().top > line) { break; }
      current = pairs[i][1];
    }
    if (current === marked) { return; }
    if (marked) { marked.removeAttribute("aria-current"); }
    marked = current;
    if (!current) { return; }
    current.setAttribute("aria-current", "location");
    var at = current.getBoundingClientRect(), frame = box.getBoundingClientRect();
    if (at.top < frame.top || at.bottom > frame.bottom) {
      box.scrollTop += at.top - frame.top - box.clientHeight / 3;
    }
  }
  function later() {
    if (!waiting) { waiting = true; requestAnimationFrame(update); }
  }
  window.addEventListener("scroll", later, { passive: true });
  window.addEventListener("resize", later);
  update();
})();
