/* The table of contents of a page that is not in the nav (templates/theme/main.html):
   written by this script, placed right after the page's content (.md-content), from
   the sections it has just read, rather than repeated in thousands of pages (issue
   14). The markup is
   templates/theme/partials/toc.html's: the page's h2 headings, each a link to its
   anchor, put where Material draws the sidebar (before the content), before Material's
   own script runs and follows the reader's scrolling in it. It is drawn by
   briefings-nav.js's `briefingsSidebar`, which has run on every page this one is on
   (see there); were it missing, the page goes without a table of contents. */
(function () {
  var d = document, script = d.currentScript, draw = window.briefingsSidebar;
  var content = script.previousElementSibling;
  if (!draw || !content || !content.classList.contains("md-content")) return;
  var label = script.getAttribute("data-label") || "Table of contents";
  var headings = content.querySelectorAll("h2[id]");
  content.before(draw.sidebar({
    side: "secondary",
    attributes: { "data-md-component": "sidebar", "data-md-type": "toc" },
    nav: "md-nav md-nav--secondary",
    navAttributes: { "aria-label": label },
    for: "__toc",
    title: [draw.element("span", "md-nav__icon md-icon"), " " + label],
    listAttributes: { "data-md-component": "toc", "data-md-scrollfix": "" },
    links: Array.prototype.map.call(headings, function (heading) {
      var text = heading.cloneNode(true);
      text.querySelectorAll(".headerlink").forEach(function (link) { link.remove(); });
      return ["#" + heading.id, text.textContent.trim()];
    })
  }));
})();
