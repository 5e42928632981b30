// The Atom feed a page offers (<link rel="alternate">), kept in step with what the page shows.

import { apiUrl } from "./api.js";
import { API_BASE } from "./config.js";

/** Feed URLs: all or a claim-list query (the API's own parameters), one speaker, one topic. */
export const feedUrls = {
  claims: (params = {}, base = API_BASE) => apiUrl("/feeds/claims/", params, base),
  speaker: (slug, base = API_BASE) => `${base}/feeds/speakers/${encodeURIComponent(slug)}/`,
  topic: (slug, base = API_BASE) => `${base}/feeds/topics/${encodeURIComponent(slug)}/`,
};

/** Point the page's feed link at `href` (one link, created once). */
export function offerFeed(href, title, doc = document) {
  let link = doc.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
  if (!link) {
    link = doc.createElement("link");
    link.rel = "alternate";
    link.type = "application/atom+xml";
    doc.head.append(link);
  }
  link.href = href;
  link.title = title;
}
