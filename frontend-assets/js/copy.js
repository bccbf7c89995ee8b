// Copies the text of the element a button names (data-copy-target) to the clipboard.
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button || !navigator.clipboard) {
      return;
    }
    var source = document.getElementById(button.dataset.copyTarget);
    if (source) {
      navigator.clipboard.writeText(source.textContent.trim());
    }
  });
})();
