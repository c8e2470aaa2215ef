// The results page: runs the query from ?q= against this language's
// Pagefind bundle (published by tolk next to the site, no third party) and
// lists the results. Every string comes from the theme's Fluent files
// (data-none, data-count-<plural category>, and the page's own elements); the status line is a live
// region, so screen readers hear the number of results.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root) return;
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-list");
  var more = document.getElementById("search-more");
  var searching = document.getElementById("search-searching");
  var lang = root.getAttribute("data-lang") || document.documentElement.lang;
  var query = (new URLSearchParams(window.location.search).get("q") || "").trim();
  input.value = query;

  if (window.location.protocol === "file:") {
    // Browsers do not let a page opened from disk load the index.
    document.getElementById("search-offline").hidden = false;
    return;
  }
  if (!query) return;

  var PAGE = 10;
  var results = [];
  var shown = 0;
  var numbers = new Intl.NumberFormat(lang);
  var plurals = new Intl.PluralRules(lang);

  function fill(template, count) {
    return String(template || "")
      .split("%query%").join(query)
      .split("%count%").join(numbers.format(count));
  }

  function say(count) {
    if (count === 0) {
      status.textContent = fill(root.getAttribute("data-none"), 0);
    } else {
      var form = root.getAttribute("data-count-" + plurals.select(count)) || root.getAttribute("data-count-other");
      status.textContent = fill(form, count);
    }
  }

  // Pagefind's excerpt is page text with <mark> around the matches: keep
  // exactly that, as text and mark elements.
  function excerpt(html) {
    var p = document.createElement("p");
    var t = document.createElement("template");
    t.innerHTML = html;
    Array.prototype.forEach.call(t.content.childNodes, function (node) {
      if (node.nodeName === "MARK") {
        var m = document.createElement("mark");
        m.textContent = node.textContent;
        p.appendChild(m);
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  function showMore() {
    var batch = results.slice(shown, shown + PAGE);
    shown += batch.length;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
      var first = null;
      pages.forEach(function (data) {
        var li = document.createElement("li");
        var h = document.createElement("h2");
        var a = document.createElement("a");
        a.href = data.url;
        a.textContent = (data.meta && data.meta.title) || data.url;
        h.appendChild(a);
        li.appendChild(h);
        li.appendChild(excerpt(data.excerpt || ""));
        list.appendChild(li);
        if (!first) first = a;
      });
      more.hidden = shown >= results.length;
      return first;
    });
  }

  more.addEventListener("click", function () {
    showMore().then(function (first) { if (first) first.focus(); });
  });

  var bundle = root.getAttribute("data-bundle");
  searching.hidden = false;
  var done = function (count) { searching.hidden = true; say(count); };
  if (!bundle) { done(0); return; }
  // A large language's index comes in parts (tolk builds them one by one
  // to bound its memory): the first is the bundle, the others are merged.
  var parts = (root.getAttribute("data-parts") || "").split(" ").filter(Boolean);
  import(new URL(bundle, document.baseURI).href)
    .then(function (pagefind) {
      return Promise.all(parts.map(function (part) {
        return pagefind.mergeIndex(new URL(part, document.baseURI).href);
      })).then(function () {
        return pagefind.search(query);
      }).then(function (search) {
        results = search.results;
        return showMore();
      });
    })
    .then(function () { done(results.length); })
    .catch(function () { done(0); });
})();
