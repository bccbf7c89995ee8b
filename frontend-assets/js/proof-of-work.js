// Solves the ALTCHA proof-of-work challenge a form carries when the server asks for one, as the
// form is sent: finds the number whose SHA-256 with the salt is the challenge, puts the solution
// in the form and sends it on. The button says what is happening, and so does a status region.
// Nothing is requested from anywhere else; the server checks the solution either way.
(function () {
  "use strict";

  var BATCH = 500;

  function bytesOf(hex) {
    var bytes = new Uint8Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    }
    return bytes;
  }

  function matches(digest, wanted) {
    var got = new Uint8Array(digest);
    for (var i = 0; i < wanted.length; i++) {
      if (got[i] !== wanted[i]) {
        return false;
      }
    }
    return true;
  }

  function solve(challenge) {
    var encoder = new TextEncoder();
    var wanted = bytesOf(challenge.challenge);
    function from(start) {
      if (start > challenge.maxnumber) {
        return Promise.resolve(null);
      }
      var end = Math.min(start + BATCH, challenge.maxnumber + 1);
      var digests = [];
      for (var n = start; n < end; n++) {
        digests.push(crypto.subtle.digest("SHA-256", encoder.encode(challenge.salt + n)));
      }
      return Promise.all(digests).then(function (results) {
        for (var i = 0; i < results.length; i++) {
          if (matches(results[i], wanted)) {
            return start + i;
          }
        }
        return from(end);
      });
    }
    return from(0);
  }

  function payload(challenge, number) {
    return btoa(JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: number,
      salt: challenge.salt,
      signature: challenge.signature
    }));
  }

  function onSubmit(event) {
    var form = event.target;
    var field = form.querySelector && form.querySelector("input[name='altcha'][data-challenge]");
    if (!field || field.value) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (form.dataset.proofOfWorkRunning) {
      return;
    }
    form.dataset.proofOfWorkRunning = "true";
    var button = event.submitter || form.querySelector("button[type='submit']");
    var status = form.querySelector("[data-proof-of-work-status]");
    var label = button ? button.textContent : "";
    if (button) {
      button.textContent = field.dataset.working;
      button.setAttribute("aria-disabled", "true");
    }
    if (status) {
      status.textContent = field.dataset.working;
    }
    var challenge = JSON.parse(field.dataset.challenge);
    var started = performance.now();
    var work = (window.crypto && crypto.subtle) ? solve(challenge) : Promise.resolve(null);
    work.then(function (number) {
      delete form.dataset.proofOfWorkRunning;
      if (button) {
        button.textContent = label;
        button.removeAttribute("aria-disabled");
      }
      if (number === null) {
        if (status) {
          status.textContent = field.dataset.failed;
        }
        return;
      }
      field.value = payload(challenge, number);
      form.dataset.proofOfWorkMillis = String(Math.round(performance.now() - started));
      if (status) {
        status.textContent = "";
      }
      if (form.requestSubmit) {
        form.requestSubmit(button && button.form === form ? button : undefined);
      } else {
        form.submit();
      }
    }, function () {
      delete form.dataset.proofOfWorkRunning;
      if (status) {
        status.textContent = field.dataset.failed;
      }
    });
  }

  document.addEventListener("submit", onSubmit, true);
})();
