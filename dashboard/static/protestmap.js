/* protestmap map layers, built in the browser from the compact JSON that
 * dashboard/mapview.py sends (never one server-side object per event).
 *
 * Safety: article text is untrusted. Popups, tooltips and legends are built with
 * DOM nodes and textContent; strings given to Leaflet's tooltip API (which parses
 * them as HTML) go through esc() first. Links are kept only for http(s) URLs.
 *
 * DOM hooks for browser tests (stable):
 *   .pm-marker[data-place-id][data-events][data-articles]   one per place marker icon
 *   .pm-cluster[data-events]                                  cluster bubbles (sum of events)
 *   path.pm-state.pm-state-<ISO code>                         state polygons (choropleth)
 *   .pm-popup [data-place-id]                                 an open place popup
 *   .pm-legend                                                the legend control
 *   window.protestmapMap                                      the L.Map, once layers are added
 *
 * Two entry points: addLayers(map, data, outlines) for a folium map (standalone export,
 * add-articles preview), and mount(container, outlines, onSelect).setData(data) for the
 * explore page's map component (ui/components/map_frontend/), which swaps the data layers in
 * place on every filter change.
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

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function dominantType(byType) {
    var best = 0;
    for (var i = 1; i < byType.length; i++) if (byType[i] > byType[best]) best = i;
    return best;
  }

  function dateText(iso, precision) {
    if (!iso) return "no date";
    if (precision === "month") return iso.slice(0, 7) + " (month)";
    if (precision === "week") return "week of " + iso;
    return iso;
  }

  function typeList(data, byType) {
    var list = el("ul", "pm-types");
    for (var i = 0; i < byType.length; i++) {
      if (!byType[i]) continue;
      var item = el("li");
      var dot = el("span", "pm-dot");
      dot.style.background = data.type_colours[i];
      item.appendChild(dot);
      item.appendChild(document.createTextNode(data.type_labels[i] + ": " + byType[i]));
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

  function placePopup(data, p) {
    var box = el("div", "pm-popup");
    box.setAttribute("data-place-id", p.id);
    box.appendChild(el("div", "pm-popup-title", p.name));
    var where = [p.level, p.state].filter(Boolean).join(", ");
    if (where) box.appendChild(el("div", "pm-popup-where", where));
    box.appendChild(el("div", "pm-popup-counts",
      plural(p.events, "event") + " · " + plural(p.articles, "article") +
      " · latest " + dateText(p.latest, p.precision)));
    box.appendChild(typeList(data, p.by_type));
    if (p.excerpt) {
      box.appendChild(excerptNode(p.excerpt, p.hl));
      var cite = el("div", "pm-popup-source");
      cite.appendChild(document.createTextNode(
        (data.sources[p.source] || "unknown source") + ", " + dateText(p.latest, p.precision) + " "));
      var url = safeUrl(p.url);
      if (url) {
        var link = el("a", null, "open article");
        link.href = url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        cite.appendChild(link);
      }
      box.appendChild(cite);
    }
    return box;
  }

  function statePopup(data, s) {
    var box = el("div", "pm-popup");
    box.setAttribute("data-state", s.code);
    box.appendChild(el("div", "pm-popup-title", s.name));
    box.appendChild(el("div", "pm-popup-counts", plural(s.events, "event") + " in this state" +
      (s.state_level ? " (" + s.state_level + " reported for the state as a whole)" : "")));
    box.appendChild(typeList(data, s.by_type));
    return box;
  }

  function shade(data, n) {
    if (!n) return null;
    for (var i = 0; i < data.breaks.length; i++) if (n <= data.breaks[i]) return data.shades[i];
    return data.shades[data.shades.length - 1];
  }

  function markerIcon(data, p, selected) {
    var size = Math.round(18 + 6 * Math.log(1 + p.articles) / Math.LN2);
    if (size > 44) size = 44;
    var colour = data.type_colours[dominantType(p.by_type)];
    var html = '<div class="pm-marker' + (selected ? " pm-selected" : "") +
      '" data-place-id="' + esc(p.id) + '" data-events="' + p.events + '" data-articles="' + p.articles +
      '" style="width:' + size + "px;height:" + size + "px;line-height:" + size + "px;background:" + colour +
      '">' + (p.articles > 1 ? p.articles : "") + "</div>";
    return L.divIcon({ html: html, className: "pm-marker-wrap", iconSize: [size, size] });
  }

  function clusterIcon(cluster) {
    var events = 0;
    var markers = cluster.getAllChildMarkers();
    for (var i = 0; i < markers.length; i++) events += markers[i].options.pmEvents || 0;
    var size = events < 10 ? 30 : events < 100 ? 36 : events < 1000 ? 42 : 50;
    return L.divIcon({
      html: '<div class="pm-cluster" data-events="' + events + '" data-places="' + markers.length +
        '" title="' + events + " events at " + markers.length + ' places"><span>' + events + "</span></div>",
      className: "pm-cluster-wrap",
      iconSize: [size, size],
    });
  }

  function addLegend(map, data) {
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var box = el("div", "pm-legend leaflet-control");
      box.appendChild(el("div", "pm-legend-title", "Events per state"));
      var lower = 1;
      for (var i = 0; i < data.breaks.length; i++) {
        var row = el("div", "pm-legend-row");
        var swatch = el("span", "pm-swatch");
        swatch.style.background = data.shades[i];
        row.appendChild(swatch);
        var upper = data.breaks[i];
        row.appendChild(document.createTextNode(lower === upper ? String(lower) : lower + "–" + upper));
        box.appendChild(row);
        lower = upper + 1;
      }
      box.appendChild(el("div", "pm-legend-title", "Places, by main event type"));
      for (var t = 0; t < data.type_labels.length; t++) {
        var trow = el("div", "pm-legend-row");
        var dot = el("span", "pm-dot");
        dot.style.background = data.type_colours[t];
        trow.appendChild(dot);
        trow.appendChild(document.createTextNode(data.type_labels[t]));
        box.appendChild(trow);
      }
      if (data.aggregated) {
        box.appendChild(el("div", "pm-legend-note", data.aggregated_note));
      }
      return box;
    };
    return legend.addTo(map);
  }

  function fitNow(map, data) {
    var size = map.getSize();
    if (!size.x || !size.y || !data.bounds) return;
    map.fitBounds(data.bounds, { padding: [40, 40], maxZoom: 11, animate: false });
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
    // Marker clustering needs a maximum zoom, which usually comes from a tile layer; the
    // base map here is vector outlines, so set it.
    // Up to zoom 14 (a parish): the places are towns and parishes, and every zoom level is one
    // more clustering pass over every marker. Zoom 4 fits places reported abroad as well.
    if (map.options.maxZoom === undefined) map.options.maxZoom = 14;
    if (map.options.minZoom === undefined) map.options.minZoom = 4;
  }

  // Layers that do not depend on the filter: made once per map.
  function baseLayers(map, data, outlines) {
    var base = { tiles: null, municipalities: null };
    if (data.tiles) {
      base.tiles = L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution, maxZoom: 18 });
    }
    if (outlines && outlines.municipalities) {
      base.municipalities = L.geoJSON(outlines.municipalities, {
        interactive: false,
        style: { color: "#9a9a9a", weight: 0.5, fill: false, className: "pm-muni" },
      }).addTo(map);
    }
    return base;
  }

  // Layers that show the data: the state choropleth, the place markers, the legend and the
  // layer switcher. `onSelect` (optional) hears clicks: {place: id} or {state: name}.
  // Returns what `removeDataLayers` needs to take them off again.
  function dataLayers(map, data, outlines, base, onSelect, fitFirst) {
    var overlays = {};
    if (base.tiles) overlays["OpenStreetMap tiles"] = base.tiles;
    if (base.municipalities) overlays["Municipality outlines"] = base.municipalities;
    var layers = [];
    var controls = [];

    var states = {};
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
          layer.bindTooltip(esc(name) + " · " + plural(s ? s.events : 0, "event"), { sticky: true });
          if (s) {
            layer.bindPopup(function () { return statePopup(data, s); });
            if (onSelect) layer.on("click", function () { onSelect({ state: s.name }); });
          }
        },
      }).addTo(map);
      overlays["States (events per state)"] = choropleth;
      layers.push(choropleth);
    }

    // No cluster animations: they only delay the moment the map shows the new data.
    var cluster = L.markerClusterGroup({
      iconCreateFunction: clusterIcon, showCoverageOnHover: false, chunkedLoading: false,
      maxClusterRadius: 45, animate: false, animateAddingMarkers: false,
    });
    // Tooltips and popups are bound on first hover/click, not for each of 15,000 markers up
    // front (that alone took ~0.1 s); the cluster group hears its markers' events.
    var markers = [];
    var selectedMarker = null;
    function placeOf(marker) { return record(data.place_fields, data.places[marker.options.pmRow]); }
    function ensureBound(marker) {
      if (marker.getPopup()) return;
      var p = placeOf(marker);
      marker.bindTooltip(esc(p.name) + " · " + plural(p.events, "event"));
      marker.bindPopup(function () { return placePopup(data, p); }, { maxWidth: 340 });
    }
    cluster.on("mouseover", function (e) {
      var marker = e.layer;
      if (!marker || marker.options.pmRow === undefined || marker.getTooltip()) return;
      ensureBound(marker);
      marker.openTooltip();
    });
    cluster.on("click", function (e) {
      var marker = e.layer;
      if (!marker || marker.options.pmRow === undefined) return;
      if (!marker.getPopup()) {
        ensureBound(marker);
        marker.openPopup();
      }
      if (onSelect) onSelect({ place: placeOf(marker).id });
    });
    var fields = data.place_fields;
    var ID = fields.indexOf("id"), NAME = fields.indexOf("name"), LAT = fields.indexOf("lat"),
      LON = fields.indexOf("lon"), EVENTS = fields.indexOf("events"), ARTICLES = fields.indexOf("articles"),
      BY_TYPE = fields.indexOf("by_type");
    for (var j = 0; j < data.places.length; j++) {
      var row = data.places[j];
      var p = { id: row[ID], events: row[EVENTS], articles: row[ARTICLES], by_type: row[BY_TYPE] };
      var isSelected = data.selected && data.selected === p.id;
      var marker = L.marker([row[LAT], row[LON]], {
        icon: markerIcon(data, p, isSelected), pmEvents: p.events, pmRow: j, title: row[NAME],
      });
      markers.push(marker);
      if (isSelected) selectedMarker = marker;
    }
    cluster.addLayers(markers);
    if (fitFirst) fitFirst();  // draw the clusters once, at the zoom the data needs
    cluster.addTo(map);
    overlays["Places"] = cluster;
    layers.push(cluster);

    controls.push(L.control.layers(null, overlays, { collapsed: true }).addTo(map));
    controls.push(addLegend(map, data));
    map.attributionControl.addAttribution(data.attribution);
    return {
      cluster: cluster, markers: markers, selectedMarker: selectedMarker, bind: ensureBound,
      layers: layers, controls: controls, attribution: data.attribution,
    };
  }

  function removeDataLayers(map, built) {
    if (!built) return;
    map.closePopup();
    built.layers.forEach(function (layer) { map.removeLayer(layer); });
    built.controls.forEach(function (control) { map.removeControl(control); });
    map.attributionControl.removeAttribution(built.attribution);
  }

  function showSelected(built) {
    var marker = built.selectedMarker;
    if (!marker) return;
    built.cluster.zoomToShowLayer(marker, function () {
      if (!marker.getPopup()) built.bind(marker);
      marker.openPopup();
    });
  }

  // The folium path (the add-articles preview in st_folium, the standalone export): one map, one data set.
  function addLayers(map, data, outlines) {
    prepareMap(map);
    var built = dataLayers(map, data, outlines, baseLayers(map, data, outlines), null);
    if (data.bounds) fitData(map, data);
    showSelected(built);
    window.protestmapMap = map;
    return { cluster: built.cluster, markers: built.markers };
  }

  // The app's map component: one map per page, whose data is replaced in place on each filter
  // change (no new iframe, no Leaflet reload). `onSelect` hears clicks on places and states.
  function mount(container, outlines, onSelect) {
    var map = L.map(container, { center: [6.4, -66.6], zoom: 6, zoomControl: true });
    L.control.scale().addTo(map);
    prepareMap(map);
    var base = null;
    var built = null;
    return {
      map: map,
      setData: function (data) {
        if (!base) base = baseLayers(map, data, outlines);
        removeDataLayers(map, built);
        built = dataLayers(map, data, outlines, base, onSelect, function () { fitNow(map, data); });
        showSelected(built);
        window.protestmapMap = map;
      },
      resize: function (data) {
        map.invalidateSize({ animate: false });
        if (data) fitNow(map, data);
      },
    };
  }

  window.protestmap = { addLayers: addLayers, mount: mount, esc: esc };
})();
