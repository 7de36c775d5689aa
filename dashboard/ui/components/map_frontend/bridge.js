/* The Streamlit side of the map component (the component protocol, version 1, by hand: it is
 * four messages, not worth a 200 KB bundle).
 *
 * Streamlit sends "streamlit:render" with the args of `render_map` (ui/components/map.py):
 *   data      the map payload, JSON as UTF-8 bytes (a Uint8Array; mapview.map_payload_json,
 *             sent as bytes so that Streamlit does not carry it inside its own JSON), parsed only when
 *   data_key  changes: reruns that leave the filter alone (a click, paging the excerpts)
 *             cost nothing here, and an open popup stays open;
 *   height    the smallest height in pixels; with
 *   fill      the map grows to the bottom of the window, less `reserve` pixels (the credits
 *             below it in screenshot mode), measured from where the iframe sits in the page;
 *   selected  a place id or "state:<name>" whose popup is opened, zoomed to (permalinks);
 *   popup     the selected place's articles (mapview.place_popup), or null: the data has
 *             none, so that it stays small (a popup shows "Loading" until they come);
 *   viewport  {lat, lon, zoom} from a permalink, used instead of fitting the data, once;
 *   report_drawn  a data key the page waits for: once the layers of that key are added and
 *             painted, {drawn: key} goes back (once per key), and the page draws its details.
 * Back to the script with "streamlit:setComponentValue": {place: id} or {state: name} for a
 * click, {view: "lat,lon,zoom"} when the user has moved the map, {base: "osm"|""} when the
 * online tiles are switched, each with a counter so that a repeat is still news.
 */
