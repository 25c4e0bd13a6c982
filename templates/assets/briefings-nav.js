/* The phone drawer (Material's primary sidebar) of a page that is not in the nav, when
   the nav is the tabs alone (templates/theme/main.html): written here, where Material
   would have drawn it, from the tabs above, rather than repeated in thousands of pages
   (issue 14). The markup is Material's partials/nav.html as templates/theme/partials/
   nav.html draws it for such a page: the site's logo and name, then one link per tab.
   It is `hidden` on a wide screen (the tabs show there) and opened by the menu button
   on a phone; without JavaScript, briefings.css shows the tabs there instead.

   `briefingsSidebar` draws a Material sidebar of links; briefings-toc.js draws the
   table of contents with it. That script is only ever on a page out of the nav, after
   the content, and this one is on every such page, in site_nav before the content:
   both are plain synchronous scripts, so this one has always run first. Text goes in
   as text (textContent, text nodes), never as markup. */
(function () {
  var d = document, script = d.currentScript;
  function element(tag, css, attributes) {
    var node = d.createElement(tag);
    if (css) node.className = css;
    for (var name in attributes || {}) node.setAttribute(name, attributes[name]);
    return node;
  }
  /* <div class="md-sidebar md-sidebar--SIDE" data-md-type=TYPE ...> around a scroll
     wrapper, an inner div and <nav class=NAV ...>: its title label (for the toggle
     FOR, holding TITLE's nodes and strings) and a list of LINKS, [href, text] each. */
  function sidebar(o) {
    var outer = element("div", "md-sidebar md-sidebar--" + o.side, o.attributes);
    var wrap = element("div", "md-sidebar__scrollwrap");
    var inner = element("div", "md-sidebar__inner");
    var nav = element("nav", o.nav, o.navAttributes);
    var title = element("label", "md-nav__title", { for: o.for });
    title.append.apply(title, o.title);
    var list = element("ul", "md-nav__list", o.listAttributes);
    o.links.forEach(function (target) {
      var item = element("li", "md-nav__item");
      var link = element("a", "md-nav__link", { href: target[0] });
      link.textContent = target[1];
      item.append(link);
      list.append(item);
    });
    nav.append(title, list);
    inner.append(nav);
    wrap.append(inner);
    outer.append(wrap);
    return outer;
  }
  window.briefingsSidebar = { element: element, sidebar: sidebar };

  var title = [];
  var logo = d.querySelector(".md-header__button.md-logo");
  if (logo) {
    var copy = logo.cloneNode(true);
    copy.className = "md-nav__button md-logo";
    title = [copy, " " + (logo.getAttribute("title") || "")];
  }
  var tabs = d.querySelectorAll(".md-tabs__item > a");
  script.before(sidebar({
    side: "primary",
    attributes: { "data-md-component": "sidebar", "data-md-type": "navigation", hidden: "" },
    nav: "md-nav md-nav--primary md-nav--lifted",
    navAttributes: {
      "aria-label": script.getAttribute("data-label") || "Navigation", "data-md-level": "0"
    },
    for: "__drawer",
    title: title,
    listAttributes: { "data-md-scrollfix": "" },
    links: Array.prototype.map.call(tabs, function (tab) {
      return [tab.getAttribute("href"), tab.textContent.trim()];
    })
  }));

  /* Material's back-to-top button (partials/top.html), on a site with navigation.top:
     the script carries its words (data-top; empty for Material's English ones) and, if
     the site chose another, its icon's
     id in assets/briefings-icons.svg (data-top-icon). Material's JavaScript shows it
     when the reader scrolls up; without JavaScript it stays hidden anyway, so it is
     written here rather than repeated in every page (issue 14). Appended to <main>
     while the parser is still inside .md-main__inner: it lands after it, as Material
     places it. */
  var words = script.getAttribute("data-top");
  if (words === "") words = "Back to top"; // English, Material's own words: not repeated
  var main = script.closest("main");
  if (words && main) {
    var ns = "http://www.w3.org/2000/svg";
    var button = element("button", "md-top md-icon", { type: "button", "data-md-component": "top", hidden: "" });
    var icon = d.createElementNS(ns, "svg");
    icon.setAttribute("viewBox", "0 0 24 24");
    var use = d.createElementNS(ns, "use");
    use.setAttribute("href", new URL("briefings-icons.svg#" + (script.getAttribute("data-top-icon") || "material-arrow-up"), script.src).href);
    icon.append(use);
    button.append(icon, " " + words);
    main.append(button);
  }
})();
