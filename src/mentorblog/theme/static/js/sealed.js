// Opens a shared post in the browser: PBKDF2-SHA-256 turns the reader's passphrase into a
// key, that key unwraps the post's own AES-256-GCM key, which decrypts the post. WebCrypto
// only; nothing is sent anywhere. "Remember on this device" keeps the derived key (never
// the passphrase) in localStorage, under the salt it was derived with.
(function () {
  "use strict";
  var payloadNode = document.getElementById("sealed-payload");
  var box = document.querySelector("[data-sealed]");
  if (!payloadNode || !box) return;
  var form = box.querySelector("[data-sealed-form]");
  var input = form.querySelector("input[type=password]");
  var remember = form.querySelector("[data-sealed-remember]");
  var forget = form.querySelector("[data-sealed-forget]");
  var status = form.querySelector("[data-sealed-status]");
  var noscript = box.querySelector("[data-sealed-noscript]");
  var content = document.querySelector("[data-sealed-content]");
  var context = new TextEncoder().encode(box.getAttribute("data-sealed-context") || "");
  var payload = JSON.parse(payloadNode.textContent);
  var PREFIX = "mentorblog-reader-key:";
  // The page's language's messages (data-words, absent in English), English otherwise.
  var words = JSON.parse(box.getAttribute("data-words") || "{}");
  function say(key, english) { return words[key] || english; }

  function bytes(b64) {
    var text = atob(b64), out = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  function b64(buffer) {
    var view = new Uint8Array(buffer), text = "";
    for (var i = 0; i < view.length; i++) text += String.fromCharCode(view[i]);
    return btoa(text);
  }
  function stored(salt) {
    try { return localStorage.getItem(PREFIX + salt); } catch (e) { return null; }
  }
  function storedKeys() {
    var names = [];
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var name = localStorage.key(i);
        if (name && name.indexOf(PREFIX) === 0) names.push(name);
      }
    } catch (e) { /* storage switched off: nothing remembered */ }
    return names;
  }

  // Resolves to the post's document, or rejects when `raw` is not this entry's key.
  function openWith(raw, entry) {
    var subtle = crypto.subtle;
    return subtle.importKey("raw", raw, "AES-GCM", false, ["decrypt"])
      .then(function (kek) {
        return subtle.decrypt({ name: "AES-GCM", iv: bytes(entry.iv), additionalData: context },
          kek, bytes(entry.key));
      })
      .then(function (postKey) {
        return subtle.importKey("raw", postKey, "AES-GCM", false, ["decrypt"]);
      })
      .then(function (key) {
        return subtle.decrypt({ name: "AES-GCM", iv: bytes(payload.iv), additionalData: context },
          key, bytes(payload.data));
      })
      .then(function (plain) { return JSON.parse(new TextDecoder().decode(plain)); });
  }

  function derive(passphrase, entry) {
    var subtle = crypto.subtle;
    return subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false,
      ["deriveBits"])
      .then(function (base) {
        return subtle.deriveBits({ name: "PBKDF2", salt: bytes(entry.salt),
          iterations: entry.iter, hash: "SHA-256" }, base, 256);
      });
  }

  // Tries each reader's entry in turn; resolves to [document, raw key, entry] or null.
  function tryEntries(keyFor) {
    var entries = payload.keys.slice();
    function next() {
      var entry = entries.shift();
      if (!entry) return Promise.resolve(null);
      return keyFor(entry).then(function (raw) {
        if (!raw) return next();
        return openWith(raw, entry).then(function (doc) { return [doc, raw, entry]; }, next);
      });
    }
    return next();
  }

  function show(doc) {
    var title = document.querySelector("[data-sealed-title]");
    if (title) {
      var placeholder = title.textContent.replace(/^\W*/, "");
      title.textContent = doc.title;
      if (document.title.indexOf(placeholder) === 0 && placeholder) {
        document.title = doc.title + document.title.slice(placeholder.length);
      }
      if (doc.description) {
        var p = document.createElement("p");
        p.className = "post-description p-summary";
        p.textContent = doc.description;
        title.insertAdjacentElement("afterend", p);
      }
    }
    // The sessions it logs, drawn by the theme's own session lines when it was built.
    var sessions = document.querySelector("[data-sealed-sessions]");
    if (sessions && doc.sessions) {
      var lines = document.createElement("template");
      lines.innerHTML = doc.sessions;
      sessions.replaceWith(lines.content);
    }
    var tags = document.querySelector("[data-sealed-tags]");
    if (tags && doc.tags && doc.tags.length) {
      doc.tags.forEach(function (tag) {
        var li = document.createElement("li");
        li.textContent = tag;
        tags.appendChild(li);
      });
      tags.hidden = false;
    }
    // The author's own html, as on any other post. Parsed in a <template> first, so no
    // image is fetched before it points at its decrypted copy.
    var template = document.createElement("template");
    template.innerHTML = doc.html;
    withFiles(template.content, doc.files || {});
    content.replaceChildren(template.content);
    content.hidden = false;
    box.hidden = true;
  }

  // The bundle's files came sealed with the text: each becomes a blob: URL, and every
  // src or href inside the post that named it points there instead.
  function withFiles(root, files) {
    var urls = {};
    Object.keys(files).forEach(function (name) {
      var file = files[name];
      var blob = new Blob([bytes(file.data)], { type: file.type });
      urls[new URL(name, location.href).href] = URL.createObjectURL(blob);
    });
    if (!Object.keys(urls).length) return;
    root.querySelectorAll("[src], [href]").forEach(function (node) {
      ["src", "href"].forEach(function (attr) {
        var value = node.getAttribute(attr);
        if (value === null) return;
        var found = urls[new URL(value, location.href).href];
        if (found) node.setAttribute(attr, found);
      });
    });
  }

  function remembered() {
    return tryEntries(function (entry) {
      var key = stored(entry.salt);
      return Promise.resolve(key ? bytes(key) : null);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var passphrase = input.value;
    status.textContent = say("sealed_opening", "Opening…");
    input.setAttribute("aria-invalid", "false");
    tryEntries(function (entry) { return derive(passphrase, entry); }).then(function (found) {
      if (!found) {
        status.textContent = say("sealed_wrong", "That passphrase does not open this note. Check it and try again.");
        input.setAttribute("aria-invalid", "true");
        input.focus();
        input.select();
        return;
      }
      if (remember.checked) {
        try { localStorage.setItem(PREFIX + found[2].salt, b64(found[1])); } catch (e) {
          status.textContent = say("sealed_not_kept", "Opened, but this browser would not remember the key.");
        }
      }
      input.value = "";
      show(found[0]);
    }, function () {
      status.textContent = say("sealed_no_crypto", "This browser cannot decrypt here (it needs WebCrypto over https).");
    });
  });

  forget.addEventListener("click", function () {
    storedKeys().forEach(function (name) { localStorage.removeItem(name); });
    forget.hidden = true;
    status.textContent = say("sealed_forgotten", "This device no longer remembers any key.");
  });

  noscript.hidden = true;
  form.hidden = false;
  forget.hidden = storedKeys().length === 0;
  if (!window.crypto || !crypto.subtle) {
    status.textContent = say("sealed_no_crypto", "This browser cannot decrypt here (it needs WebCrypto over https).");
    return;
  }
  remembered().then(function (found) { if (found) show(found[0]); }, function () {});
})();
