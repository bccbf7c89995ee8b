// Solves the ALTCHA proof-of-work challenge a form carries when the server asks for one: finds the
// number whose SHA-256 with the salt is the challenge and puts the solution in the form. A form sent
// before the work is done waits for it, its button and a status region saying so, and then goes.
// Nothing is requested from anywhere else; the server checks the solution either way.
(function () {
  "use strict";

  var BATCH = 2000;

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
        // A task between batches, so that the page stays responsive while the work goes on.
        return new Promise(function (next) {
          window.setTimeout(function () { next(from(end)); }, 0);
        });
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

  // Starts the work as soon as the page shows the challenge, so that it is usually done before the
  // person sends the form. Resolves to whether the field now holds a solution.
  function start(field) {
    if (!field.proofOfWork) {
      var challenge = JSON.parse(field.dataset.challenge);
      var work = (window.crypto && crypto.subtle) ? solve(challenge) : Promise.resolve(null);
      field.proofOfWork = work.then(function (number) {
        if (number === null) {
          return false;
        }
        field.value = payload(challenge, number);
        return true;
      }, function () {
        return false;
      });
    }
    return field.proofOfWork;
  }

  function scan(root) {
    (root || document).querySelectorAll("input[name='altcha'][data-challenge]").forEach(start);
  }

  function onSubmit(event) {
    var form = event.target;
    var field = form.querySelector && form.querySelector("input[name='altcha'][data-challenge]");
    if (!field || field.value) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (form.dataset.proofOfWorkWaiting) {
      return;
    }
    form.dataset.proofOfWorkWaiting = "true";
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
    start(field).then(function (solved) {
      delete form.dataset.proofOfWorkWaiting;
      if (button) {
        button.textContent = label;
        button.removeAttribute("aria-disabled");
      }
      if (status) {
        status.textContent = solved ? "" : field.dataset.failed;
      }
      if (solved) {
        // From a task of its own: Chromium ignores a submission requested while it still
        // settles the one the person's click started and this script cancelled.
        window.setTimeout(function () {
          if (form.requestSubmit) {
            form.requestSubmit(button && button.form === form ? button : undefined);
          } else {
            form.submit();
          }
        }, 0);
      }
    });
  }

  // The benchmark times this solver in a browser (bench/proof_of_work.py).
  window.cognitoProofOfWork = { solve: solve };
  // After the page has loaded, so that the work never holds up its loading.
  window.addEventListener("load", function () { scan(document); });
  document.addEventListener("htmx:load", function (event) { scan(event.detail.elt.parentNode || document); });
  document.addEventListener("submit", onSubmit, true);
})();
