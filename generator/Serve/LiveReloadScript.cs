namespace DirectoryPortal.Serve;

/// The script `serve` adds to every page: reloads when the site is rebuilt and shows build errors in the page.
public static class LiveReloadScript
{
    public const string Path = "/__directoryportal/live-reload.js";
    public const string StatusPath = "/__directoryportal/status";

    // Polling keeps the server simple and works through any proxy; 250 ms keeps an edit under a second.
    public const string Source = """
        (function () {
          "use strict";
          var seen = null;
          function show(errors) {
            var box = document.getElementById("dp-build-errors");
            if (!errors.length) { if (box) box.remove(); return; }
            if (!box) {
              box = document.createElement("div");
              box.id = "dp-build-errors";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:1000;background:#fff;color:#0b0c0c;border-top:6px solid #d4351c;padding:1rem;font:16px/1.4 monospace;white-space:pre-wrap";
              document.body.appendChild(box);
            }
            box.textContent = "The last edit has errors, so this is the previous version of the site.\n\n" + errors.join("\n");
          }
          function poll() {
            fetch("/__directoryportal/status", { cache: "no-store" })
              .then(function (r) { return r.json(); })
              .then(function (s) {
                if (seen !== null && s.version !== seen && s.errors.length === 0) { location.reload(); return; }
                seen = s.version;
                show(s.errors);
              })
              .catch(function () { /* server restarting: try again */ })
              .then(function () { setTimeout(poll, 250); });
          }
          poll();
        })();
        """;
}
