// For you: fills the unread count of the inbox link in the page header (signed-in pages only).
(function () {
  "use strict";
  function fill() {
    var badge = document.querySelector("[data-inbox-count]");
    if (!badge || !window.fetch) {
      return;
    }
    fetch("/api/inbox/count", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) {
        if (body && typeof body.unread === "number" && body.unread > 0) {
          badge.textContent = body.unread > 99 ? "99+" : String(body.unread);
          badge.setAttribute("aria-label", body.unread + " unread");
          badge.hidden = false;
        }
      })
      .catch(function () {});
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fill);
  } else {
    fill();
  }
})();
