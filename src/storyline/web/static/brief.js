// Loads the briefing of a large store after the overview has rendered (it may take a while the first time).
// The fragment is HTML rendered and escaped by the server from our own template.
(function () {
  var box = document.getElementById("brief");
  if (!box) return;
  fetch(box.getAttribute("data-src"), { credentials: "same-origin" })
    .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
    .then(function (html) {
      box.innerHTML = html;
      var made = box.querySelector(".briefing[data-title]");
      if (made && box.closest(".brief-page")) document.title = made.getAttribute("data-title") + " · Storyline";
    })
    .catch(function () { box.innerHTML = '<p class="notice">The briefing could not be loaded; try again later.</p>'; });
})();
