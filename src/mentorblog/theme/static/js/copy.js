// ShowCodeCopyButtons: a "copy" button on each code block of the post; "copied!" for 2 s.
(function () {
  "use strict";
  // The page's language's words (data-words on this script, absent in English).
  var script = document.currentScript;
  var words = JSON.parse((script && script.getAttribute("data-words")) || "{}");
  function say(key, english) { return words[key] || english; }
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
    button.textContent = say("copy_code", "copy");
    button.addEventListener("click", function () {
      // Line numbers (highlight with linenos) are not part of the code.
      var clean = code.cloneNode(true);
      clean.querySelectorAll(".ln").forEach(function (n) { n.remove(); });
      copy(clean.textContent).then(function () {
        button.textContent = say("copied", "copied!");
        clearTimeout(timer);
        timer = setTimeout(function () { button.textContent = say("copy_code", "copy"); }, 2000);
      }, function () { button.textContent = say("copy_failed", "copy failed"); });
    });
    block.classList.add("has-copy");
    block.appendChild(button);
  });
})();
