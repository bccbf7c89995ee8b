// Counts seconds down on the page: a resend cooldown (its button stays disabled until zero) or the
// time left to answer a sign-in challenge (data-expired says what to show at zero).
// The server enforces both either way; this only tells the person in time.
(function () {
  "use strict";

  function start(element) {
    if (element.dataset.countdownStarted) {
      return;
    }
    element.dataset.countdownStarted = "true";
    var seconds = parseInt(element.dataset.countdown, 10);
    var template = element.dataset.template || "{0}";
    var section = element.closest("section") || document;
    var button = section.querySelector("[data-countdown-button='true']");
    if (button) {
      button.disabled = true;
    }
    var timer = window.setInterval(function () {
      seconds -= 1;
      if (seconds <= 0) {
        window.clearInterval(timer);
        if (element.dataset.expired) {
          element.textContent = element.dataset.expired;
          element.setAttribute("role", "alert");
        } else {
          element.hidden = true;
        }
        if (button) {
          button.disabled = false;
        }
        return;
      }
      element.textContent = template.replace("{0}", String(seconds));
    }, 1000);
  }

  function scan(root) {
    (root || document).querySelectorAll("[data-countdown]").forEach(start);
  }

  document.addEventListener("DOMContentLoaded", function () { scan(document); });
  document.addEventListener("htmx:load", function (event) { scan(event.detail.elt.parentNode || document); });
})();