(function () {
  "use strict";

  var container = document.getElementById("map");
  var view = null;
  var dataKey = null;
  var data = null;
  var height = 0;
  var pending = null;
  var lastArgs = null;
  var FRAME_CHECK_MS = 250;
  var shownSelection = null;
  var sent = 0;
  var reportedKey = null;

  function send(type, extra) {
    var message = { isStreamlitMessage: true, type: type };
    for (var key in extra) message[key] = extra[key];
    window.parent.postMessage(message, "*");
  }

  function report(value) {
    sent += 1;
    value.click = Date.now() + "-" + sent;
    send("streamlit:setComponentValue", { value: value, dataType: "json" });
  }

  var handlers = {
    select: function (choice) { shownSelection = choice.place || ("state:" + choice.state); report(choice); },
    view: function (v) { report({ view: v.lat.toFixed(4) + "," + v.lon.toFixed(4) + "," + v.zoom }); },
    base: function (name) { report({ base: name }); },
  };

  // The outlines and labels do not change with the filter: fetched once, in parallel, by
  // index.html's head before the scripts have loaded.
  var outlines = window.protestmapOutlines;

  // Where the frame's top is in the page's layout, however far the page is scrolled (Streamlit
  // scrolls an inner container, not the window): the same number before and after a scroll,
  // so that scrolling never changes the map's height. Same origin: we may look.
  function frameTop() {
    var frame = window.frameElement;
    var top = frame.getBoundingClientRect().top;
    for (var el = frame.parentElement; el; el = el.parentElement) top += el.scrollTop;  // <html>'s too
    return top;
  }

  // The height that fills the window below the iframe's top.
  function wantedHeight(args) {
    var least = args.height || 560;
    if (!args.fill) return least;
    try {
      var fill = Math.floor(window.parent.innerHeight - frameTop() - (args.reserve || 0));
      return Math.max(least, fill);
    } catch (e) {
      return least;
    }
  }

  function setHeight(value) {
    if (value === height) return false;
    height = value;
    container.style.height = height + "px";
    send("streamlit:setFrameHeight", { height: height });
    return true;
  }

  // After the browser has painted what is in the DOM (two animation frames), say so, once
  // per key: the page waits for it before it draws the timeline and the excerpts.
  function reportDrawn(key) {
    if (!key || key !== dataKey || key === reportedKey) return;
    reportedKey = key;
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { report({ drawn: key }); });
    });
  }

  function render(args) {
    lastArgs = args;
    var resized = setHeight(wantedHeight(args));
    if (args.data_key !== dataKey) {
      var first = dataKey === null;
      dataKey = args.data_key;
      var started = performance.now();
      try {
        data = JSON.parse(typeof args.data === "string" ? args.data : new TextDecoder().decode(args.data));
        var parsed = performance.now();
        if (!view) view = protestmap.mount(container, outlinesReady, handlers);
        if (resized) view.map.invalidateSize({ animate: false });
        view.setData(data, first ? args.viewport : null);
        if (askMunicipalities) setTimeout(askMunicipalities, 0);  // after this drawing
        shownSelection = null;
        // For profiling from a test or the bench: what the last data change cost here.
        window.protestmapTiming = {
          updates: (window.protestmapTiming ? window.protestmapTiming.updates : 0) + 1,
          parse_ms: parsed - started, layers_ms: performance.now() - parsed,
        };
      } finally {
        // Even a map that failed must not keep the rest of the page waiting.
        if (args.report_drawn === dataKey) reportDrawn(dataKey);
      }
    } else if (resized && view) {
      view.resize(data);
    }
    // The selected place's articles: its popup asks for them by selecting the place.
    if (view && args.popup) view.setPopup(args.popup);
    if (view && args.selected && args.selected !== shownSelection) {
      // From a permalink or the page: open it, zoomed. A click on the map opened it already.
      if (view.select(args.selected, !args.viewport)) shownSelection = args.selected;
    }
    if (args.report_drawn === dataKey) reportDrawn(dataKey);
  }

  // Without its outlines the map cannot be drawn; the page's details must not wait for it.
  function releaseWithoutMap(args) {
    if (!args || !args.report_drawn || args.report_drawn !== args.data_key) return;
    if (args.data_key === reportedKey) return;
    reportedKey = args.data_key;
    report({ drawn: args.data_key });
  }

  // The municipality outlines: asked for once the first data is drawn (see index.html), and
  // handed to the map at once as a promise, which fills their layer when they come.
  var askMunicipalities = null;
  var municipalities = new Promise(function (resolve, reject) {
    askMunicipalities = function () {
      askMunicipalities = null;
      window.protestmapMunicipalities().then(resolve, reject);
    };
  });

  var outlinesReady = null;
  var outlinesFailed = false;
  outlines.then(function (value) {
    value.municipalities = municipalities;
    outlinesReady = value;
    if (pending) { var args = pending; pending = null; render(args); }
  }, function () {
    outlinesFailed = true;
    releaseWithoutMap(pending);
  });

  window.addEventListener("message", function (event) {
    var message = event.data;
    if (!message || message.type !== "streamlit:render") return;
    if (!outlinesReady) {
      pending = message.args;
      setHeight(wantedHeight(message.args));
      if (outlinesFailed) releaseWithoutMap(message.args);
      return;
    }
    render(message.args);
  });
  try {
    window.parent.addEventListener("resize", function () {
      if (lastArgs && outlinesReady) render(lastArgs);
    });
  } catch (e) { /* not same-origin: keep the fixed height */ }
  // What is above the map can change size after the map was drawn (a toolbar row that wraps
  // and unwraps as the page settles, a message that goes away), and the frame moves with it:
  // fit the height again whenever the frame's top has moved. A cheap poll, since no event
  // tells a frame that it moved.
  var lastTop = null;
  setInterval(function () {
    if (!lastArgs || !outlinesReady || !lastArgs.fill) return;
    var top;
    try { top = frameTop(); } catch (e) { return; }
    if (top === lastTop) return;
    lastTop = top;
    if (setHeight(wantedHeight(lastArgs)) && view) view.resize(data);
  }, FRAME_CHECK_MS);
  send("streamlit:componentReady", { apiVersion: 1 });
})();
