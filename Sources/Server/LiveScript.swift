/// The script `serve` adds to every page: listens for build events, reloads on a rebuild that touched this page,
/// and shows a failed build's diagnostics in an overlay until the next good build.
enum LiveScript {
    static let source = #"""
(function () {
  "use strict";
  if (!window.EventSource) return;
  var here = location.pathname.replace(/^\//, "");
  if (here === "" || /\/$/.test(here)) here += "index.html";
  try { here = decodeURIComponent(here); } catch (e) {}
  var build = null;
  function overlay(text) {
    var box = document.getElementById("gpukb-error-overlay");
    if (!box) {
      box = document.createElement("div");
      box.id = "gpukb-error-overlay";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
        "background:rgba(20,20,24,.94);color:#f5f5f5;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace";
      var title = document.createElement("p");
      title.textContent = "Build failed (this goes away once the build succeeds)";
      title.style.cssText = "margin:0 0 1rem;font-weight:700;color:#ff8080";
      var pre = document.createElement("pre");
      pre.style.cssText = "margin:0;white-space:pre-wrap";
      box.appendChild(title);
      box.appendChild(pre);
      document.body.appendChild(box);
    }
    box.lastChild.textContent = text;
  }
  function clear() {
    var box = document.getElementById("gpukb-error-overlay");
    if (box) box.parentNode.removeChild(box);
  }
  var source = new EventSource("/__gpukb/events");
  source.addEventListener("hello", function (event) {
    var data = JSON.parse(event.data);
    if (build !== null && data.build !== build) location.reload();
    build = data.build;
  });
  source.addEventListener("reload", function (event) {
    var data = JSON.parse(event.data);
    build = data.build;
    clear();
    if (!data.paths || data.paths.indexOf(here) >= 0) location.reload();
  });
  source.addEventListener("build-error", function (event) {
    overlay(JSON.parse(event.data).text);
  });
})();
"""#
}
