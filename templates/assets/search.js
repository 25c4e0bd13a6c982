/* The search page: Pagefind's UI, started with the query and filters in the URL so
   that the header form (?q=...) and links such as "search this actor's briefings"
   (?person=Name) land on their results. Pagefind fetches only the index chunks a query
   needs, so the page stays fast however large the archive grows. */
(function () {
  "use strict";
  var element = document.getElementById("briefings-search");
  if (!element || typeof PagefindUI === "undefined") {
    return;
  }
  // Result URLs are relative to the site root; on a project site (GitHub Pages serves
  // https://owner.github.io/repo/) the root is where the pagefind/ folder sits.
  var script = document.querySelector('script[src$="pagefind/pagefind-ui.js"]');
  var baseUrl = script ? new URL("..", script.src).pathname : "/";
  var ui = new PagefindUI({
    element: "#briefings-search",
    baseUrl: baseUrl,
    showSubResults: true,
    showImages: false,
    pageSize: 10,
    excerptLength: 30,
    autofocus: true,
    translations: { placeholder: "Search people, quotes, figures, places…" },
  });
  var params = new URLSearchParams(window.location.search);
  var filters = {};
  ["person", "organisation", "place", "tag", "source", "year"].forEach(function (name) {
    var values = params.getAll(name);
    if (values.length) {
      filters[name] = values;
    }
  });
  if (Object.keys(filters).length) {
    ui.triggerFilters(filters);
  }
  var query = params.get("q");
  if (query) {
    ui.triggerSearch(query);
    completeFilterPanel(filters);
  }
  // Pagefind UI draws the filter panel from the first search's answer, which only knows
  // the filter groups loaded by then: a search started from the URL can miss some
  // (Place, Tag) for good. Once the first results are on screen, the full list of
  // groups is asked for, and the search run again if the panel lacks any of them.
  function completeFilterPanel(selected) {
    var observer = new MutationObserver(function () {
      if (!element.querySelector(".pagefind-ui__result")) {
        return;
      }
      observer.disconnect();
      import(baseUrl + "pagefind/pagefind.js")
        .then(function (pagefind) {
          return pagefind.filters();
        })
        .then(function (groups) {
          var shown = element.querySelectorAll(".pagefind-ui__filter-block").length;
          if (Object.keys(groups).length > shown) {
            ui.triggerFilters(selected); // a new selection object: the UI searches again
          }
        })
        .catch(function () {});
    });
    observer.observe(element, { childList: true, subtree: true });
  }

  var header = document.getElementById("briefings-q");
  if (header && query) {
    header.value = query;
  }
})();
