// "Open now" worked out in the visitor's browser, in UK time (Europe/London, so British Summer Time is
// included), from the hours the page carries. Nothing is requested and nothing is stored.
// The words come from the page ([data-opening-hours-text]); search.js uses window.DirectoryPortalHours too.
(function () {
  "use strict";
  var DAY = 1440, WEEK = 7 * DAY;
  var DAY_KEYS = ["mo", "tu", "we", "th", "fr", "sa", "su"];
  var HOUR_MS = 3600000;

  // 01:00 UTC on the last Sunday of the month (0-based) in that year: when the UK's clocks change.
  function lastSundayAtOne(year, month) {
    var last = new Date(Date.UTC(year, month + 1, 0, 1));
    return last.getTime() - last.getUTCDay() * 24 * HOUR_MS;
  }

  // Minutes since Monday 00:00 on the clocks in the UK, whatever time zone the device is set to. By the
  // Summer Time Order 2002 the UK is on GMT, and on BST (an hour ahead) from 01:00 GMT on the last Sunday of
  // March until 01:00 GMT on the last Sunday of October. Worked out here rather than by Intl.DateTimeFormat
  // with timeZone "Europe/London": loading that zone's data took 60 to 150 ms of a cheap phone's time on
  // every page. The tests compare this with Intl over a century of clock changes.
  function ukMinute(date) {
    var t = date.getTime(), year = date.getUTCFullYear();
    var summer = t >= lastSundayAtOne(year, 2) && t < lastSundayAtOne(year, 9);
    var uk = new Date(t + (summer ? HOUR_MS : 0));
    return ((uk.getUTCDay() + 6) % 7) * DAY + uk.getUTCHours() * 60 + uk.getUTCMinutes();
  }

  // The spans ([days mask, opens, closes] in minutes) as merged open periods within one week.
  function periods(spans) {
    var list = [];
    spans.forEach(function (s) {
      for (var d = 0; d < 7; d++) {
        if (!(s[0] & (1 << d))) continue;
        var start = d * DAY + s[1], end = d * DAY + s[2];
        if (end > WEEK) { list.push([start, WEEK]); list.push([0, end - WEEK]); }
        else list.push([start, end]);
      }
    });
    list.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    list.forEach(function (p) {
      var last = merged[merged.length - 1];
      if (last && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
      else merged.push([p[0], p[1]]);
    });
    return merged;
  }

  // { open: true/false, always: true when open all week, at: minute it next closes or opens (may be past WEEK) }
  function status(hours, date) {
    if (hours === "always") return { open: true, always: true };
    var list = periods(hours), now = ukMinute(date);
    if (list.length === 0) return { open: false };
    if (list.length === 1 && list[0][0] === 0 && list[0][1] === WEEK) return { open: true, always: true };
    var wraps = list[0][0] === 0 && list[list.length - 1][1] === WEEK;
    for (var i = 0; i < list.length; i++) {
      if (now >= list[i][0] && now < list[i][1]) {
        // Open until the week ends and again from Monday 00:00: it closes when that first period ends.
        var end = list[i][1] === WEEK && wraps ? WEEK + list[0][1] : list[i][1];
        return { open: true, at: end, now: now };
      }
      if (list[i][0] > now) return { open: false, at: list[i][0], now: now };
    }
    return { open: false, at: WEEK + list[0][0], now: now };
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
  }

  function words() {
    var el = document.querySelector("[data-opening-hours-text]");
    if (!el) return null;
    var w = {};
    Array.prototype.forEach.call(el.attributes, function (a) {
      if (a.name.indexOf("data-") === 0) w[a.name.slice(5)] = a.value;
    });
    return w;
  }

  // "9am", "5:30pm", "midday" or "17:30", as the theme's strings say times are written.
  function clock(minuteOfDay, w) {
    var h = Math.floor(minuteOfDay / 60), m = minuteOfDay % 60;
    if (w["time-style"] === "24-hour") return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
    if (minuteOfDay === 0) return w["time-midnight"];
    if (minuteOfDay === 720) return w["time-midday"];
    var text = String(h % 12 === 0 ? 12 : h % 12) + (m === 0 ? "" : ":" + (m < 10 ? "0" : "") + m);
    return fill(h < 12 ? w["time-am"] : w["time-pm"], { time: text });
  }

  // "9am today", "2am tomorrow", "9am Monday"; a closing time of midnight belongs to the day before.
  function when(at, now, w) {
    var minuteOfDay = at % DAY, day = Math.floor(at / DAY);
    if (minuteOfDay === 0 && at > now) day -= 1;
    var ahead = day - Math.floor(now / DAY);
    var time = clock(minuteOfDay, w);
    if (ahead <= 0) return fill(w["when-today"], { time: time });
    if (ahead === 1) return fill(w["when-tomorrow"], { time: time });
    return fill(w["when-day"], { time: time, day: w["day-" + DAY_KEYS[day % 7]] });
  }

  function describe(hours, date, w) {
    var s = status(hours, date);
    if (s.always) return { open: true, text: w["open-24"] };
    // A closing time a week away would name the wrong week, so a service open nearly all week just says "Open now".
    if (s.open) return { open: true, text: s.at - s.now < 6 * DAY ? fill(w["open-until"], { time: when(s.at, s.now, w) }) : w["open-now"] };
    if (s.at === undefined) return { open: false, text: w.closed };
    return { open: false, text: fill(w["closed-opens"], { time: when(s.at, s.now, w) }) };
  }

  window.DirectoryPortalHours = { status: status, describe: describe, words: words, ukMinute: ukMinute };

  var shown = document.querySelectorAll("[data-opening-hours]");
  var w = shown.length ? words() : null;
  if (!w) return;

  function update() {
    var now = new Date();
    Array.prototype.forEach.call(shown, function (el) {
      var raw = el.getAttribute("data-opening-hours");
      var d = describe(raw === "always" ? "always" : JSON.parse(raw), now, w);
      if (el.textContent !== d.text) el.textContent = d.text;
      el.className = "opening-hours__status opening-hours__status--" + (d.open ? "open" : "closed");
      el.hidden = false;
    });
  }
  update();
  setInterval(update, 30000);
})();
