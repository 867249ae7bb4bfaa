// ShowCodeCopyButtons: a "copy" button on each code block of the post; "copied!" for 2 s.
(function () {
  "use strict";
  // Its words in the page's language (data-words, absent in English).
  var w = JSON.parse(document.currentScript.dataset.words || "{}"), label = w.copy_code || "copy";
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    // Plain http: copy through a hidden textarea.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.cssText = "position:fixed;opacity:0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      area.remove();
      (ok ? resolve : reject)();
    });
  }
  document.querySelectorAll(".post-content .highlight").forEach(function (block) {
    var code = block.querySelector("code");
    if (!code) { return; }
    var button = document.createElement("button");
    var timer = 0;
    button.type = "button";
    button.className = "copy-code";
    button.setAttribute("aria-live", "polite");
    button.textContent = label;
    button.addEventListener("click", function () {
      // Line numbers (highlight with linenos) are not part of the code.
      var clean = code.cloneNode(true);
      clean.querySelectorAll(".ln").forEach(function (n) { n.remove(); });
      copy(clean.textContent).then(function () {
        button.textContent = w.copied || "copied!";
        clearTimeout(timer);
        timer = setTimeout(function () { button.textContent = label; }, 2000);
      }, function () { button.textContent = w.copy_failed || "copy failed"; });
    });
    block.classList.add("has-copy");
    block.appendChild(button);
  });
})();
