// Quick exit: hide the page at once, then leave with location.replace so Back cannot return here.
// docs/quick-exit.md explains the design and its limits.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  // The theme's English words (i18n/en.yml, quick_exit.script.*); a page in another language gives its own
  // in data-i18n-* attributes on the link.
  var ui = {
    "loading": "Loading",
    "pressed-one": "Shift pressed. Press Shift {count} more time to exit this page.",
    "pressed-other": "Shift pressed. Press Shift {count} more times to exit this page."
  };
  Object.keys(link.dataset).forEach(function (key) {
    if (key.indexOf("i18n") === 0) ui[key.slice(4).replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }).replace(/^-/, "")] = link.dataset[key];
  });
  var lang = document.documentElement.lang || "en";
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : { select: function (n) { return n === 1 ? "one" : "other"; } };
  function pressed(count) {
    var words = ui["pressed-" + plural.select(count)] || ui["pressed-other"];
    return words.replace("{count}", String(count));
  }
  var destination = link.getAttribute("href");
  var status = document.querySelector("[data-quick-exit-status]");
  var hint = link.querySelector(".quick-exit__hint");
  // The shortcut only exists with JavaScript, so it is only mentioned when it works.
  if (hint) hint.hidden = false;

  function exit(event) {
    if (event) event.preventDefault();
    // Hiding first means nothing stays on screen while the next site loads.
    document.documentElement.classList.add("quick-exit--leaving");
    document.title = ui.loading;
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
    say(pressed(3 - presses));
  });
})();
