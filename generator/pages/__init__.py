"""Stage 5, the site's pages: the cross-article archive, the router, rendering and the feed."""
