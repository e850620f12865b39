// The interactive timeline: vis-timeline (vendored in static/vendor/vis-timeline) over the items the server
// put in a JSON script element. One lane per kind of incident, statements in their own lane; a date known
// only to a week, month or season is drawn as an interval, a day as a point. Zoom with the wheel or a pinch,
// pan by dragging; clicking an item opens its page. Without script (or if the library fails) the server's
// SVG picture stays in place. Text goes in as text nodes, never as HTML.
(function () {
  "use strict";
  var DAY = 24 * 3600 * 1000;
  var LABEL_PAD = 24; // px beside a label: the dot or the interval's border, and the content's padding
  // the opening window's room after its last items, for their labels: a fifth of the width (a phone's wrapped
  // label column at least), never half. Labels longer than the room are shortened there (whole in the tooltip):
  // a long statement on the last day used to push the window on into empty days.
  var ROOM_SHARE = 0.2, ROOM_MIN = 140;

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function short(s, n) {
    return s.length <= n ? s : s.slice(0, n - 1).replace(/\s+\S*$/, "") + "…";
  }

  function content(text) {
    var el = document.createElement("span");
    el.className = "tl-item-label";
    el.textContent = text;
    return el;
  }

  // a phone's labels wrap in a narrow column: two or three lines at most; the whole label is in the tooltip
  function labelChars(width) {
    return width < 600 ? 40 : 60;
  }

  function toItems(data, chars) {
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
      var text = short(it.label, chars);
      items.push({
        id: n, group: laneIds[it.lane], content: content(text), text: text,
        start: start, end: interval ? new Date(end.getTime() + DAY) : undefined,
        type: interval ? "range" : "point",
        className: [it.kind, interval ? "uncertain" : "day", it.conflict ? "conflict" : "",
                    it.stated ? "" : "unstated"].join(" "),
        title: escapeHtml(it.when + " — " + it.label + (it.outlets.length ? " (" + it.outlets.join(", ") + ")" : "")),
        href: it.href
      });
    });
    return { lanes: lanes, items: items };
  }

  // open on the story: the items dated in the weeks its articles were published (from two weeks before the
  // first), from the first of them to the last, when that holds most items; else the shortest stretch
  // holding 80 % of them. Background years back, stray dates and the empty days before the first item are a
  // pan or a zoom away.
  function openingWindow(items, from, to) {
    var starts = items.map(function (i) { return i.start.getTime(); }).sort(function (a, b) { return a - b; });
    if (from && to) {
      var a = new Date(from + "T00:00:00Z").getTime() - 14 * DAY, b = new Date(to + "T00:00:00Z").getTime() + DAY;
      var inside = starts.filter(function (t) { return t >= a && t <= b; });
      if (inside.length >= 0.5 * starts.length) return [inside[0], inside[inside.length - 1]];
    }
    var k = Math.max(1, Math.ceil(starts.length * 0.8)), lo = starts[0], hi = starts[starts.length - 1];
    for (var i = 0; i + k - 1 < starts.length; i++) {
      if (starts[i + k - 1] - starts[i] < hi - lo) { lo = starts[i]; hi = starts[i + k - 1]; }
    }
    return [lo, hi];
  }

  // the opening window ends where its last labels end: a label is drawn to the right of its date, and the
  // window's right edge cut the labels of its last days (on a phone, most of them). An item at time t with a
  // label w px wide fits a window [s, e] of W px when (t - s) / (e - s) * W + w <= W.
  function fitEnd(items, s, e, width, measure) {
    for (var round = 0; round < 6; round++) {
      var need = e;
      items.forEach(function (it) {
        var t = it.start.getTime();
        if (t < s || t > e) return; // a pan away: not cut, not yet shown
        var w = Math.min(measure(it.text) + LABEL_PAD, 0.8 * width);
        need = Math.max(need, s + (t - s) / (1 - w / width));
      });
      if (need <= e + 1) return e;
      e = need;
    }
    return e;
  }

  // the labels the window [s, e] of W px cuts at its right edge, shortened to end there (a word or two at least)
  function fitLabels(items, s, e, width, measure) {
    var changed = [];
    items.forEach(function (it) {
      var t = it.start.getTime();
      if (t < s || t > e) return;
      var room = (1 - (t - s) / (e - s)) * width - LABEL_PAD;
      if (measure(it.text) <= room) return;
      var n = it.text.length - 1, text = it.text;
      while (n > 12 && measure(text) > room) { text = short(it.text, n); n = text.length - 2; }
      if (text === it.text) return;
      it.text = text;
      changed.push({ id: it.id, content: content(text) });
    });
    return changed;
  }

  // the opening window's right edge, from s with the story's items up to hi (and pad after it), in a view
  // ``width`` px wide showing the lanes ``lanes``: where the labels in view end. The lanes below the fold (often the statements) do not
  // stretch the view past what it shows (their items are a scroll and a pan away). The edge goes as far as the
  // labels need within the room for them; longer labels are shortened to end at the edge (``changed``), which
  // moves on only for what a shortest label still needs.
  function fitWindow(items, s, hi, pad, width, measure, lanes) {
    var inView = items.filter(function (it) { return lanes.indexOf(String(it.group)) >= 0; });
    var shown = inView.filter(function (it) { var t = it.start.getTime(); return t >= s && t <= hi + pad; });
    if (!shown.length) shown = inView = items;
    var last = Math.max.apply(null, shown.map(function (it) { return it.start.getTime(); }));
    var stop = Math.min(hi, last) + pad;
    var room = Math.min(Math.max(ROOM_SHARE * width, ROOM_MIN), 0.5 * width);
    var end = Math.min(fitEnd(shown, s, stop, width, measure), s + (stop - s) / (1 - room / width));
    var changed = fitLabels(items, s, end, width, measure);
    return { end: fitEnd(inView, s, end, width, measure), changed: changed };
  }

  // a label's width: its text's, or the column it wraps in (the style sheet's max-width, on phones)
  function measurer(el) {
    var probe = content("");
    el.appendChild(probe);
    var st = window.getComputedStyle(probe), most = parseFloat(st.maxWidth) || Infinity;
    var ctx = document.createElement("canvas").getContext("2d");
    ctx.font = "italic " + st.fontWeight + " " + st.fontSize + " " + st.fontFamily; // italic: the wider of two
    el.removeChild(probe);
    return function (text) { return Math.min(1.05 * ctx.measureText(text).width, most); };
  }

  // the SVG picture, asked for only when the timeline cannot be drawn here (it sits in <noscript> otherwise)
  function picture(box) {
    var target = box.querySelector(".tl-interactive");
    var src = target && target.getAttribute("data-picture");
    if (!src || box.querySelector("img.tl-fallback")) return;
    var img = document.createElement("img");
    img.className = "timeline-img tl-fallback";
    img.alt = "timeline of incidents and statements";
    img.src = src;
    box.appendChild(img);
  }

  function draw(box) {
    var data;
    try { data = JSON.parse(box.querySelector(".tl-data").textContent); } catch (e) { picture(box); return; }
    var target = box.querySelector(".tl-interactive");
    if (!target || !window.vis || !window.vis.Timeline) { picture(box); return; }
    target.hidden = false; // drawn while hidden, vis-timeline measures nothing and redraws forever
    var built = toItems(data, labelChars(target.clientWidth));
    if (!built.items.length) { target.hidden = true; picture(box); return; }
    var win = openingWindow(built.items, target.getAttribute("data-from"), target.getAttribute("data-to"));
    var lo = win[0], hi = win[1], pad = Math.max((hi - lo) * 0.04, DAY / 2);
    var dataset = new window.vis.DataSet(built.items);
    var timeline = new window.vis.Timeline(target, dataset,
      new window.vis.DataSet(built.lanes), {
        stack: true, zoomable: true, moveable: true, orientation: { axis: "top", item: "top" },
        verticalScroll: true, horizontalScroll: false, zoomKey: "",
        cluster: { maxItems: 4, showStipes: false, fitOnDoubleClick: true,
                   titleTemplate: "{count} items: zoom in to read them" },
        start: new Date(lo - pad), end: new Date(hi + pad), zoomMin: DAY, maxHeight: 520,
        margin: { item: { horizontal: 4, vertical: 4 } }, groupOrder: "order", showCurrentTime: false,
        tooltip: { followMouse: true, overflowMethod: "flip" }
      });
    var fitted = false;
    timeline.on("changed", function () { // once laid out: the lanes' labels take their width first
      var panel = target.querySelector(".vis-panel.vis-center");
      if (fitted || !panel || !panel.clientWidth) return;
      fitted = true;
      var fit = fitWindow(built.items, lo - pad, hi, pad, panel.clientWidth, measurer(target),
                          timeline.getVisibleGroups().map(String));
      timeline.setWindow(new Date(lo - pad), new Date(fit.end), { animation: false });
      if (fit.changed.length) dataset.update(fit.changed);
      box.setAttribute("data-fitted", "yes");
    });
    timeline.on("select", function (props) {
      var hit = built.items.filter(function (i) { return i.id === props.items[0]; })[0];
      if (hit && hit.href) window.location.href = hit.href;
    });
    box.setAttribute("data-interactive", "yes");
  }

  function start() {
    var data = document.querySelectorAll(".tl-data");
    Array.prototype.forEach.call(data, function (el) { draw(el.parentNode); });
  }

  window.StorylineTimeline = { openingWindow: openingWindow, fitWindow: fitWindow }; // for the browser tests
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
