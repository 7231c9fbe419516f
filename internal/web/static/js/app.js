// marsad: small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Refuse an upload larger than the server's limit before sending it.
  function guardUpload(form) {
    var max = parseInt(form.dataset.max, 10);
    var out = form.querySelector(".upload-error");
    form.addEventListener("submit", function (ev) {
      var size = 0;
      var text = form.querySelector("textarea[name=text]");
      if (text) size += new Blob([text.value]).size;
      var files = form.querySelector("input[type=file]");
      if (files) for (var i = 0; i < files.files.length; i++) size += files.files[i].size;
      if (max && size > max) {
        ev.preventDefault();
        out.textContent = "الحجم (" + Math.ceil(size / 1024) + " ك.ب) يتجاوز الحد المسموح.";
        out.hidden = false;
      }
    });
  }

  // Opening one figure of a comparison row opens the row's other figures,
  // so speakers and channels can be read side by side.
  function linkRows(table) {
    table.addEventListener("toggle", function (ev) {
      var d = ev.target;
      if (!d.matches || !d.matches("details.fig-cell") || d.dataset.syncing) return;
      d.closest("tr").querySelectorAll("details.fig-cell").forEach(function (o) {
        if (o !== d && o.open !== d.open) { o.dataset.syncing = "1"; o.open = d.open; delete o.dataset.syncing; }
      });
    }, true);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.ingest").forEach(guardUpload);
    document.querySelectorAll("table.comparison").forEach(linkRows);
  });
})();
