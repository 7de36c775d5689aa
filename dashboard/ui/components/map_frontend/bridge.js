/* The Streamlit side of the map component (the component protocol, version 1, by hand: it is
 * four messages, not worth a 200 KB bundle).
 *
 * Streamlit sends "streamlit:render" with the args of `render_map` (ui/components/map.py):
 *   data      the map payload as a JSON string (mapview.map_payload_json), parsed only when
 *   data_key  changes: reruns that leave the filter alone (a click, paging the excerpts)
 *             cost nothing here, and an open popup stays open;
 *   height    the map's height in pixels.
 * A click on a place or a state goes back with "streamlit:setComponentValue" as
 * {place: id} or {state: name} plus a click counter, so the same place clicked twice after
 * something else is still news to the script.
 */
(function () {
  "use strict";

  var container = document.getElementById("map");
  var view = null;
  var dataKey = null;
  var data = null;
  var height = 0;
  var pending = null;
  var clicks = 0;

  function send(type, extra) {
    var message = { isStreamlitMessage: true, type: type };
    for (var key in extra) message[key] = extra[key];
    window.parent.postMessage(message, "*");
  }

  function onSelect(choice) {
    clicks += 1;
    choice.click = Date.now() + "-" + clicks;
    send("streamlit:setComponentValue", { value: choice, dataType: "json" });
  }

  // The outlines do not change with the filter: fetched once, in parallel with everything else.
  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response.json();
    });
  }
  var outlines = Promise.all([
    fetchJson("../../app/static/geo/ve_states.min.geojson"),
    fetchJson("../../app/static/geo/ve_municipalities.min.geojson"),
  ]).then(function (parts) { return { states: parts[0], municipalities: parts[1] }; });

  function setHeight(value) {
    if (value === height) return false;
    height = value;
    container.style.height = height + "px";
    send("streamlit:setFrameHeight", { height: height });
    return true;
  }

  function render(args) {
    var resized = setHeight(args.height || 560);
    if (args.data_key !== dataKey) {
      dataKey = args.data_key;
      var started = performance.now();
      data = JSON.parse(args.data);
      var parsed = performance.now();
      if (!view) view = protestmap.mount(container, outlinesReady, onSelect);
      view.setData(data);
      // For profiling from a test or the bench: what the last data change cost here.
      window.protestmapTiming = {
        updates: (window.protestmapTiming ? window.protestmapTiming.updates : 0) + 1,
        parse_ms: parsed - started, layers_ms: performance.now() - parsed,
      };
    } else if (resized && view) {
      view.resize(data);
    }
  }

  var outlinesReady = null;
  outlines.then(function (value) {
    outlinesReady = value;
    if (pending) { var args = pending; pending = null; render(args); }
  });

  window.addEventListener("message", function (event) {
    var message = event.data;
    if (!message || message.type !== "streamlit:render") return;
    if (!outlinesReady) { pending = message.args; setHeight(message.args.height || 560); return; }
    render(message.args);
  });
  send("streamlit:componentReady", { apiVersion: 1 });
})();
