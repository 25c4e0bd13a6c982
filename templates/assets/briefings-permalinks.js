/* Heading permalinks: the ¶ link Material shows on hovering a heading, added here to
   each heading of the page's content that has an anchor, rather than repeated in the
   HTML of every page (issue 14: 0.35 KB of a briefing page, more on an actor page).
   mkdocs.yml turns the toc extension's `permalink` off and loads this script at the end
   of every page; the link is the one the extension writes (`<a class="headerlink"
   href="#id">¶</a>`), which Material's stylesheet shows on hover. A heading that
   already has one (a site that keeps `permalink: true`) is left alone. */
(function () {
  var selector = ["h1", "h2", "h3", "h4", "h5", "h6"].map(function (tag) {
    return ".md-content .md-typeset " + tag + "[id]";
  }).join(",");
  document.querySelectorAll(selector).forEach(function (heading) {
    if (heading.querySelector(".headerlink")) return;
    var link = document.createElement("a");
    link.className = "headerlink";
    link.href = "#" + heading.id;
    link.textContent = "\u00b6";
    heading.append(link);
  });
})();
