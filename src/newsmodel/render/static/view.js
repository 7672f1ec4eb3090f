// newsmodel view: tooltips, switches and selection. Inlined into each page; it builds
// no markup from text (only textContent), so nothing in a document can become code.
(function () {
  "use strict";
  var story = document.querySelector("article.story");
  var tip = document.getElementById("tip");
  var status = document.getElementById("status");
  var panel = document.getElementById("panel");
  if (!story || !tip) { return; }

  function drawn(node) {
    return !node.hasAttribute("data-off") &&
      story.classList.contains("show-" + node.getAttribute("data-g"));
  }

  // Everything that covers a point of the text, innermost first.
  function descriptions(node) {
    var lines = [];
    for (; node && node !== story; node = node.parentElement) {
      var key = node.getAttribute("data-k");
      if (key !== null && drawn(node)) {
        var description = document.getElementById("d" + key);
        if (description) { lines.push(description.textContent); }
      }
    }
    return lines;
  }

  function showTip(node) {
    var lines = descriptions(node);
    if (!lines.length) { hideTip(); return; }
    tip.textContent = "";
    lines.forEach(function (line) {
      var row = document.createElement("div");
      row.textContent = line;
      tip.appendChild(row);
    });
    tip.hidden = false;
    var box = node.getBoundingClientRect();
    var width = tip.offsetWidth;
    var left = Math.max(4, Math.min(box.left, document.documentElement.clientWidth - width - 4));
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  function hideTip() { tip.hidden = true; }

  story.addEventListener("mouseover", function (event) {
    var node = event.target.closest("[data-k]");
    if (node) { showTip(node); } else { hideTip(); }
  });
  story.addEventListener("mouseleave", hideTip);
  story.addEventListener("focusin", function (event) {
    var node = event.target.closest("[data-k]");
    if (node) { showTip(node); }
  });
  story.addEventListener("focusout", hideTip);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hideTip(); }
  });

  // The switches: a group of annotations on or off.
  document.querySelectorAll(".toggles input").forEach(function (box) {
    box.addEventListener("change", function () {
      story.classList.toggle("show-" + box.value, box.checked);
    });
  });

  // The annotator switch: the other layers draw nothing.
  document.querySelectorAll(".layers input").forEach(function (radio) {
    radio.addEventListener("change", function () {
      story.querySelectorAll("[data-l]").forEach(function (node) {
        if (radio.value === "all" || node.getAttribute("data-l") === radio.value) {
          node.removeAttribute("data-off");
        } else {
          node.setAttribute("data-off", "");
        }
      });
    });
  });

  // Selecting an item of the panel highlights its words.
  var pressed = null;
  function clearSelection() {
    story.querySelectorAll(".sel").forEach(function (node) { node.classList.remove("sel"); });
    if (pressed) { pressed.setAttribute("aria-pressed", "false"); }
    pressed = null;
    status.textContent = "";
  }
  function select(button) {
    var first = null;
    var count = 0;
    button.getAttribute("data-select").split(" ").forEach(function (target) {
      story.querySelectorAll('[data-t="' + target + '"]').forEach(function (node) {
        node.classList.add("sel");
        count += 1;
        if (!first) { first = node; }
      });
    });
    pressed = button;
    button.setAttribute("aria-pressed", "true");
    status.textContent = count + " highlighted " + (count === 1 ? "passage" : "passages");
    return first;
  }
  if (!panel) { return; }
  panel.addEventListener("click", function (event) {
    var button = event.target.closest("button.pick");
    if (!button) { return; }
    var again = button === pressed;
    clearSelection();
    if (again) { return; }
    var first = select(button);
    if (first) { first.scrollIntoView({ block: "center" }); }
  });

  // Selecting words in the text selects, in the panel, the innermost annotation drawn there.
  function selectFromText(node) {
    for (; node && node !== story; node = node.parentElement) {
      var target = node.getAttribute("data-t");
      if (target === null || !drawn(node)) { continue; }
      var best = null;
      panel.querySelectorAll("button.pick").forEach(function (button) {
        var targets = button.getAttribute("data-select").split(" ");
        if (targets.indexOf(target) >= 0 && (!best || targets.length === 1)) { best = button; }
      });
      if (best) {
        clearSelection();
        select(best);
        best.scrollIntoView({ block: "nearest" });
        return;
      }
    }
  }
  story.addEventListener("click", function (event) { selectFromText(event.target); });
  story.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && event.target.hasAttribute("tabindex")) {
      event.preventDefault();
      selectFromText(event.target);
    }
  });
}());
