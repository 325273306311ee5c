/* khabar web app: progressive enhancement only (every page works without it).
   - clicking an event highlights its evidence in the text without a reload;
   - hovering an entity chip highlights its mentions;
   - filter forms drop empty fields so URLs stay short.
   Reads only tokens the server generated (data-ev, data-ent), never article content. */
(function () {
  "use strict";

  function tokensOf(el, attr) {
    var v = el.getAttribute(attr);
    return v ? v.split(" ") : [];
  }

  function highlightEvent(token) {
    var first = null;
    document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); el.removeAttribute("id"); });
    document.querySelectorAll("[data-ev]").forEach(function (el) {
      if (tokensOf(el, "data-ev").indexOf(token) >= 0) {
        el.classList.add("hl");
        if (!first) { first = el; }
      }
    });
    if (first) {
      first.id = "hl";
      first.scrollIntoView({ block: "center", behavior: "smooth" });
    }
    return first;
  }

  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("a[data-event-token]") : null;
    if (!link || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) { return; }
    if (highlightEvent(link.getAttribute("data-event-token"))) {
      e.preventDefault();
      document.querySelectorAll(".event-list li.active").forEach(function (li) { li.classList.remove("active"); });
      var li = link.closest("li");
      if (li) { li.classList.add("active"); }
      history.replaceState(null, "", link.getAttribute("href"));
    }
  });

  function entityHover(on) {
    return function (e) {
      var chip = e.target.closest ? e.target.closest("[data-ent-token]") : null;
      if (!chip) { return; }
      var token = chip.getAttribute("data-ent-token");
      chip.classList.toggle("hl-ent", on);
      document.querySelectorAll("a.m[data-ent]").forEach(function (m) {
        if (m.getAttribute("data-ent") === token) { m.classList.toggle("hl-ent", on); }
      });
    };
  }
  document.addEventListener("mouseover", entityHover(true));
  document.addEventListener("mouseout", entityHover(false));
  document.addEventListener("focusin", entityHover(true));
  document.addEventListener("focusout", entityHover(false));

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.classList || !form.classList.contains("filters")) { return; }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && !el.value) { el.disabled = true; }
    });
  });
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form.filters [disabled]").forEach(function (el) { el.disabled = false; });
  });
})();
