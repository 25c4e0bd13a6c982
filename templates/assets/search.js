/* Search, drawn by us from Pagefind's JavaScript API (pagefind/pagefind.js).

   Two places use it: the search page (#briefings-search: a box, results, and a folded
   filter panel; the query and filters live in the URL, so links such as "search this
   actor's briefings" (?person=Name) land on their results) and the header box of every
   page (the top results in a dropdown as you type; Enter opens the search page).

   Every value shown here was written by someone else: titles, sources, tags and actor
   names come from articles, and Pagefind's UI put filter names into the page as HTML.
   So nothing from the index is ever given to innerHTML: text goes in as text nodes,
   and an excerpt keeps only Pagefind's <mark> highlights, rebuilt as elements of ours.

   Pagefind fetches only the index chunks a query needs, and is loaded only when a
   reader focuses a search box (or opens the search page). */
(function () {
  "use strict";
  var script = document.currentScript;
  // Where the index and the search page are comes from the page (templates/theme/
  // main.html: data-pagefind, data-search-page). A page out of the nav (thousands of
  // them) leaves both out (issue 14): they are then where main.html puts them beside
  // this script, pagefind/pagefind.js and search/ in the site root, the folder above
  // assets/.
  if (!script) {
    return;
  }
  var here = script.dataset.pagefind ? document.baseURI : script.src;
  var PAGEFIND = new URL(script.dataset.pagefind || "../pagefind/pagefind.js", here).href;
  var SEARCH_PAGE = new URL(script.dataset.searchPage || "../search/", here).href;
  // Result URLs are relative to the site root; on a project site (GitHub Pages serves
  // https://owner.github.io/repo/) the root is where the pagefind/ folder sits.
  var ROOT = new URL("..", PAGEFIND).pathname;
  var PAGE_SIZE = 10;
  var AUTO_WINDOWS = 2; // windows one action searches at most, when the first finds nothing
  var GROUPS = [
    ["person", "People"],
    ["organisation", "Organisations"],
    ["place", "Places"],
    ["tag", "Tags"],
    ["source", "Sources"],
    ["year", "Years"],
  ];
  var SHOWN_VALUES = 8; // per filter group before "Show all"

  /* The index comes in shards by date (generator/publishing/shards.py), listed newest
     first in pagefind/shards.json; the first is pagefind/ itself. A query searches a
     window of the newest shards (up to the list's `window` briefings, merged with
     Pagefind's mergeIndex); older shards join only when the reader asks for earlier
     briefings, or when the window holds no match at all. So what a query fetches stays
     the same as the archive grows. */
  var shards = { list: [], loaded: 1, window: 1000 };

  var loading = null;
  function pagefind() {
    if (!loading) {
      var listed = fetch(new URL("shards.json", PAGEFIND).href)
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .catch(function () {
          return null;
        });
      loading = Promise.all([import(PAGEFIND), listed]).then(function (loaded) {
        var api = loaded[0];
        var list = loaded[1] && loaded[1].indexes;
        shards.list = Array.isArray(list) && list.length ? list : [{ path: "" }];
        shards.window = (loaded[1] && loaded[1].window) || shards.window;
        // noWorker: Pagefind searches in the page instead of downloading a 41 KB web
        // worker first (a seventh of what a first query fetches on a large archive).
        var settings = { baseUrl: ROOT, excerptLength: 28, noWorker: true };
        return Promise.resolve(api.options(settings))
          .then(function () {
            return widen(api, true);
          })
          .then(function () {
            return api;
          });
      });
    }
    return loading;
  }

  /* Merge the next window of older shards into the search (the first: those that fit
     beside the newest); false when none is left. */
  function widen(api, first) {
    var start = shards.loaded;
    var pages = first ? shards.list[0].pages || 0 : 0;
    // A newest shard under half full (one just begun) is searched with the one before
    // it, so that a query's first answer never comes from a few days of news only.
    var limit = first && pages < shards.window / 2 ? (shards.window * 3) / 2 : shards.window;
    var end = start;
    while (end < shards.list.length) {
      var next = shards.list[end].pages || 0;
      var needed = end === start && !first; // a later window takes at least one shard
      if (!needed && pages + next > limit) {
        break;
      }
      pages += next;
      end += 1;
    }
    if (end === start) {
      return Promise.resolve(false);
    }
    shards.loaded = end;
    var merging = shards.list.slice(start, end).map(function (shard) {
      return api.mergeIndex(new URL(shard.path, new URL(ROOT, PAGEFIND)).href);
    });
    return Promise.all(merging).then(function () {
      return true;
    });
  }

  function moreShards() {
    return shards.loaded < shards.list.length;
  }

  /* The first day of the oldest shard searched so far ("" if not known). */
  function searchedSince() {
    var oldest = shards.list[shards.loaded - 1];
    return (oldest && oldest.from) || "";
  }

  /* ---- building DOM from untrusted text ---------------------------------------- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (all, name) {
      if (name[0] === "#") {
        var code =
          name[1] === "x" || name[1] === "X"
            ? parseInt(name.slice(2), 16)
            : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
      }
      var known = ENTITIES[name.toLowerCase()];
      return known === undefined ? all : known;
    });
  }

  /* Pagefind's excerpt is HTML whose only markup is <mark>: split on it, put every
     other piece in as text (entities decoded, any tag left as the text it is). */
  function excerptNodes(excerpt) {
    var fragment = document.createDocumentFragment();
    var parts = String(excerpt || "").split(/<(\/?)mark>/i);
    var marked = false;
    for (var i = 0; i < parts.length; i += 1) {
      if (i % 2 === 1) {
        marked = parts[i] !== "/";
        continue;
      }
      if (!parts[i]) {
        continue;
      }
      var text = decodeEntities(parts[i]);
      fragment.appendChild(marked ? el("mark", null, text) : document.createTextNode(text));
    }
    return fragment;
  }

  function markCount(excerpt) {
    return (String(excerpt || "").match(/<mark>/gi) || []).length;
  }

  /* A link only to a page of this site: Pagefind gives paths under the root. */
  function siteLink(url) {
    var target = new URL(url, window.location.href);
    return target.origin === window.location.origin ? target.href : "#";
  }

  /* The section (sub-result) where the query sits, or null: the best of a result's
     sections that is not the page itself, if its excerpt holds at least as much of
     the query as the page's excerpt. It then replaces that excerpt, so that a result
     shows one excerpt, and says where in the briefing it is. */
  function betterSubResult(data) {
    var best = null;
    (data.sub_results || []).forEach(function (sub) {
      if (!sub.anchor || sub.url === data.url || sub.title === (data.meta || {}).title) {
        return;
      }
      if (!best || markCount(sub.excerpt) > markCount(best.excerpt)) {
        best = sub;
      }
    });
    return best && markCount(best.excerpt) >= Math.max(1, markCount(data.excerpt))
      ? best
      : null;
  }

  function resultItem(data, withTerm) {
    var meta = data.meta || {};
    var item = el("li", "briefings-result");
    var title = el("a", "briefings-result__title", meta.title || data.url);
    title.href = siteLink(data.url);
    item.appendChild(title);
    var byline = [meta.date || "Undated", meta.source].filter(Boolean).join(" · ");
    item.appendChild(el("p", "briefings-result__meta", byline));
    var excerpt = el("p", "briefings-result__excerpt");
    var sub = withTerm ? betterSubResult(data) : null;
    if (sub) {
      var section = el("a", "briefings-result__section", sub.title);
      section.href = siteLink(sub.url);
      excerpt.appendChild(section);
      excerpt.appendChild(document.createTextNode(" › "));
      excerpt.appendChild(excerptNodes(sub.excerpt));
    } else if (withTerm || !meta.summary) {
      excerpt.appendChild(excerptNodes(data.excerpt));
    } else {
      excerpt.textContent = meta.summary;
    }
    item.appendChild(excerpt);
    return item;
  }

  /* A copy of `map`'s own entries in an object without a prototype (so that no key is
     inherited, and "__proto__" is a key like any other). */
  function own(map) {
    var copy = Object.create(null);
    Object.keys(map || {}).forEach(function (key) {
      copy[key] = map[key];
    });
    return copy;
  }

  /* ---- the search page ---------------------------------------------------------- */

  function searchPage(root) {
    var params = new URLSearchParams(window.location.search);
    var selected = {};
    GROUPS.forEach(function (group) {
      var values = params.getAll(group[0]);
      if (values.length) {
        selected[group[0]] = values;
      }
    });

    var form = el("form", "briefings-search__form");
    form.setAttribute("role", "search");
    var input = el("input", "briefings-search__input");
    input.type = "search";
    input.name = "q";
    input.placeholder = "Search people, quotes, figures, places…";
    input.setAttribute("aria-label", "Search briefings");
    input.autocomplete = "off";
    input.value = params.get("q") || "";
    form.appendChild(input);
    var status = el("p", "briefings-search__status");
    status.setAttribute("role", "status");
    var panel = el("details", "briefings-filters");
    var panelSummary = el("summary", "briefings-filters__toggle", "Filters");
    panel.appendChild(panelSummary);
    var panelBody = el("div", "briefings-filters__groups");
    panel.appendChild(panelBody);
    var list = el("ol", "briefings-results");
    var more = el("button", "briefings-results__more md-button", "More results");
    more.type = "button";
    more.hidden = true;
    root.appendChild(form);
    root.appendChild(panel);
    root.appendChild(status);
    root.appendChild(list);
    root.appendChild(more);
    if (window.matchMedia("(min-width: 60em)").matches) {
      panel.open = true; // a sidebar beside the results on a wide screen; folded on a phone
    }

    var generation = 0;
    var results = []; // matches not shown yet before `shown`, from the shards searched
    var shown = 0;
    var seen = {}; // result ids on screen: a wider search shows only the new ones
    var earlier = 0; // results on screen from before the last widening
    var allFilters = {};

    function selectedCount() {
      return Object.keys(selected).reduce(function (sum, name) {
        return sum + selected[name].length;
      }, 0);
    }

    function updateUrl() {
      var next = new URLSearchParams();
      if (input.value.trim()) {
        next.set("q", input.value.trim());
      }
      GROUPS.forEach(function (group) {
        (selected[group[0]] || []).forEach(function (value) {
          next.append(group[0], value);
        });
      });
      var query = next.toString();
      history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
    }

    function toggle(name, value, on) {
      var values = (selected[name] || []).filter(function (v) {
        return v !== value;
      });
      if (on) {
        values.push(value);
      }
      if (values.length) {
        selected[name] = values;
      } else {
        delete selected[name];
      }
      run();
    }

    function drawFilters(counts) {
      var count = selectedCount();
      panelSummary.textContent = count ? "Filters (" + count + " selected)" : "Filters";
      panelBody.textContent = "";
      GROUPS.forEach(function (group) {
        var name = group[0];
        // Values are keys: a tag or a source may be called "__proto__" or "constructor",
        // so only own keys count, in maps with no prototype.
        var values = own(allFilters[name]);
        (selected[name] || []).forEach(function (value) {
          if (!(value in values)) {
            values[value] = 0;
          }
        });
        var live = own(counts && counts[name]);
        var names = Object.keys(values).filter(function (value) {
          // after a search, only values that narrow it (or are chosen) are offered
          return !counts || live[value] || (selected[name] || []).indexOf(value) >= 0;
        });
        if (!names.length) {
          return;
        }
        names.sort(function (a, b) {
          var chosen = (selected[name] || []).indexOf(b) - (selected[name] || []).indexOf(a);
          var lb = live[b] || 0;
          var la = live[a] || 0;
          return chosen || lb - la || values[b] - values[a] || (a < b ? -1 : a > b ? 1 : 0);
        });
        var fieldset = el("fieldset", "briefings-filters__group");
        fieldset.dataset.filter = name;
        fieldset.appendChild(el("legend", null, group[1]));
        names.forEach(function (value, index) {
          var label = el("label", "briefings-filters__value");
          var box = el("input");
          box.type = "checkbox";
          box.checked = (selected[name] || []).indexOf(value) >= 0;
          box.addEventListener("change", function () {
            toggle(name, value, box.checked);
          });
          label.appendChild(box);
          label.appendChild(el("span", "briefings-filters__name", value));
          var count = counts ? live[value] || 0 : values[value];
          label.appendChild(el("span", "briefings-filters__count", count));
          if (index >= SHOWN_VALUES && !box.checked) {
            label.hidden = true;
          }
          fieldset.appendChild(label);
        });
        if (names.length > SHOWN_VALUES) {
          var all = el("button", "briefings-filters__all", "Show all " + names.length);
          all.type = "button";
          all.addEventListener("click", function () {
            fieldset.querySelectorAll("label[hidden]").forEach(function (label) {
              label.hidden = false;
            });
            all.remove();
          });
          fieldset.appendChild(all);
        }
        panelBody.appendChild(fieldset);
      });
    }

    function updateMore() {
      if (shown < results.length) {
        more.textContent = "More results";
        more.hidden = false;
      } else if (moreShards()) {
        more.textContent = "Search earlier briefings";
        more.hidden = false;
      } else {
        more.hidden = true;
      }
    }

    function updateStatus(term) {
      var n = earlier + results.length;
      var since = moreShards() && searchedSince() ? " since " + searchedSince() : "";
      if (n === 0) {
        status.textContent = "No briefing" + (since || "") + " matches.";
      } else {
        status.textContent =
          n + " briefing" + (n === 1 ? "" : "s") + since + (term ? "" : ", newest first");
      }
    }

    /* Search the shards merged so far; while they give no new result, merge the next
       window of older ones, `windows` windows at most. With results on screen, older
       shards wait for the reader's "Search earlier briefings": one action, one window. */
    function searchShards(api, term, mine, windows) {
      var options = { filters: selected };
      if (!term) {
        options.sort = { date: "desc" }; // filters alone: every match, newest first
      }
      return api.search(term || null, options).then(function (search) {
        if (mine !== generation || !search) {
          return null;
        }
        var fresh = search.results.filter(function (result) {
          return !seen[result.id];
        });
        if (!fresh.length && windows > 1 && moreShards()) {
          return widenSearch(api).then(function () {
            return searchShards(api, term, mine, windows - 1);
          });
        }
        return { search: search, fresh: fresh };
      });
    }

    function widenSearch(api) {
      return widen(api).then(function (added) {
        if (added && filtersLoaded) {
          return api.filters().then(function (filters) {
            allFilters = filters || {};
          });
        }
      });
    }

    function showMore(api, mine, withTerm) {
      var next = results.slice(shown, shown + PAGE_SIZE);
      shown += next.length;
      next.forEach(function (result) {
        seen[result.id] = true;
      });
      updateMore();
      return Promise.all(
        next.map(function (result) {
          return result.data();
        })
      ).then(function (pages) {
        if (mine !== generation) {
          return;
        }
        pages.forEach(function (data) {
          list.appendChild(resultItem(data, withTerm));
        });
      });
    }

    function run() {
      var term = input.value.trim();
      var mine = (generation += 1);
      updateUrl();
      return pagefind().then(function (api) {
        if (!term && !selectedCount()) {
          root.dataset.shown = "";
          list.textContent = "";
          more.hidden = true;
          status.textContent = "Type a word, or choose a filter.";
          drawFilters(null);
          return;
        }
        seen = {};
        earlier = 0;
        return searchShards(api, term, mine, AUTO_WINDOWS).then(function (found) {
          if (!found || mine !== generation) {
            return;
          }
          results = found.fresh;
          shown = 0;
          list.textContent = "";
          updateStatus(term);
          drawFilters(found.search.filters);
          return showMore(api, mine, Boolean(term)).then(function () {
            if (mine === generation) {
              root.dataset.shown = term; // what the list on screen answers (for tests)
            }
          });
        });
      });
    }

    var typing = null;
    input.addEventListener("input", function () {
      clearTimeout(typing);
      typing = setTimeout(run, 200);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(typing);
      run();
    });
    more.addEventListener("click", function () {
      var term = input.value.trim();
      var mine = generation;
      pagefind().then(function (api) {
        if (shown < results.length) {
          return showMore(api, mine, Boolean(term));
        }
        more.hidden = true;
        return widenSearch(api)
          .then(function () {
            earlier += shown;
            return searchShards(api, term, mine, AUTO_WINDOWS);
          })
          .then(function (found) {
            if (!found || mine !== generation) {
              return;
            }
            results = found.fresh;
            shown = 0;
            updateStatus(term);
            drawFilters(found.search.filters);
            return showMore(api, mine, Boolean(term));
          });
      }).catch(failed);
    });
    // Every value of every filter is one file per filter, and these grow with the
    // archive (most of what a query fetches on a large one): they are fetched only when
    // the panel shows them (open on a wide screen, or opened) or a filter is chosen.
    var filtersLoaded = null;
    function loadFilters() {
      if (!filtersLoaded) {
        filtersLoaded = pagefind()
          .then(function (api) {
            return api.filters();
          })
          .then(function (filters) {
            allFilters = filters || {};
            return run();
          })
          .catch(failed);
      }
      return filtersLoaded;
    }
    function failed() {
      status.textContent = "Search could not be loaded.";
    }
    panel.addEventListener("toggle", function () {
      if (panel.open) {
        loadFilters();
      }
    });
    if (panel.open || selectedCount()) {
      loadFilters();
    } else {
      run().catch(failed);
    }
    if (!input.value) {
      input.focus();
    }
  }

  /* ---- the header box: top results as you type --------------------------------- */

  /* The last line of the dropdown: all results on the search page (where older shards
     are searched too: "12+" when the newest ones alone gave 12). */
  function dropdownLabel(total) {
    if (!total) {
      return moreShards() ? "Search earlier briefings ↵" : "No briefing matches";
    }
    var plural = total === 1 && !moreShards() ? "" : "s";
    return (moreShards() ? total + "+" : "All " + total) + " result" + plural + " ↵";
  }

  function headerDropdown(input) {
    var form = input.form;
    var box = el("div", "briefings-dropdown");
    box.hidden = true;
    box.id = "briefings-dropdown";
    var list = el("ul", "briefings-dropdown__list");
    list.setAttribute("role", "listbox");
    box.appendChild(list);
    form.appendChild(box);
    input.setAttribute("aria-controls", box.id);
    var generation = 0;
    var typing = null;

    function close() {
      // A search still under way (the last keys typed) must not open the list again.
      clearTimeout(typing);
      generation += 1;
      box.hidden = true;
    }

    function update() {
      var term = input.value.trim();
      var mine = (generation += 1);
      if (!term) {
        close();
        return;
      }
      pagefind()
        .then(function (api) {
          return api.search(term);
        })
        .then(function (search) {
          if (mine !== generation || !search) {
            return null;
          }
          return Promise.all(
            search.results.slice(0, 5).map(function (result) {
              return result.data();
            })
          ).then(function (pages) {
            return { pages: pages, total: search.results.length };
          });
        })
        .then(function (found) {
          if (!found || mine !== generation) {
            return;
          }
          list.textContent = "";
          found.pages.forEach(function (data) {
            var item = el("li", "briefings-dropdown__item");
            item.setAttribute("role", "option");
            var link = el("a", "briefings-dropdown__link");
            link.href = siteLink(data.url);
            link.appendChild(el("span", "briefings-dropdown__title", (data.meta || {}).title));
            var excerpt = el("span", "briefings-dropdown__excerpt");
            var sub = betterSubResult(data);
            excerpt.appendChild(excerptNodes(sub ? sub.excerpt : data.excerpt));
            link.appendChild(excerpt);
            item.appendChild(link);
            list.appendChild(item);
          });
          var all = el("li", "briefings-dropdown__item briefings-dropdown__all");
          var link = el(
            "a",
            "briefings-dropdown__link",
            dropdownLabel(found.total)
          );
          link.href = SEARCH_PAGE + "?q=" + encodeURIComponent(term);
          all.appendChild(link);
          list.appendChild(all);
          box.hidden = false;
        })
        .catch(function () {});
    }

    input.addEventListener("focus", function () {
      pagefind().catch(function () {}); // load on focus: ready by the first key
      if (input.value.trim()) {
        update();
      }
    });
    input.addEventListener("input", function () {
      clearTimeout(typing);
      typing = setTimeout(update, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !box.hidden) {
        event.preventDefault(); // the first Escape closes the list and keeps the words
        close();
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) {
        close();
      }
    });
  }

  // Found by element and class as well as id: a heading's anchor is made from its text,
  // so a briefing titled "Briefings search" (or an actor so named) has a heading with
  // either id, which must not become a search page or a search box.
  var page = document.querySelector("div#briefings-search.briefings-search");
  if (page) {
    searchPage(page);
  }
  var header = document.querySelector("input#briefings-q");
  if (header && header.form) {
    if (page) {
      header.value = new URLSearchParams(window.location.search).get("q") || "";
    }
    headerDropdown(header);
  }
})();
