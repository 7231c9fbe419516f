// marsad map: country shapes from world-atlas (no tile server), events and
// places from the JSON API as points. Every label is set as DOM text, so the
// browser shapes Arabic and nothing from the data runs as markup.
(function () {
  "use strict";
  var world = document.getElementById("map-script").dataset.world;
  var worldData = null;

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function popup(title, lines, href) {
    var box = el("div", null, "map-popup");
    box.dir = "rtl";
    box.appendChild(el("strong", title));
    lines.forEach(function (l) { if (l) box.appendChild(el("div", l)); });
    if (href) { var a = el("a", "المقال"); a.href = href; box.appendChild(a); }
    return box;
  }

  function eventPoint(ev, labels) {
    var p = ev.place;
    if (!p || (p.lat === 0 && p.lon === 0)) return null;
    var m = L.circleMarker([p.lat, p.lon], { radius: 7, color: "#fff", weight: 2, fillColor: "#c0392b", fillOpacity: 0.9 });
    var who = (ev.actors || []).concat(ev.targets || []).join("، ");
    m.bindPopup(popup(labels[ev.type] || ev.type, [ev.date + " · " + (p.name || p.text), who, "«" + ev.text + "»", ev.outlet],
      "/articles/" + encodeURIComponent(ev.article_id)));
    return m;
  }

  // bases says, in the popup, how a point was found when it is not the
  // place's own: the dashed circles are the uncertain ones.
  var bases = { parent: "موقع تقريبي: نقطة المكان الذي يقع فيه", context: "موقع تقريبي: من سياق المقال" };

  function placePoint(p) {
    var uncertain = !!bases[p.basis];
    var m = L.circleMarker([p.lat, p.lon], { radius: 9 + Math.min(p.count, 10), color: "#0d5c8c", weight: 2, fillColor: "#0d5c8c", fillOpacity: 0.12, dashArray: uncertain ? "4 4" : null });
    m.bindTooltip(el("span", p.name, "map-label"), { permanent: true, direction: "top", offset: [0, -6] });
    m.on("mouseover", function () { var e = m.getTooltip().getElement(); if (e) e.classList.add("show"); });
    m.on("mouseout", function () { var e = m.getTooltip().getElement(); if (e) e.classList.remove("show"); });
    m.bindPopup(popup(p.name, [p.name_en, "ذكر " + p.count + " مرة في " + p.articles.length + " مقالات", bases[p.basis] || ""], null));
    return m;
  }

  // declutter hides the labels that would cover a label of a place
  // mentioned more often; a hidden label still shows on hover.
  function declutter(markers) {
    var kept = [];
    markers.slice().sort(function (a, b) { return b.count - a.count; }).forEach(function (m) {
      var tip = m.marker.getTooltip(), el = tip && tip.getElement();
      if (!el) return;
      el.classList.remove("hidden-label");
      var r = el.getBoundingClientRect();
      var hit = kept.some(function (k) { return r.left < k.right && k.left < r.right && r.top < k.bottom && k.top < r.bottom; });
      if (hit) el.classList.add("hidden-label"); else kept.push(r);
    });
  }

  function draw(box) {
    var status = box.parentNode.querySelector(".map-status");
    var labels = {};
    try { labels = JSON.parse(box.dataset.labels || "{}"); } catch (e) { labels = {}; }
    var say = function (t) { if (status) status.textContent = t; };
    var map = L.map(box, { zoomSnap: 0.5, worldCopyJump: true, attributionControl: true }).setView([34.5, 39], 5);
    map.attributionControl.setPrefix(false).addAttribution("Natural Earth · world-atlas");
    var shapes = worldData ? Promise.resolve(worldData) : getJSON(world).then(function (w) { worldData = w; return w; });
    shapes.then(function (w) {
      L.geoJSON(topojson.feature(w, w.objects.countries), {
        style: { color: "#8a9aa8", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false
      }).addTo(map);
      return Promise.all([getJSON(box.dataset.events), getJSON(box.dataset.places)]);
    }).then(function (res) {
      var layer = L.featureGroup().addTo(map);
      // Places first, as wide rings; events on top of them, as dots.
      var labelled = [];
      res[1].places.forEach(function (p) { var m = placePoint(p).addTo(layer); labelled.push({ marker: m, count: p.count }); });
      var n = 0;
      res[0].events.forEach(function (ev) { var m = eventPoint(ev, labels); if (m) { m.addTo(layer); n++; } });
      if (layer.getLayers().length) map.fitBounds(layer.getBounds().pad(0.5), { maxZoom: 7, animate: false });
      declutter(labelled);
      map.on("zoomend", function () { declutter(labelled); });
      box.dataset.labels_hidden = box.querySelectorAll(".hidden-label").length;
      box.dataset.events_shown = n;
      box.dataset.places_shown = res[1].places.length;
      box.classList.add("ready");
      say(n + " أحداث و" + res[1].places.length + " أماكن على الخريطة" + (res[0].total > res[0].events.length ? " (أول " + res[0].events.length + ")" : ""));
    }).catch(function (err) {
      box.classList.add("failed");
      say("تعذر تحميل الخريطة: " + err.message);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".map[data-events]").forEach(draw);
  });
})();
