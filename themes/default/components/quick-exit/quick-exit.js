// Quick exit: hide the page at once, then leave with location.replace so Back cannot return here.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  var destination = link.getAttribute("href");
  var hint = link.querySelector(".quick-exit__hint");
  if (hint) hint.hidden = false;

  function exit(event) {
    if (event) event.preventDefault();
    // Hiding first means nothing stays on screen while the next site loads.
    document.documentElement.classList.add("quick-exit--leaving");
    document.title = "Loading";
    window.location.replace(destination);
  }

  link.addEventListener("click", exit);

  // Three presses of Shift in a row (nothing else between, within 5 seconds) exits,
  // so someone using a keyboard can leave without finding the button.
  var presses = 0;
  var timer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") { presses = 0; return; }
    if (event.repeat) return;
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 5000);
    if (presses >= 3) { presses = 0; exit(); }
  });
})();
