/// A little comfort for those with script on; every page works without it. `/` focuses the query box,
/// filter selects apply when changed, facet groups start folded on a phone, and the paragraph a link points
/// to is scrolled to the middle.
enum Script {
    static let text = #"""
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.addEventListener("keydown", function (event) {
    var box = document.querySelector(".searchbox input[type=search]");
    var typing = /INPUT|TEXTAREA|SELECT/.test(document.activeElement && document.activeElement.tagName);
    if (event.key === "/" && box && !typing) { event.preventDefault(); box.focus(); box.select(); }
  });
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  if (window.matchMedia("(max-width: 720px)").matches) {
    document.querySelectorAll("details.facet").forEach(function (group) {
      if (!group.querySelector("a.applied")) { group.removeAttribute("open"); }
    });
  }
  if (location.hash.indexOf("#p-") === 0) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.scrollIntoView({ block: "center" }); }
  }
});
"""#
}
