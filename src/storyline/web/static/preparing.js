// A page part being built on the server ("being prepared"): ask until it is ready, then reload the page.
// The server answers {"ready": false} after waiting a while itself, so this asks every few seconds at most.
(function () {
  var box = document.querySelector("[data-ready]");
  if (!box || box.hasAttribute("data-asking")) return;  // one page part or several: one question at a time
  box.setAttribute("data-asking", "yes");
  var src = box.getAttribute("data-ready");
  function ask() {
    fetch(src, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (d) { if (d.ready) { window.location.reload(); } else { window.setTimeout(ask, 250); } })
      .catch(function () { window.setTimeout(ask, 5000); });
  }
  ask();
})();
