/* The search page: Pagefind's UI, started with the query and filters in the URL so
   that the header form (?q=...) and links such as "search this actor's briefings"
   (?person=Name) land on their results. Pagefind fetches only the index chunks a query
   needs, so the page stays fast however large the archive grows. */
(function () {
  "use strict";
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") {
    return;
  }
  var ui = new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
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
  }
  var header = document.getElementById("briefings-q");
  if (header && query) {
    header.value = query;
  }
})();
