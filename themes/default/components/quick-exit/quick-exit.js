// Quick exit: hide the page at once, then leave with location.replace so Back cannot return here.
// docs/quick-exit.md explains the design and its limits.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  var destination = link.getAttribute("href");
  var status = document.querySelector("[data-quick-exit-status]");
  var hint = link.querySelector(".quick-exit__hint");
  // The shortcut only exists with JavaScript, so it is only mentioned when it works.
  if (hint) hint.hidden = false;

  function exit(event) {
    if (event) event.preventDefault();
    // Hiding first means nothing stays on screen while the next site loads.
    document.documentElement.classList.add("quick-exit--leaving");
    document.title = "Loading";
    window.location.replace(destination);
  }

  function say(text) {
    if (status && status.textContent !== text) status.textContent = text;
  }

  link.addEventListener("click", exit);

  // Three presses of Shift in a row (nothing else between, within 5 seconds) exits, so someone using
  // a keyboard can leave without finding the button. Shift+Tab and capitals never count: the other
  // key resets the count.
  var presses = 0;
  var timer = null;
  function reset() {
    presses = 0;
    clearTimeout(timer);
    say("");
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") { if (presses) reset(); return; }
    if (event.repeat) return;
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(reset, 5000);
    if (presses >= 3) { reset(); exit(); return; }
    say("Shift pressed. Press Shift " + (3 - presses) + (presses === 2 ? " more time" : " more times") + " to exit this page.");
  });
})();
