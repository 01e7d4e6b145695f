/* thidua review pages: sort and filter the index, jump between fields and their evidence. No network. */
(function () {
  "use strict";

  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  function hashParams() {
    var h = location.hash.replace(/^#/, "");
    if (h.indexOf("=") < 0) { h = location.search.replace(/^\?/, ""); }
    return new URLSearchParams(h);
  }

  function initIndex(table) {
    var input = document.getElementById("filter");
    var count = document.getElementById("count");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var sortKey = null, sortDir = null;
    rows.forEach(function (r) { r.dataset.fold = fold(r.textContent + " " + (r.dataset.extra || "")); });

    function apply() {
      var terms = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (r) {
        var ok = terms.every(function (t) { return r.dataset.fold.indexOf(t) >= 0; });
        r.hidden = !ok;
        if (ok) { shown += 1; }
      });
      count.textContent = shown + " of " + rows.length + " rows shown";
      count.dataset.shown = String(shown);
    }

    function value(row, i, type) {
      var cell = row.cells[i];
      var v = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
      if (type === "num") { var n = parseFloat(v); return isNaN(n) ? -Infinity : n; }
      return fold(v);
    }

    function sortBy(th, dir) {
      var i = headers.indexOf(th), type = th.dataset.type;
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir);
      var sign = dir === "descending" ? -1 : 1;
      rows.sort(function (a, b) {
        var x = value(a, i, type), y = value(b, i, type);
        if (x < y) { return -sign; }
        if (x > y) { return sign; }
        return Number(a.dataset.order) - Number(b.dataset.order);
      });
      rows.forEach(function (r) { body.appendChild(r); });
      sortKey = th.dataset.key; sortDir = dir;
    }

    function remember() {
      var p = new URLSearchParams();
      if (input.value) { p.set("q", input.value); }
      if (sortKey) { p.set("sort", sortKey); p.set("dir", sortDir === "descending" ? "desc" : "asc"); }
      var h = p.toString();
      history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
    }

    headers.forEach(function (th) {
      th.tabIndex = 0;
      function click() {
        sortBy(th, th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending");
        remember();
      }
      th.addEventListener("click", click);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); click(); } });
    });
    input.addEventListener("input", function () { apply(); remember(); });

    var p = hashParams();
    if (p.get("q")) { input.value = p.get("q"); }
    var key = p.get("sort");
    if (key) {
      var th = headers.filter(function (h) { return h.dataset.key === key; })[0];
      if (th) { sortBy(th, p.get("dir") === "desc" ? "descending" : "ascending"); }
    }
    apply();
  }

  function initArticle() {
    var current = [];
    function mark(els) {
      current.forEach(function (el) { el.classList.remove("current"); });
      current = els;
      current.forEach(function (el) { el.classList.add("current"); });
    }
    document.addEventListener("click", function (e) {
      var a = e.target.closest ? e.target.closest("a.ev") : null;
      if (a) {
        var id = a.getAttribute("href").slice(1);
        var target = document.getElementById(id);
        if (!target) { return; }
        e.preventDefault();
        target.scrollIntoView({ behavior: "smooth", block: "center" });
        history.replaceState(null, "", "#" + id);
        mark(Array.prototype.slice.call(document.querySelectorAll('[data-of="' + id + '"]')).concat([a]));
        return;
      }
      var m = e.target.closest ? e.target.closest("mark.ent") : null;
      if (m) {
        var of = m.getAttribute("data-of");
        var links = document.querySelectorAll('a.ev[href="#' + of + '"]');
        if (links.length) {
          links[0].scrollIntoView({ behavior: "smooth", block: "nearest" });
          mark(Array.prototype.slice.call(links).concat(Array.prototype.slice.call(document.querySelectorAll('[data-of="' + of + '"]'))));
        }
      }
    });
  }

  var table = document.getElementById("articles");
  if (table) { initIndex(table); }
  if (document.getElementById("doc")) { initArticle(); }
  document.body.setAttribute("data-ready", "1");
}());
