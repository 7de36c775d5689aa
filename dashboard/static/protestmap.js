/* protestmap map layers, built in the browser from the compact JSON that
 * dashboard/mapview.py sends (never one server-side object per event).
 *
 * Safety: article text is untrusted. Popups, tooltips, labels and legends are built with
 * DOM nodes and textContent; strings given to Leaflet's tooltip API (which parses
 * them as HTML) go through esc() first. Links are kept only for http(s) URLs with no
 * whitespace or control characters (the rule of mapview.safe_url).
 *
 * Words come from the payload (data.t, translated by the app's gettext catalogues) and
 * dates and numbers are formatted for data.lang with the browser's Intl.
 *
 * DOM hooks for browser tests (stable):
 *   .pm-marker[data-place-id][data-events][data-articles]   one per place marker icon
 *   .pm-marker.pm-approx                                      a point that is its city's or state's
 *   .pm-cluster[data-events][data-places]                     cluster bubbles (sum of events, places)
 *   .pm-cluster-list button.pm-cluster-place[data-place-id]   the places of a cluster at one point
 *   path.pm-state.pm-state-<ISO code>                         state polygons (choropleth)
 *   .pm-popup [data-place-id]                                 an open place popup
 *   .pm-legend (a <details>)                                  the legend control, collapsible
 *   .pm-label.pm-label-state / .pm-label-place                 place names of the base layer
 *   window.protestmapMap                                      the L.Map, once layers are added
 *
 * Two entry points: addLayers(map, data, outlines) for a folium map (standalone export,
 * add-articles preview), and mount(container, outlines, handlers).setData(data) for the
 * explore page's map component (ui/components/map_frontend/), which swaps the data layers in
 * place on every filter change.
 *
 * Popups: the folium maps carry every place's articles (data.popups, or data.excerpts in the
 * standalone export). The component's data has none (data.popups_on_demand): a place's popup
 * says "Loading the articles" until the app sends that place's articles with the selection
 * that the click (or a ?place= permalink) made, through view.setPopup(popup).
 */
