// enablemap: small progressive enhancements. Every page works without this
// script; it only saves clicks.
(function () {
  "use strict";

  // Ask before destructive posts (forms carrying data-confirm).
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    var sub = ev.submitter;
    var msg = (sub && sub.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) {
      ev.preventDefault();
      return;
    }
    // Long operations (imports) show that they are working.
    var working = form.getAttribute("data-working");
    if (working) {
      var btn = form.querySelector("button[type=submit], button:not([type])");
      if (btn) {
        // Disabled after the submission has started, so the button's own
        // value is still sent.
        setTimeout(function () {
          btn.disabled = true;
          btn.setAttribute("aria-busy", "true");
          btn.textContent = "Working…";
        }, 0);
      }
      var note = document.createElement("p");
      note.className = "hint";
      note.setAttribute("role", "status");
      note.textContent = working;
      form.appendChild(note);
    }
  });

  // Filter forms apply as soon as a choice changes.
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });

  // In a list of rows with a button each (the stage editor), Enter presses
  // the button of the row being typed in rather than the form's first one.
  document.querySelectorAll(".stages li input, .add-stage input").forEach(function (input) {
    input.addEventListener("keydown", function (ev) {
      if (ev.key !== "Enter") return;
      var row = input.closest("li, .add-stage");
      var btn = row && row.querySelector("button[type=submit]");
      if (btn) {
        ev.preventDefault();
        btn.click();
      }
    });
  });

  var capture = document.querySelector("form[data-autosave]");
  if (capture) enhanceCapture(capture);

  function enhanceCapture(form) {
    var status = form.querySelector(".save-status");
    var nextId = form.querySelectorAll("textarea[name=activity]").length + 1000;

    // "Add row" clones the last row of its transition instead of a round trip.
    form.querySelectorAll("button[data-addrow]").forEach(function (btn) {
      btn.addEventListener("click", function (ev) {
        ev.preventDefault();
        var body = form.querySelector('tbody[data-section="' + btn.getAttribute("data-addrow") + '"]');
        var last = body && body.lastElementChild;
        if (!last) return;
        var row = last.cloneNode(true);
        row.classList.remove("has-error");
        row.querySelectorAll(".field-error").forEach(function (e) { e.remove(); });
        row.querySelector("input[name=rid]").value = "";
        var n = nextId++;
        row.querySelectorAll("textarea").forEach(function (ta) {
          ta.value = "";
          var id = ta.id.split("-")[0] + "-" + n;
          var label = row.querySelector('label[for="' + ta.id + '"]');
          ta.id = id;
          if (label) label.setAttribute("for", id);
        });
        var num = row.querySelector("td.n");
        if (num && num.firstChild) num.firstChild.nodeValue = String(body.children.length + 1);
        body.appendChild(row);
        row.querySelector("textarea").focus();
      });
    });

    // Save as you go: a few seconds after typing stops, the form is saved
    // in the background and the page learns the ids given to new rows.
    var timer = null;
    var saving = false;
    var again = false;
    form.addEventListener("input", function () {
      if (status) {
        status.classList.remove("error");
        status.textContent = "Unsaved changes";
      }
      clearTimeout(timer);
      timer = setTimeout(autosave, 2500);
    });

    function autosave() {
      if (!form.querySelector("input[name=interviewee]").value.trim()) return;
      if (saving) { again = true; return; }
      saving = true;
      if (status) status.textContent = "Saving…";
      fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        headers: { "X-Enablemap-Autosave": "1" },
        credentials: "same-origin"
      }).then(function (res) {
        return res.json().then(function (body) { return { ok: res.ok, body: body }; });
      }).then(function (r) {
        if (!r.ok) {
          if (status) {
            status.classList.add("error");
            status.textContent = "Not saved: " + (r.body.message || "check the form");
          }
          return;
        }
        form.querySelector("input[name=id]").value = r.body.id;
        var rids = form.querySelectorAll("input[name=rid]");
        (r.body.rows || []).forEach(function (id, i) { if (rids[i]) rids[i].value = id; });
        var path = form.action.replace(/\/interviews$/, "/interviews/" + encodeURIComponent(r.body.id));
        try { window.history.replaceState(null, "", new URL(path, window.location.href).pathname); } catch (e) { /* older browsers */ }
        if (status) status.textContent = r.body.message;
      }).catch(function () {
        if (status) {
          status.classList.add("error");
          status.textContent = "Not saved: the server did not answer. Use Save.";
        }
      }).finally(function () {
        saving = false;
        if (again) { again = false; autosave(); }
      });
    }
  }
})();
