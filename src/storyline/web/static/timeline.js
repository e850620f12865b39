// The interactive timeline: vis-timeline (vendored in static/vendor/vis-timeline) over the items the server
// put in a JSON script element. One lane per kind of incident, statements in their own lane; a date known
// only to a week, month or season is drawn as an interval, a day as a point. Zoom with the wheel or a pinch,
// pan by dragging; clicking an item opens its page. Without script (or if the library fails) the server's
// SVG picture stays in place. Text goes in as text nodes, never as HTML.
(function () {
  "use strict";
  var DAY = 24 * 3600 * 1000;

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function short(s, n) {
    return s.length <= n ? s : s.slice(0, n - 1).replace(/\s+\S*$/, "") + "…";
  }

  function content(item) {
    var el = document.createElement("span");
    el.className = "tl-item-label";
    el.textContent = short(item.label, 60);
    return el;
  }

  function toItems(data) {
    var lanes = [], laneIds = {}, items = [];
    data.forEach(function (it, n) {
      if (!it.start) return; // no stated date: listed in the table below, not placed on the axis
      if (!(it.lane in laneIds)) {
        laneIds[it.lane] = lanes.length;
        lanes.push({ id: lanes.length, content: it.lane, order: it.kind === "claim" ? 1000 : lanes.length });
      }
      var start = new Date(it.start + "T00:00:00Z");
      var end = new Date(it.end + "T00:00:00Z");
      var interval = it.end !== it.start;
      items.push({
        id: n, group: laneIds[it.lane], content: content(it),
        start: start, end: interval ? new Date(end.getTime() + DAY) : undefined,
        type: interval ? "range" : "point",
        className: [it.kind, interval ? "uncertain" : "day", it.conflict ? "conflict" : ""].join(" "),
        title: escapeHtml(it.when + " — " + it.label + (it.outlets.length ? " (" + it.outlets.join(", ") + ")" : "")),
        href: it.href
      });
    });
    return { lanes: lanes, items: items };
  }

  function draw(box) {
    var data;
    try { data = JSON.parse(box.querySelector(".tl-data").textContent); } catch (e) { return; }
    var target = box.querySelector(".tl-interactive");
    var fallback = box.querySelector(".tl-fallback");
    if (!target || !window.vis || !window.vis.Timeline) return;
    var built = toItems(data);
    if (!built.items.length) return;
    var starts = built.items.map(function (i) { return i.start.getTime(); });
    var ends = built.items.map(function (i) { return (i.end || i.start).getTime(); });
    var lo = Math.min.apply(null, starts), hi = Math.max.apply(null, ends);
    var pad = Math.max((hi - lo) * 0.05, 2 * DAY);
    var timeline = new window.vis.Timeline(target, new window.vis.DataSet(built.items),
      new window.vis.DataSet(built.lanes), {
        stack: true, zoomable: true, moveable: true, orientation: { axis: "top" },
        start: new Date(lo - pad), end: new Date(hi + pad), zoomMin: DAY, maxHeight: 520,
        margin: { item: { horizontal: 4, vertical: 4 } }, groupOrder: "order", showCurrentTime: false,
        tooltip: { followMouse: true, overflowMethod: "flip" }
      });
    timeline.on("select", function (props) {
      var hit = built.items.filter(function (i) { return i.id === props.items[0]; })[0];
      if (hit && hit.href) window.location.href = hit.href;
    });
    target.hidden = false;
    if (fallback) fallback.hidden = true;
    box.setAttribute("data-interactive", "yes");
  }

  function start() {
    var data = document.querySelectorAll(".tl-data");
    Array.prototype.forEach.call(data, function (el) { draw(el.parentNode); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
