// A "copy" button on every code block of a post (ShowCodeCopyButtons).
(function () {
  "use strict";
  if (!navigator.clipboard) { return; }
  document.querySelectorAll(".post-content .highlight").forEach(function (block) {
    var code = block.querySelector("code");
    if (!code) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-code";
    button.textContent = "copy";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.innerText).then(function () {
        button.textContent = "copied!";
        setTimeout(function () { button.textContent = "copy"; }, 2000);
      });
    });
    block.appendChild(button);
  });
})();