(function () {
  "use strict";

  function esc(value) {
    return String(value == null ? "" : value)
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  function safeUrl(url) {
    // The same rule as mapview.safe_url: http(s) only, no whitespace or control characters.
    return typeof url === "string" && /^https?:\/\/[^\/?#]/i.test(url) &&
      !/[\x00-\x20\x7f-\x9f\s]/.test(url) ? url : null;
  }

  function record(fields, row) {
    var out = {};
    for (var i = 0; i < fields.length; i++) out[fields[i]] = row[i];
    return out;
  }

  function words(data) { return data.t || {}; }

  function locale(data) { return data.lang === "es" ? "es" : "en-GB"; }

  // One formatter per language: making one costs more than formatting (a few ms per hundred bubbles).
  var numberFormats = {};
  function number(data, n) {
    var lang = locale(data);
    try {
      return (numberFormats[lang] || (numberFormats[lang] = new Intl.NumberFormat(lang))).format(n);
    } catch (e) { return String(n); }
  }

  function counted(data, n, one, many) {
    var t = words(data);
    return number(data, n) + " " + (n === 1 ? (t[one] || one) : (t[many] || many));
  }

  function dominantType(byType) {
    var best = 0;
    for (var i = 1; i < byType.length; i++) if (byType[i] > byType[best]) best = i;
    return best;
  }

  function dateText(data, iso, precision) {
    var t = words(data);
    if (!iso) return t.no_date || "no date";
    var parts = iso.split("-");
    var day = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
    var fmt = function (options) {
      options.timeZone = "UTC";
      try { return new Intl.DateTimeFormat(locale(data), options).format(day); } catch (e) { return iso; }
    };
    if (precision === "month") return fmt({ month: "long", year: "numeric" }) + " " + (t.month_only || "(month only)");
    var full = fmt({ day: "numeric", month: "long", year: "numeric" });
    if (precision === "week") return (t.week_of || "week of") + " " + full;
    return full;
  }

  function typeList(data, byType) {
    var list = el("ul", "pm-types");
    for (var i = 0; i < byType.length; i++) {
      if (!byType[i]) continue;
      var item = el("li");
      var dot = el("span", "pm-dot");
      dot.style.background = data.type_colours[i];
      item.appendChild(dot);
      item.appendChild(document.createTextNode(data.type_labels[i] + ": " + number(data, byType[i])));
      list.appendChild(item);
    }
    return list;
  }

  function excerptNode(text, hl) {
    var quote = el("blockquote", "pm-excerpt");
    if (hl && hl.length === 2 && hl[1] > hl[0]) {
      quote.appendChild(document.createTextNode(text.slice(0, hl[0])));
      quote.appendChild(el("mark", null, text.slice(hl[0], hl[1])));
      quote.appendChild(document.createTextNode(text.slice(hl[1])));
    } else {
      quote.textContent = text;
    }
    return quote;
  }

  // `source`: a name, or an index into data.sources (the standalone export's excerpts).
  function citeNode(data, source, iso, precision, url) {
    var t = words(data);
    var cite = el("div", "pm-popup-source");
    var name = typeof source === "number" ? (data.sources || [])[source] : source;
    cite.appendChild(document.createTextNode(
      (name || t.unknown_source || "unknown source") + ", " +
      dateText(data, iso, precision) + " "));
    var link = safeUrl(url);
    if (link) {
      var a = el("a", null, t.open_article || "open article");
      a.href = link;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      cite.appendChild(a);
    }
    return cite;
  }

  // The latest event's articles, each with its own sentence about it: `popup` is one place's
  // popup of mapview.place_popup, {id, reports: [[source, url, excerpt, [start, end]], ...], articles}.
  function reportsNode(data, p, popup) {
    var t = words(data);
    var reports = el("div", "pm-excerpts pm-reports");
    if (!popup.reports.length) return reports;
    reports.appendChild(el("div", "pm-popup-where", t.reported_by || "Latest event, as each article reports it:"));
    for (var r = 0; r < popup.reports.length; r++) {
      var report = popup.reports[r];
      reports.appendChild(excerptNode(report[2], report[3]));
      reports.appendChild(citeNode(data, report[0], p.latest, p.precision, report[1]));
    }
    var more = (popup.articles || 0) - popup.reports.length;
    if (more > 0) {
      reports.appendChild(el("div", "pm-popup-where",
        (t.more_articles || "and {n} more articles").replace("{n}", number(data, more))));
    }
    return reports;
  }

  function placePopup(data, p) {
    var t = words(data);
    var box = el("div", "pm-popup");
    box.setAttribute("data-place-id", p.id);
    box.appendChild(el("div", "pm-popup-title", p.name));
    var where = [p.level_label || p.level, p.state].filter(Boolean).join(", ");
    if (where) box.appendChild(el("div", "pm-popup-where", where));
    if (p.coord_precision === "city" || p.coord_precision === "state") {
      box.appendChild(el("div", "pm-popup-approx",
        p.coord_precision === "city" ? (t.approx_city || "Shown at its city's point") :
          (t.approx_state || "Shown at its state's point")));
    }
    box.appendChild(el("div", "pm-popup-counts",
      counted(data, p.events, "event_one", "event_many") + " · " +
      counted(data, p.articles, "article_one", "article_many") + " · " +
      (t.latest || "latest") + " " + dateText(data, p.latest, p.precision)));
    box.appendChild(typeList(data, p.by_type));
    if (p.reviewed) {
      box.appendChild(el("div", "pm-popup-reviewed",
        (t.reviewed || "{n} checked by a person").replace("{n}", number(data, p.reviewed))));
    }
    var all = data.excerpts && data.excerpts[p.id];
    if (all && all.length) {
      // The standalone export carries every excerpt of each place: list them all.
      var list = el("div", "pm-excerpts");
      for (var i = 0; i < all.length; i++) {
        var x = all[i];  // [sentence, [start, end], source index, url, date, precision]
        list.appendChild(excerptNode(x[0], x[1]));
        list.appendChild(citeNode(data, x[2], x[4], x[5], x[3]));
      }
      box.appendChild(list);
    } else {
      var popup = data.popups && data.popups[p.id];
      if (popup) box.appendChild(reportsNode(data, p, popup));
      else if (data.popups_on_demand) box.appendChild(el("div", "pm-popup-loading", t.loading || "Loading the articles…"));
    }
    return box;
  }

  function statePopup(data, s) {
    var t = words(data);
    var box = el("div", "pm-popup");
    box.setAttribute("data-state", s.code);
    box.appendChild(el("div", "pm-popup-title", s.name));
    var line = counted(data, s.events, "event_one", "event_many") + " " + (t.in_this_state || "in this state");
    if (s.state_level) {
      line += " (" + (t.for_the_state || "{n} reported for the state as a whole").replace("{n}", number(data, s.state_level)) + ")";
    }
    box.appendChild(el("div", "pm-popup-counts", line));
    box.appendChild(typeList(data, s.by_type));
    return box;
  }

  function shade(data, n) {
    if (!n) return null;
    for (var i = 0; i < data.breaks.length; i++) if (n <= data.breaks[i]) return data.shades[i];
    return data.shades[data.shades.length - 1];
  }

  function markerSize(events) {
    var size = Math.round(18 + 6 * Math.log(1 + events) / Math.LN2);
    return size > 44 ? 44 : size;
  }

  // Leaflet pans a marker into view when it gets focus, and a mouse press focuses it: a press on
  // a marker at the map's edge then slides the map, the release lands on something else, and
  // no click (no popup) happens. Tabbing to a marker still brings it into view.
  var ClickableMarker = L.Marker.extend({
    _panOnFocus: function () {
      if (this._icon && this._icon.matches && !this._icon.matches(":focus-visible")) return;
      L.Marker.prototype._panOnFocus.call(this);
    },
  });

  // A marker's icon is built only when the cluster group shows that marker on its own: with
  // 15,000 places, most are inside clusters at any zoom, and their HTML would be wasted work.
  var PlaceIcon = L.DivIcon.extend({
    createIcon: function (oldIcon) {
      var o = this.options;
      if (!o.html) o.html = markerHtml(o.pmData, o.pmPlace, o.pmSelected, o.iconSize[0]);
      return L.DivIcon.prototype.createIcon.call(this, oldIcon);
    },
  });

  function markerHtml(data, p, selected, size) {
    // Size and number both count events, as cluster bubbles do (the legend says so).
    var colour = data.type_colours[dominantType(p.by_type)];
    var approx = p.coord_precision === "city" || p.coord_precision === "state";
    var reviewed = p.reviewed > 0 && p.reviewed >= p.events;
    return '<div class="pm-marker' + (selected ? " pm-selected" : "") + (approx ? " pm-approx" : "") +
      (reviewed ? " pm-reviewed" : "") +
      '" data-place-id="' + esc(p.id) + '" data-events="' + p.events + '" data-articles="' + p.articles +
      '" data-reviewed="' + (p.reviewed || 0) +
      '" style="width:' + size + "px;height:" + size + "px;line-height:" + size + "px;background:" + colour +
      '">' + (p.events > 1 ? esc(number(data, p.events)) : "") + "</div>";
  }

  function markerIcon(data, p, selected) {
    var size = markerSize(p.events);
    return new PlaceIcon({
      className: "pm-marker-wrap", iconSize: [size, size], pmData: data, pmPlace: p, pmSelected: selected,
    });
  }

  function addLegend(map, data) {
    var t = words(data);
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      // A <details>: collapsible by keyboard and screen readers too; closed on narrow screens.
      var box = el("details", "pm-legend leaflet-control");
      if (map.getSize().x >= 600) box.open = true;
      box.appendChild(el("summary", "pm-legend-summary", t.legend || "Legend"));
      box.appendChild(el("div", "pm-legend-title", t.events_per_state || "Events per state"));
      var lower = 1;
      for (var i = 0; i < data.breaks.length; i++) {
        var row = el("div", "pm-legend-row");
        var swatch = el("span", "pm-swatch");
        swatch.style.background = data.shades[i];
        row.appendChild(swatch);
        var upper = data.breaks[i];
        row.appendChild(document.createTextNode(
          lower === upper ? number(data, lower) : number(data, lower) + "–" + number(data, upper)));
        box.appendChild(row);
        lower = upper + 1;
      }
      box.appendChild(el("div", "pm-legend-title", t.places_by_type || "Places, by main event type"));
      for (var k = 0; k < data.type_labels.length; k++) {
        var trow = el("div", "pm-legend-row");
        var dot = el("span", "pm-dot");
        dot.style.background = data.type_colours[k];
        trow.appendChild(dot);
        trow.appendChild(document.createTextNode(data.type_labels[k]));
        box.appendChild(trow);
      }
      var arow = el("div", "pm-legend-row");
      arow.appendChild(el("span", "pm-dot pm-dot-approx"));
      arow.appendChild(document.createTextNode(t.legend_approx || "Dashed ring: shown at its city's point"));
      box.appendChild(arow);
      var rrow = el("div", "pm-legend-row");
      rrow.appendChild(el("span", "pm-dot pm-dot-reviewed"));
      rrow.appendChild(document.createTextNode(t.legend_reviewed || "Dark ring: every event there checked by a person"));
      box.appendChild(rrow);
      box.appendChild(el("div", "pm-legend-note",
        t.legend_numbers || "Numbers on markers and clusters count events."));
      if (data.aggregated) box.appendChild(el("div", "pm-legend-note pm-legend-warning", data.aggregated_note));
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    return legend.addTo(map);
  }

  var FOCUS_PADDING = [30, 30];

  // Place clustering of our own, for the current zoom only. Leaflet.markercluster built its
  // cluster tree for every zoom from 4 to 14 up front, on the first view and again on every
  // filter change (0.7-4 s for 12,700 places on this 2-core machine). This layer groups the
  // places of the zoom being looked at, in one greedy pass over a grid (O(n), on a zoom
  // change only, remembered per zoom), and puts on the map only what the viewport shows.
  //
  // The pass: places in order of events, most first; each joins the first-seen cluster whose
  // seed (its first place) is within CLUSTER_RADIUS pixels, looked up in the 3×3 grid cells
  // of that radius around it, or seeds a new one. A cluster is drawn at the mean of its
  // places; a cluster of one is the place's own marker. The place of a selection ("pinned")
  // is never clustered, so that its popup always has a marker to open on.
  var CLUSTER_RADIUS = 45;

  function clusterIcon(data, c) {
    var size = c.events < 10 ? 30 : c.events < 100 ? 36 : c.events < 1000 ? 42 : 50;
    var t = words(data);
    var title = (t.cluster_title || "{events} events at {places} places")
      .replace("{events}", number(data, c.events)).replace("{places}", number(data, c.rows.length));
    return L.divIcon({
      html: '<div class="pm-cluster" data-events="' + c.events + '" data-places="' + c.rows.length +
        '" title="' + esc(title) + '"><span>' + esc(number(data, c.events)) + "</span></div>",
      className: "pm-cluster-wrap",
      iconSize: [size, size],
    });
  }

  var PlaceClusters = L.FeatureGroup.extend({
    // `lat`, `lon`, `events`: one entry per place row; `markerFor(row)` makes (once) the row's marker.
    initialize: function (data, lat, lon, events, markerFor) {
      L.FeatureGroup.prototype.initialize.call(this);
      this._data = data;
      this._markerFor = markerFor;
      this._lat = lat;
      this._lon = lon;
      this._events = events;
      var n = lat.length;
      this._order = [];
      for (var i = 0; i < n; i++) this._order.push(i);
      this._order.sort(function (a, b) { return events[b] - events[a] || a - b; });
      this._x0 = null;  // projected at zoom 0, once there is a map (the CRS is the map's)
      this._y0 = null;
      this._byZoom = {};
      this._shown = {};
      this._pinned = -1;
      this._timer = null;
    },

    onAdd: function (map) {
      L.FeatureGroup.prototype.onAdd.call(this, map);
      map.on("zoomend moveend resize viewreset", this._schedule, this);
      this._render();
    },

    onRemove: function (map) {
      clearTimeout(this._timer);
      map.off("zoomend moveend resize viewreset", this._schedule, this);
      this.clearLayers();
      this._shown = {};
      L.FeatureGroup.prototype.onRemove.call(this, map);
    },

    // Moves come in bursts (a zoom ends with zoomend, then moveend): draw once after them.
    // Until then the container carries "pm-redrawing", so that a reader of the map (a test,
    // the bench) does not count the bubbles of the zoom before.
    _schedule: function () {
      var self = this;
      clearTimeout(this._timer);
      if (this._map) L.DomUtil.addClass(this._map.getContainer(), "pm-redrawing");
      this._timer = setTimeout(function () { self._render(); }, 30);
    },

    _project: function (map) {
      var n = this._lat.length;
      this._x0 = new Float64Array(n);
      this._y0 = new Float64Array(n);
      for (var i = 0; i < n; i++) {
        var p = map.project([this._lat[i], this._lon[i]], 0);
        this._x0[i] = p.x;
        this._y0[i] = p.y;
      }
    },

    // The clusters of one zoom: [{key, zoom, rows (place rows, the seed first), events,
    // x, y (their mean, in projected pixels at that zoom), sx, sy (the seed's), layer}].
    clustersAt: function (zoom) {
      if (this._byZoom[zoom]) return this._byZoom[zoom];
      var map = this._map;
      if (!this._x0) this._project(map);
      var scale = map.getZoomScale(zoom, 0);  // projected pixels grow by 2^zoom in Web Mercator
      var radius = CLUSTER_RADIUS;
      var r2 = radius * radius;
      // The grid's cells by a number, not a string: the pass looks up nine cells per place
      // (12,700 places at 100,000 events), and building their string keys was most of its time.
      var cells = new Map();
      var columns = 1 << 22;  // more cells than a row has at zoom 14 (2^22 px / CLUSTER_RADIUS)
      var clusters = [];
      for (var k = 0; k < this._order.length; k++) {
        var row = this._order[k];
        var x = this._x0[row] * scale;
        var y = this._y0[row] * scale;
        var cx = Math.floor(x / radius);
        var cy = Math.floor(y / radius);
        var best = null;
        if (row !== this._pinned) {
          for (var dx = -1; dx <= 1 && !best; dx++) {
            for (var dy = -1; dy <= 1 && !best; dy++) {
              var near = cells.get((cy + dy + 1) * columns + cx + dx + 1);
              if (!near) continue;
              for (var m = 0; m < near.length; m++) {
                var c = near[m];
                var ddx = c.sx - x;
                var ddy = c.sy - y;
                if (ddx * ddx + ddy * ddy <= r2) { best = c; break; }
              }
            }
          }
        }
        if (best) {
          if (best.rows.length === 1) best.key = zoom + ":" + best.rows[0];
          best.rows.push(row);
          best.events += this._events[row];
          best.x += (x - best.x) / best.rows.length;  // running mean
          best.y += (y - best.y) / best.rows.length;
          continue;
        }
        // A place alone is keyed by its row at every zoom: its marker (and an open popup on it)
        // stays on the map through a zoom.
        var made = { key: "p" + row, zoom: zoom, rows: [row], events: this._events[row], sx: x, sy: y,
          x: x, y: y, layer: null };
        clusters.push(made);
        if (row === this._pinned) continue;  // alone, and no other place joins it
        var cell = (cy + 1) * columns + cx + 1;
        var list = cells.get(cell);
        if (list) list.push(made);
        else cells.set(cell, [made]);
      }
      this._byZoom[zoom] = clusters;
      return clusters;
    },

    _layerOf: function (c) {
      if (c.rows.length === 1) return this._markerFor(c.rows[0]);
      if (!c.layer) {
        var latlng = this._map.unproject([c.x, c.y], c.zoom);
        c.layer = new ClickableMarker(latlng, { icon: clusterIcon(this._data, c), pmCluster: c });
      }
      return c.layer;
    },

    // Put on the map the clusters of the current zoom that the viewport (and a margin of half
    // a screen, for panning) shows, and take off the others. Also called directly to draw now.
    _render: function () {
      var map = this._map;
      clearTimeout(this._timer);
      if (!map) return;
      L.DomUtil.removeClass(map.getContainer(), "pm-redrawing");
      var size = map.getSize();
      if (!size.x || !size.y) return;
      var zoom = map.getZoom();
      var clusters = this.clustersAt(zoom);
      var view = map.getPixelBounds();
      var padX = size.x / 2 + CLUSTER_RADIUS;
      var padY = size.y / 2 + CLUSTER_RADIUS;
      var minX = view.min.x - padX, maxX = view.max.x + padX, minY = view.min.y - padY, maxY = view.max.y + padY;
      var wanted = {};
      for (var i = 0; i < clusters.length; i++) {
        var c = clusters[i];
        var isPinned = c.rows.length === 1 && c.rows[0] === this._pinned;
        if (isPinned || (c.x >= minX && c.x <= maxX && c.y >= minY && c.y <= maxY)) wanted[c.key] = c;
      }
      var layers = {};
      for (var key in wanted) layers[key] = this._layerOf(wanted[key]);
      // A cluster's key is its zoom and first place; after a pin its layer is a new one.
      for (var old in this._shown) {
        if (layers[old] !== this._shown[old]) {
          this.removeLayer(this._shown[old]);
          delete this._shown[old];
        }
      }
      for (var want in layers) {
        if (this._shown[want]) continue;
        this._shown[want] = layers[want];
        this.addLayer(layers[want]);
      }
    },

    // Draw at once (not after the debounce): before opening a popup on a marker, for instance.
    refresh: function () { this._render(); },

    // Show place `row` on its own marker whatever the zoom (the selection's popup opens on it).
    // Its marker, if shown, stays on the map (and so does its open popup).
    pin: function (row) {
      if (row === this._pinned) return;
      this._pinned = row;
      this._byZoom = {};
      this._schedule();
    },

    // Zoom in to a cluster's places: as far as shows them all, and at least one zoom level.
    // False when the map cannot zoom in any more (places at one point, or too close).
    zoomInto: function (c) {
      var map = this._map;
      var zoom = map.getZoom();
      var max = map.getMaxZoom();
      if (zoom >= max) return false;
      var bounds = L.latLngBounds([]);
      for (var i = 0; i < c.rows.length; i++) bounds.extend([this._lat[c.rows[i]], this._lon[c.rows[i]]]);
      var target = map.getBoundsZoom(bounds, false, L.point(2 * FOCUS_PADDING[0], 2 * FOCUS_PADDING[1]));
      target = Math.min(max, Math.max(zoom + 1, target));
      map.setView(bounds.getCenter(), target, { animate: false });
      return true;
    },
  });


  function fitNow(map, data) {
    var size = map.getSize();
    if (!size.x || !size.y || !data.bounds) return;
    map.fitBounds(data.bounds, { padding: FOCUS_PADDING, maxZoom: 11, animate: false });
  }

  function fitData(map, data) {
    // st_folium sizes its iframe after this script runs (first 0 px high, then its final
    // size), so fit again on each resize until the user moves the map.
    var userMoved = false;
    var container = map.getContainer();
    ["mousedown", "wheel", "touchstart", "keydown"].forEach(function (type) {
      container.addEventListener(type, function () { userMoved = true; }, { passive: true });
    });
    fitNow(map, data);
    map.on("resize", function () { if (!userMoved) fitNow(map, data); });
  }

  function prepareMap(map) {
    // The base map here is vector outlines, with no tile layer to give a maximum zoom: set it.
    // Up to zoom 14 (a parish): the places are towns and parishes; a cluster still holding
    // several places there lists them when clicked. Zoom 4 fits places reported abroad as well.
    if (map.options.maxZoom === undefined) map.options.maxZoom = 14;
    if (map.options.minZoom === undefined) map.options.minZoom = 4;
  }

  // Place names of the offline base layer: DOM text (readable by screen readers and tests),
  // in their own pane above the state shading and below the markers. States at country zoom,
  // then cities and towns by population; a label that would overlap one already placed
  // (states first, then bigger places) is left out.
  function labelLayer(map, labels) {
    if (!labels || !labels.labels) return null;
    if (!map.getPane("pm-labels")) {
      var pane = map.createPane("pm-labels");
      pane.style.zIndex = 450;
      pane.style.pointerEvents = "none";
    }
    var fields = labels.fields;
    var rows = labels.labels.map(function (row) { return record(fields, row); });
    var group = L.layerGroup();
    function overlaps(a, b) {
      return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
    // A fit or a zoom ends with zoomend and then moveend, on the same view: place the labels
    // once per view (what they cover, at which zoom), not once per event.
    var placedFor = null;
    function redraw() {
      if (!map.hasLayer(group)) return;
      var size = map.getSize();
      var view = map.getZoom() + ":" + map.getPixelBounds().min + ":" + size;
      if (view === placedFor && group.getLayers().length) return;
      placedFor = view;
      group.clearLayers();
      var zoom = map.getZoom();
      var bounds = map.getBounds().pad(0.05);
      var taken = [];
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        if (r.min_zoom > zoom || (r.kind === "state" && zoom > 8)) continue;
        if (!bounds.contains([r.lat, r.lon])) continue;
        var p = map.latLngToContainerPoint([r.lat, r.lon]);
        var width = r.name.length * (r.kind === "state" ? 7.2 : 6.6) + 8;
        var height = r.kind === "state" ? 16 : 15;
        var top = r.kind === "state" ? p.y - height / 2 : p.y - height - 3;
        var box = [p.x - width / 2, top, p.x + width / 2, top + height];
        var clash = false;
        for (var j = 0; j < taken.length && !clash; j++) clash = overlaps(box, taken[j]);
        if (clash) continue;
        taken.push(box);
        var text = el("span", "pm-label pm-label-" + r.kind, r.name);
        group.addLayer(L.marker([r.lat, r.lon], {
          pane: "pm-labels", interactive: false, keyboard: false,
          icon: L.divIcon({
            html: text, className: "pm-label-wrap",
            iconSize: [width, height], iconAnchor: [width / 2, r.kind === "state" ? height / 2 : height + 3],
          }),
        }));
      }
    }
    group.on("add", function () { setTimeout(redraw, 0); });
    map.on("zoomend moveend resize", redraw);
    return group;
  }

  // Layers that do not depend on the filter: made once per map.
  function baseLayers(map, data, outlines) {
    var base = { tiles: null, municipalities: null, labels: null };
    if (data.tiles) {
      base.tiles = L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution, maxZoom: 18 });
      if (data.base === "osm") base.tiles.addTo(map);
    }
    if (outlines && outlines.municipalities) {
      // Drawn from zoom 7 on: at country zoom 333 outlines are clutter, and costly to paint
      // on the first view. The layer switcher still turns them off altogether. A promise of
      // them (the explore page's map asks for them once it has drawn) fills the layer later.
      var source = outlines.municipalities;
      var later = typeof source.then === "function";
      base.municipalities = L.geoJSON(later ? null : source, {
        interactive: false,
        style: { color: "#9a9a9a", weight: 0.5, fill: false, className: "pm-muni" },
      });
      if (later) source.then(function (geojson) { base.municipalities.addData(geojson); }, function () {});
      var wanted = true;
      var showMunicipalities = function () {
        var on = map.getZoom() >= 7 && wanted;
        if (on && !map.hasLayer(base.municipalities)) base.municipalities.addTo(map);
        if (!on && map.hasLayer(base.municipalities)) map.removeLayer(base.municipalities);
      };
      map.on("overlayadd", function (e) { if (e.layer === base.municipalities) wanted = true; });
      map.on("overlayremove", function (e) {
        if (e.layer === base.municipalities && map.getZoom() >= 7) wanted = false;
      });
      map.on("zoomend", showMunicipalities);
      map.whenReady(showMunicipalities);
    }
    if (outlines && outlines.labels) {
      base.labels = labelLayer(map, outlines.labels);
      if (base.labels) base.labels.addTo(map);
    }
    return base;
  }

  // Layers that show the data: the state choropleth, the place markers, the legend and the
  // layer switcher. `onSelect` (optional) hears clicks: {place: id} or {state: name}.
  // Returns what `removeDataLayers` needs to take them off again.
  function dataLayers(map, data, outlines, base, onSelect, fitFirst) {
    var t = words(data);
    var overlays = {};
    if (base.tiles) overlays[t.layer_osm || "OpenStreetMap tiles (online)"] = base.tiles;
    if (base.labels) overlays[t.layer_labels || "Place names"] = base.labels;
    if (base.municipalities) overlays[t.layer_municipalities || "Municipality outlines"] = base.municipalities;
    var layers = [];
    var controls = [];
    // The explore page's map fits the new data before any data layer is on it: a fit that
    // changes the zoom projects every layer on the map again, and the state outlines would be
    // projected twice (about a third of a filter change's layer work, at 100,000 events).
    if (fitFirst) fitFirst();

    var states = {};
    var stateLayers = {};
    for (var i = 0; i < data.states.length; i++) {
      var s = record(data.state_fields, data.states[i]);
      states[s.code] = s;
    }
    if (outlines && outlines.states) {
      var choropleth = L.geoJSON(outlines.states, {
        style: function (feature) {
          var s = states[feature.properties.iso_3166_2];
          var fill = s ? shade(data, s.events) : null;
          return {
            color: "#555", weight: 1, fillColor: fill || "#ffffff", fillOpacity: fill ? 0.6 : 0.1,
            className: "pm-state pm-state-" + feature.properties.iso_3166_2 + (s ? " pm-state-has-events" : ""),
          };
        },
        onEachFeature: function (feature, layer) {
          var s = states[feature.properties.iso_3166_2];
          var name = feature.properties.name;
          layer.bindTooltip(esc(name) + " · " + esc(counted(data, s ? s.events : 0, "event_one", "event_many")),
            { sticky: true });
          if (s) {
            stateLayers[s.name] = layer;
            layer.bindPopup(function () { return statePopup(data, s); });
            if (onSelect) layer.on("click", function () { onSelect({ state: s.name }); });
          }
        },
      }).addTo(map);
      overlays[t.layer_states || "States (events per state)"] = choropleth;
      layers.push(choropleth);
    }

    // Tooltips and popups are bound on first hover/click, and markers made when first shown,
    // not for each of 15,000 places up front; the cluster layer hears its markers' events.
    var popupWidth = Math.max(200, Math.min(340, map.getSize().x - 70));
    var fields = data.place_fields;
    var ID = fields.indexOf("id"), NAME = fields.indexOf("name"), LAT = fields.indexOf("lat"),
      LON = fields.indexOf("lon"), EVENTS = fields.indexOf("events"), ARTICLES = fields.indexOf("articles"),
      BY_TYPE = fields.indexOf("by_type"), COORD = fields.indexOf("coord_precision"),
      REVIEWED = fields.indexOf("reviewed");
    var count = data.places.length;
    var lats = new Float64Array(count), lons = new Float64Array(count), events = new Float64Array(count);
    var rowOf = {};
    for (var j = 0; j < count; j++) {
      var row = data.places[j];
      lats[j] = row[LAT];
      lons[j] = row[LON];
      events[j] = row[EVENTS] || 0;
      rowOf[row[ID]] = j;
    }
    var markers = new Array(count);
    function markerFor(j) {
      if (markers[j]) return markers[j];
      var row = data.places[j];
      var p = { id: row[ID], events: row[EVENTS], articles: row[ARTICLES], by_type: row[BY_TYPE],
        coord_precision: COORD >= 0 ? row[COORD] : null, reviewed: REVIEWED >= 0 ? row[REVIEWED] : 0 };
      markers[j] = new ClickableMarker([row[LAT], row[LON]], {
        icon: markerIcon(data, p, !!data.selected && data.selected === p.id), pmEvents: p.events, pmRow: j,
        title: row[NAME],
      });
      return markers[j];
    }
    function placeOf(marker) {
      var p = record(data.place_fields, data.places[marker.options.pmRow]);
      p.level_label = data.level_labels ? data.level_labels[p.level] : null;
      return p;
    }
    function ensureBound(marker) {
      if (marker.getPopup()) return;
      var p = placeOf(marker);
      marker.bindTooltip(esc(p.name) + " · " + esc(counted(data, p.events, "event_one", "event_many")));
      marker.bindPopup(function () { return placePopup(data, p); },
        { maxWidth: popupWidth, autoPanPadding: [12, 12] });
    }
    var cluster = new PlaceClusters(data, lats, lons, events, markerFor);
    // Open place `j`'s popup on its own marker (pinned: never inside a cluster).
    function openPlace(j) {
      cluster.pin(j);
      cluster.refresh();
      var marker = markerFor(j);
      ensureBound(marker);
      marker.openPopup();
      return marker;
    }
    // A cluster that cannot be zoomed into (its places share a point, or the map is at its
    // last zoom) lists its places instead; choosing one opens its popup.
    function listPlaces(c) {
      var box = el("div", "pm-popup pm-cluster-list");
      box.appendChild(el("div", "pm-popup-title", counted(data, c.events, "event_one", "event_many")));
      var list = el("ul", "pm-types");
      var rows = c.rows.slice().sort(function (a, b) { return events[b] - events[a] || a - b; });
      rows.forEach(function (j) {
        var item = el("li");
        var button = el("button", "pm-cluster-place",
          data.places[j][NAME] + " · " + counted(data, events[j], "event_one", "event_many"));
        button.type = "button";
        button.setAttribute("data-place-id", data.places[j][ID]);
        button.addEventListener("click", function () {
          openPlace(j);
          if (onSelect) onSelect({ place: data.places[j][ID] });
        });
        item.appendChild(button);
        list.appendChild(item);
      });
      box.appendChild(list);
      L.popup({ maxWidth: popupWidth }).setLatLng(c.layer.getLatLng()).setContent(box).openOn(map);
    }
    cluster.on("mouseover", function (e) {
      var marker = e.layer;
      if (!marker || marker.options.pmRow === undefined || marker.getTooltip()) return;
      ensureBound(marker);
      marker.openTooltip();
    });
    cluster.on("click", function (e) {
      var marker = e.layer;
      if (!marker) return;
      if (marker.options.pmCluster) {
        if (!cluster.zoomInto(marker.options.pmCluster)) listPlaces(marker.options.pmCluster);
        return;
      }
      if (marker.options.pmRow === undefined) return;
      cluster.pin(marker.options.pmRow);  // its popup stays open when the user zooms out
      if (!marker.getPopup()) {
        ensureBound(marker);
        marker.openPopup();
      }
      if (onSelect) onSelect({ place: placeOf(marker).id });
    });
    // On the map after the fit (above): the clusters are made once, for the zoom the data needs.
    cluster.addTo(map);
    overlays[t.layer_places || "Places"] = cluster;
    layers.push(cluster);

    controls.push(L.control.layers(null, overlays, { collapsed: true }).addTo(map));
    controls.push(addLegend(map, data));
    map.attributionControl.addAttribution(data.attribution);
    return {
      cluster: cluster, markerFor: markerFor, rowOf: rowOf, openPlace: openPlace, stateLayers: stateLayers,
      layers: layers, controls: controls, attribution: data.attribution, data: data,
    };
  }

  function removeDataLayers(map, built) {
    if (!built) return;
    map.closePopup();
    built.layers.forEach(function (layer) { map.removeLayer(layer); });
    built.controls.forEach(function (control) { map.removeControl(control); });
    map.attributionControl.removeAttribution(built.attribution);
  }

  // Open the selection's popup, zoomed to it: a place id, or "state:<name>".
  function showSelection(map, built, selected, zoom) {
    if (!built || !selected) return false;
    if (selected.indexOf("state:") === 0) {
      var layer = built.stateLayers[selected.slice(6)];
      if (!layer) return false;
      if (zoom) map.fitBounds(layer.getBounds(), { padding: FOCUS_PADDING, animate: false });
      layer.openPopup(layer.getBounds().getCenter());
      return true;
    }
    var row = built.rowOf[selected];
    if (row === undefined) return false;
    // Zoomed to it (zoom 10 at least), on its own marker (pinned: never inside a cluster).
    if (zoom) map.setView(built.markerFor(row).getLatLng(), Math.max(map.getZoom(), 10), { animate: false });
    built.openPlace(row);
    return true;
  }

  // The folium path (the add-articles preview in st_folium, the standalone export): one map, one data set.
  function addLayers(map, data, outlines) {
    prepareMap(map);
    var built = dataLayers(map, data, outlines, baseLayers(map, data, outlines), null);
    if (data.bounds) fitData(map, data);
    if (data.selected) showSelection(map, built, data.selected, true);
    window.protestmapMap = map;
    return { cluster: built.cluster, markerFor: built.markerFor };
  }

  // The app's map component: one map per page, whose data is replaced in place on each filter
  // change (no new iframe, no Leaflet reload). `handlers.select` hears clicks on places and
  // states; `handlers.view` hears where the user moved the map ({lat, lon, zoom});
  // `handlers.base` hears the online tiles switched on or off ("osm" or "").
  function mount(container, outlines, handlers) {
    handlers = handlers || {};
    var map = L.map(container, { center: [6.4, -66.6], zoom: 6, zoomControl: true });
    L.control.scale().addTo(map);
    prepareMap(map);
    var base = null;
    var built = null;
    var userMoved = false;
    var reportTimer = null;
    ["mousedown", "wheel", "touchstart", "keydown", "dblclick"].forEach(function (type) {
      container.addEventListener(type, function () { userMoved = true; }, { passive: true });
    });
    map.on("moveend", function () {
      if (!userMoved || !handlers.view) return;
      clearTimeout(reportTimer);
      reportTimer = setTimeout(function () {
        var c = map.getCenter();
        handlers.view({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
      }, 500);
    });
    function onOverlay(on) {
      return function (e) { if (base && e.layer === base.tiles && handlers.base) handlers.base(on ? "osm" : ""); };
    }
    map.on("overlayadd", onOverlay(true));
    map.on("overlayremove", onOverlay(false));
    var view = {
      map: map,
      // `viewport` ({lat, lon, zoom}, from a permalink) wins over fitting the data, once.
      setData: function (data, viewport) {
        if (!base) base = baseLayers(map, data, outlines);
        removeDataLayers(map, built);
        built = dataLayers(map, data, outlines, base, handlers.select, function () {
          if (viewport) map.setView([viewport.lat, viewport.lon], viewport.zoom, { animate: false });
          else fitNow(map, data);
        });
        userMoved = !!viewport;
        window.protestmapMap = map;
      },
      select: function (selected, zoom) { return showSelection(map, built, selected, zoom); },
      // One place's popup (mapview.place_popup), sent with the selection: kept for this data,
      // and shown at once if that place's popup is open (it says "Loading" until then).
      setPopup: function (popup) {
        if (!built || !popup || typeof popup.id !== "string" || !Array.isArray(popup.reports)) return;
        if (!built.data.popups) built.data.popups = {};
        built.data.popups[popup.id] = popup;
        var row = built.rowOf[popup.id];
        var marker = row === undefined ? null : built.markerFor(row);
        if (marker && marker.isPopupOpen()) marker.getPopup().update();
      },
      resize: function (data) {
        map.invalidateSize({ animate: false });
        if (data && !userMoved) fitNow(map, data);
      },
    };
    return view;
  }

  window.protestmap = { addLayers: addLayers, mount: mount, esc: esc };
})();
