// Root language chooser: remembers an explicit choice and sends a first-time
// visitor to the language the browser prefers. Without JavaScript the page
// is a plain list of links.
(function () {
  "use strict";
  var KEY = "tolk-language";
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-lang]"));
  var byLang = {};
  links.forEach(function (a) {
    byLang[a.getAttribute("data-lang").toLowerCase()] = a.href;
    a.addEventListener("click", function () {
      try { localStorage.setItem(KEY, a.getAttribute("data-lang")); } catch (e) { /* storage may be off */ }
    });
  });
  function pick(tag) {
    if (!tag) return null;
    tag = tag.toLowerCase();
    return byLang[tag] || byLang[tag.split("-")[0]] || null;
  }
  // Someone who asked for the chooser (the footer link) wants to choose.
  if (location.hash === "#choose") return;
  var saved = null;
  try { saved = localStorage.getItem(KEY); } catch (e) { /* ignore */ }
  var target = pick(saved);
  if (!target) {
    var prefs = navigator.languages || [navigator.language];
    for (var i = 0; i < prefs.length && !target; i++) target = pick(prefs[i]);
  }
  if (target) location.replace(target);
})();
