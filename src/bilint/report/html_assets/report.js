/* bilint editors' report: tooltips, linked pairs, finding navigation, filters.
   The page is complete without this script; it only adds interaction. It touches the few
   marked elements it needs, so a report of thousands of paragraphs opens quickly. */
(function () {
  "use strict";
  var doc = document, body = doc.body;
  var tip = doc.getElementById("tip");
  var form = doc.getElementById("filters");
  var shown = doc.getElementById("shown");
  var items = Array.prototype.slice.call(doc.querySelectorAll("li.fi"));
  var byId = {};
  items.forEach(function (li) { byId[li.id] = li; });
  var flaggedMarks = doc.querySelectorAll("mark[data-f]");
  var hotRows = doc.querySelectorAll(".row[data-f]");
  var famStyle = null;
  var selected = [];
  var current = -1;
  var STATE = {
    ok: "✓ agrees",
    changed: "changed",
    missing: "⊖ missing from the translation",
    extra: "⊕ only in the translation",
    plain: "not compared"
  };
  var ICON = { error: "✖", warning: "▲", info: "ℹ" };

  function factOf(node) {
    return node && node.closest ? node.closest("mark[id]") : null;
  }
  function kindOf(m) {
    var k = /(?:^| )k-([a-z0-9-]+)/.exec(m.className);
    return k ? k[1] : "fact";
  }
  function stateOf(m) {
    for (var s in STATE) { if (m.classList.contains(s)) { return s; } }
    return "plain";
  }
  function valueOf(m) {
    return m.getAttribute("data-v") || m.textContent;
  }
  function side(m) {
    return m.closest(".c.s") ? "source" : "translation";
  }
  function quote(m) {
    return "“" + m.textContent + "” (" + valueOf(m) + ", " + side(m) + ")";
  }

  function tipText(m) {
    var lines = [];
    var ids = (m.getAttribute("data-f") || "").split(" ");
    ids.forEach(function (id) {
      var li = byId[id];
      if (!li) { return; }
      var sev = li.getAttribute("data-sev");
      lines.push(ICON[sev] + " " + sev + " " + li.querySelector(".code").textContent + " " +
        li.querySelector(".name").textContent + (li.hidden ? " (filtered out)" : "") + "\n" +
        li.querySelector(".msg").textContent);
    });
    var pair = m.getAttribute("data-p") ? doc.getElementById(m.getAttribute("data-p")) : null;
    if (!lines.length) {
      var state = stateOf(m);
      lines.push(STATE[state] + " · " + kindOf(m) + " " + valueOf(m));
      if (state === "plain") {
        lines.push(m.classList.contains("weak") ? "an ambiguous word: it may satisfy a match, it is never reported"
          : "no counterpart found and no finding reported");
      }
    }
    if (pair) { lines.push(quote(m) + " ⇄ " + quote(pair)); }
    lines.push("Enter or click: select the pair" + (pair ? " and go to the counterpart" : ""));
    return lines.join("\n");
  }

  var tipFor = null;
  function placeTip() {
    var r = tipFor.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) { tip.hidden = true; return; }
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(4, Math.min(r.left, window.innerWidth - w - 4));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight - 4) { top = Math.max(4, r.top - h - 6); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  function showTip(m) {
    if (tipFor && tipFor !== m) { tipFor.removeAttribute("aria-describedby"); }
    tipFor = m;
    tip.textContent = tipText(m);
    m.setAttribute("aria-describedby", "tip");
    placeTip();
  }
  function hideTip(m) {
    tip.hidden = true;
    if (m) { m.removeAttribute("aria-describedby"); }
    tipFor = null;
  }

  function clearSelection() {
    selected.forEach(function (m) { m.classList.remove("sel"); });
    selected = [];
  }
  function select(marks) {
    clearSelection();
    marks.forEach(function (m) {
      if (m) { m.classList.add("sel"); selected.push(m); }
    });
  }
  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }
  function pairOf(m) {
    var id = m.getAttribute("data-p");
    return id ? doc.getElementById(id) : null;
  }
  function activateFact(m, fromKeyboard) {
    var pair = pairOf(m);
    select([m, pair]);
    if (!pair) { return; }
    if (fromKeyboard) {
      pair.focus({ preventScroll: inView(pair) });
    } else if (!inView(pair)) {
      pair.scrollIntoView({ block: "center" });
    }
  }

  function goToFinding(li, focus) {
    items.forEach(function (x) { x.classList.remove("current"); });
    li.classList.add("current");
    current = items.indexOf(li);
    var a = li.querySelector("a[href]");
    var row = a ? doc.getElementById(a.getAttribute("href").slice(1)) : null;
    var marks = (li.getAttribute("data-m") || "").split(" ").filter(Boolean).map(function (id) {
      return doc.getElementById(id);
    });
    select(marks);
    if (row) {
      row.scrollIntoView({ block: "center" });
      if (history.replaceState) { history.replaceState(null, "", "#" + row.id); }
      if (focus) {
        if (!marks[0]) { row.tabIndex = -1; }
        (marks[0] || row).focus({ preventScroll: true });
      }
    }
  }

  doc.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("li.fi a") : null;
    if (a) {
      e.preventDefault();
      goToFinding(a.parentNode, true);
      return;
    }
    var m = factOf(e.target);
    if (m) { activateFact(m, false); }
  });
  doc.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.key === "Escape") { clearSelection(); hideTip(factOf(doc.activeElement)); return; }
    var m = factOf(t);
    if (m && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      activateFact(m, true);
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (e.key === "j" || e.key === "k") {
      var visible = items.filter(function (li) { return !li.hidden && li.querySelector("a[href]"); });
      if (!visible.length) { return; }
      var at = visible.indexOf(items[current]);
      var next = e.key === "j" ? at + 1 : (at < 0 ? visible.length - 1 : at - 1);
      next = (next + visible.length) % visible.length;
      e.preventDefault();
      goToFinding(visible[next], true);
    }
  });
  doc.addEventListener("mouseover", function (e) {
    var m = factOf(e.target);
    if (m) { showTip(m); }
  });
  doc.addEventListener("mouseout", function (e) {
    var m = factOf(e.target);
    if (m && !m.contains(e.relatedTarget)) {
      if (doc.activeElement && factOf(doc.activeElement)) { showTip(doc.activeElement); } else { hideTip(m); }
    }
  });
  doc.addEventListener("focusin", function (e) {
    var m = factOf(e.target);
    if (m) { showTip(m); } else { hideTip(null); }
  });
  doc.addEventListener("focusout", function (e) {
    var m = factOf(e.target);
    if (m) { hideTip(m); }
  });
  window.addEventListener("scroll", function () { if (tipFor) { placeTip(); } }, { passive: true });

  function checked(name) {
    var out = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=" + name + "]"), function (i) {
      out[i.value] = i.checked;
    });
    return out;
  }
  function apply() {
    var sev = checked("sev"), fam = checked("fam");
    var n = 0;
    items.forEach(function (li) {
      var on = sev[li.getAttribute("data-sev")] !== false && fam[li.getAttribute("data-fam")] !== false;
      li.hidden = !on;
      if (on) { n += 1; }
    });
    function anyShown(el) {
      return el.getAttribute("data-f").split(" ").some(function (id) { return byId[id] && !byId[id].hidden; });
    }
    Array.prototype.forEach.call(flaggedMarks, function (m) { m.classList.toggle("off", !anyShown(m)); });
    Array.prototype.forEach.call(hotRows, function (r) { r.classList.toggle("hot", anyShown(r)); });
    var offKinds = [];
    Array.prototype.forEach.call(form.querySelectorAll("input[name=fam]"), function (i) {
      if (!i.checked) {
        i.getAttribute("data-kinds").split(" ").filter(Boolean).forEach(function (k) {
          offKinds.push("mark.ok.k-" + k, "mark.plain.k-" + k);
        });
      }
    });
    if (offKinds.length && !famStyle) {
      famStyle = doc.createElement("style");
      doc.head.appendChild(famStyle);
    }
    if (famStyle) {
      famStyle.textContent = offKinds.length ?
        offKinds.join(",") + "{background:none;border-bottom:1px dotted #bbb}" : "";
    }
    var ok = form.querySelector("input[name=ok]"), only = form.querySelector("input[name=only]");
    body.classList.toggle("no-ok", !ok.checked);
    body.classList.toggle("only-hot", only.checked);
    shown.textContent = "Showing " + n + " of " + items.length + " findings.";
  }
  if (form) {
    form.hidden = false;
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    // The page is rendered with every filter on; apply them only when the browser restored
    // other choices (back/forward), so that a long report opens without restyling it all.
    var restored = Array.prototype.some.call(form.querySelectorAll("input"), function (i) {
      return i.checked !== i.defaultChecked;
    });
    if (restored) { apply(); } else { shown.textContent = "Showing all " + items.length + " findings."; }
    window.addEventListener("pageshow", function (e) { if (e.persisted) { apply(); } });
  }
  body.setAttribute("data-ready", "1");
  window.bilintReport = { ready: true, apply: apply, goToFinding: goToFinding };
}());
