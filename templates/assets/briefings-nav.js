/* The phone drawer (Material's primary sidebar) of a page that is not in the nav, when
   the nav is the tabs alone (templates/theme/main.html): written here, where Material
   would have drawn it, from the tabs above, rather than repeated in thousands of pages
   (issue 14). The markup is Material's partials/nav.html as templates/theme/partials/
   nav.html draws it for such a page: the site's logo and name, then one link per tab.
   It is `hidden` on a wide screen (the tabs show there) and opened by the menu button
   on a phone; without JavaScript, briefings.css shows the tabs there instead. */
(function () {
  var d = document, script = d.currentScript;
  function element(tag, css, attributes) {
    var node = d.createElement(tag);
    if (css) node.className = css;
    for (var name in attributes || {}) node.setAttribute(name, attributes[name]);
    return node;
  }
  var sidebar = element("div", "md-sidebar md-sidebar--primary", {
    "data-md-component": "sidebar", "data-md-type": "navigation", hidden: ""
  });
  var wrap = element("div", "md-sidebar__scrollwrap");
  var inner = element("div", "md-sidebar__inner");
  var nav = element("nav", "md-nav md-nav--primary md-nav--lifted", {
    "aria-label": script.getAttribute("data-label") || "Navigation", "data-md-level": "0"
  });
  var title = element("label", "md-nav__title", { for: "__drawer" });
  var logo = d.querySelector(".md-header__button.md-logo");
  if (logo) {
    var copy = logo.cloneNode(true);
    copy.className = "md-nav__button md-logo";
    title.append(copy, " " + (logo.getAttribute("title") || ""));
  }
  var list = element("ul", "md-nav__list", { "data-md-scrollfix": "" });
  d.querySelectorAll(".md-tabs__item > a").forEach(function (tab) {
    var item = element("li", "md-nav__item");
    var link = element("a", "md-nav__link", { href: tab.getAttribute("href") });
    link.textContent = tab.textContent.trim();
    item.append(link);
    list.append(item);
  });
  nav.append(title, list);
  inner.append(nav);
  wrap.append(inner);
  sidebar.append(wrap);
  script.before(sidebar);
})();
