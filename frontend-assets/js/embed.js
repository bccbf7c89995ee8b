// Tells the product embedding these pages how the flow ended. The message goes only to the
// parent's origin, and only when that origin is one the product registered (never "*").
(function () {
  "use strict";

  function parentOrigin(allowed) {
    var ancestors = window.location.ancestorOrigins;
    if (ancestors && ancestors.length > 0) {
      return allowed.indexOf(ancestors[0]) >= 0 ? [ancestors[0]] : [];
    }
    // Without ancestorOrigins the browser itself drops a message whose target origin is
    // not the parent's, so each registered origin may be tried.
    return allowed;
  }

  function post() {
    var event = document.querySelector("[data-embed-message]");
    var origins = (document.body.getAttribute("data-embed-origins") || "").split(" ").filter(Boolean);
    if (!event || window.parent === window || origins.length === 0) {
      return;
    }
    var message = { type: event.getAttribute("data-embed-message") };
    var username = event.getAttribute("data-embed-username");
    if (username) {
      message.username = username;
    }
    parentOrigin(origins).forEach(function (origin) {
      window.parent.postMessage(message, origin);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", post);
  } else {
    post();
  }
})();
