// Search over /index.json: every word must match title, tags, summary or text.
(function () {
  "use strict";
  var script = document.currentScript;
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  if (!input || !list || !script) { return; }
  var index = null;
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function load() {
    if (index) { return Promise.resolve(index); }
    return fetch(script.dataset.index).then(function (r) { return r.json(); }).then(function (data) {
      index = data.map(function (e) {
        return { e: e, t: fold(e.title), g: fold((e.tags || []).join(" ")), b: fold(e.summary + " " + e.content) };
      });
      return index;
    });
  }
  function show(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { return; }
    load().then(function (entries) {
      var hits = entries.map(function (x) {
        var score = 0;
        for (var i = 0; i < words.length; i++) {
          var w = words[i];
          if (x.t.indexOf(w) >= 0) { score += 3; } else if (x.g.indexOf(w) >= 0) { score += 2; }
          else if (x.b.indexOf(w) >= 0) { score += 1; } else { return null; }
        }
        return { x: x, score: score };
      }).filter(Boolean).sort(function (a, b) { return b.score - a.score; }).slice(0, 20);
      list.textContent = "";
      if (!hits.length) {
        var none = document.createElement("li");
        none.textContent = "No posts match “" + query + "”.";
        list.appendChild(none);
        return;
      }
      hits.forEach(function (h) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = h.x.e.permalink;
        a.textContent = h.x.e.title;
        li.appendChild(a);
        list.appendChild(li);
      });
    });
  }
  input.addEventListener("input", function () { show(input.value); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; show(q); }
})();
