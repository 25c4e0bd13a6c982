/* The table of contents of a page that is not in the nav (templates/theme/main.html):
   written by this script, placed right after the page's content (.md-content), from
   the sections it has just read, rather than repeated in thousands of pages (issue
   14). The markup is
   templates/theme/partials/toc.html's: the page's h2 headings, each a link to its
   anchor, put where Material draws the sidebar (before the content), before Material's
   own script runs and follows the reader's scrolling in it. */
(function () {
  var d = document, script = d.currentScript;
  var content = script.previousElementSibling;
  if (!content || !content.classList.contains("md-content")) return;
  function element(tag, css, attributes) {
    var node = d.createElement(tag);
    if (css) node.className = css;
    for (var name in attributes || {}) node.setAttribute(name, attributes[name]);
    return node;
  }
  var label = script.getAttribute("data-label") || "Table of contents";
  var sidebar = element("div", "md-sidebar md-sidebar--secondary", {
    "data-md-component": "sidebar", "data-md-type": "toc"
  });
  var wrap = element("div", "md-sidebar__scrollwrap");
  var inner = element("div", "md-sidebar__inner");
  var nav = element("nav", "md-nav md-nav--secondary", { "aria-label": label });
  var title = element("label", "md-nav__title", { for: "__toc" });
  title.append(element("span", "md-nav__icon md-icon"), " " + label);
  var list = element("ul", "md-nav__list", { "data-md-component": "toc", "data-md-scrollfix": "" });
  content.querySelectorAll("h2[id]").forEach(function (heading) {
    var text = heading.cloneNode(true);
    text.querySelectorAll(".headerlink").forEach(function (link) { link.remove(); });
    var item = element("li", "md-nav__item");
    var link = element("a", "md-nav__link", { href: "#" + heading.id });
    link.textContent = text.textContent.trim();
    item.append(link);
    list.append(item);
  });
  nav.append(title, list);
  inner.append(nav);
  wrap.append(inner);
  sidebar.append(wrap);
  content.before(sidebar);
})();
