/* frontlines: draw a report's layers on a Leaflet map, with a time slider and a legend.
 *
 * frontlinesDraw(map, spec, groups) — spec is the JSON written by frontlines.mapping:
 *   {layers: [{id, time, features: [GeoJSON Feature]}], dates: ["YYYY-MM-DD"...],
 *    start: "YYYY-MM-DD" | null, legend: [{title, items: [{label, colour, symbol}]}]}
 * groups maps a layer id to the Leaflet FeatureGroup the layer control toggles.
 * Feature properties read here: colour, fill, opacity, fill_opacity, weight, dash, radius,
 * symbol, rotate, size, popup (HTML), tooltip (text), t0 and t1 (ISO dates, either may be null:
 * a feature is shown at date d when t0 <= d < t1).
 * The API is returned, kept as map.frontlines and listed in window.frontlinesMaps: dates,
 * current(), set(date), visible(id) (a count), shown(id) ({lat, lon, tooltip} of each feature
 * shown), map.
 */
(function (root) {
  "use strict";
  var SHAPES = {
    circle: '<circle r="6"/>',
    ring: '<circle r="6" fill="none" stroke-width="3"/>',
    square: '<rect x="-5.5" y="-5.5" width="11" height="11"/>',
    triangle: '<path d="M0,-7 L6.5,5 L-6.5,5 Z"/>',
    diamond: '<path d="M0,-7.5 L6,0 L0,7.5 L-6,0 Z"/>',
    star: '<path d="M0,-8 L2,-2.6 L7.6,-2.5 L3.2,1 L4.7,6.5 L0,3.3 L-4.7,6.5 L-3.2,1 L-7.6,-2.5 L-2,-2.6 Z"/>',
    cross: '<path d="M-2.5,-7 H2.5 V-2.5 H7 V2.5 H2.5 V7 H-2.5 V2.5 H-7 V-2.5 H-2.5 Z"/>',
    flag: '<path d="M-5,7 V-7 H6 L3,-3.5 L6,0 H-2.5 V7 Z"/>',
    chevron: '<path d="M-6,-6 L6,0 L-6,6 L-3,0 Z"/>',
    arrowhead: '<path d="M0,-8 L6,6 L0,2.5 L-6,6 Z"/>'
  };

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function svg(symbol, colour, size, rotate) {
    var shape = SHAPES[symbol] || SHAPES.circle;
    var turn = rotate ? ' transform="rotate(' + Number(rotate) + ')"' : "";
    return '<svg xmlns="http://www.w3.org/2000/svg" width="' + size + '" height="' + size +
      '" viewBox="-9 -9 18 18"><g fill="' + esc(colour) + '" stroke="' + esc(colour) +
      '" stroke-width="1"' + turn + ">" + shape + "</g></svg>";
  }

  function day(s) {
    return s === null || s === undefined ? null : Date.parse(s + "T00:00:00Z");
  }

  function makeLayer(f) {
    var p = f.properties || {};
    var colour = p.colour || "#333333";
    var layer;
    if (f.geometry.type === "Point" && p.symbol) {
      var size = p.size || 18;
      layer = L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
        icon: L.divIcon({
          className: "fl-symbol",
          html: svg(p.symbol, colour, size, p.rotate),
          iconSize: [size, size],
          iconAnchor: [size / 2, size / 2],
          popupAnchor: [0, -size / 2]
        }),
        keyboard: false
      });
    } else {
      layer = L.GeoJSON.geometryToLayer(f, {
        pointToLayer: function (_f, ll) {
          return L.circleMarker(ll, {radius: p.radius || 6});
        }
      });
      if (layer.setStyle) {
        layer.setStyle({
          color: colour,
          weight: p.weight === undefined ? 2 : p.weight,
          opacity: p.opacity === undefined ? 0.9 : p.opacity,
          fillColor: p.fill || colour,
          fillOpacity: p.fill_opacity === undefined ? 0.5 : p.fill_opacity,
          fill: p.fill_opacity !== 0,
          dashArray: p.dash || null
        });
      }
    }
    if (p.popup) layer.bindPopup(p.popup, {maxWidth: 360});
    if (p.tooltip) layer.bindTooltip(esc(p.tooltip), {sticky: true});
    return layer;
  }

  function legendControl(legend) {
    var control = L.control({position: "bottomright"});
    control.onAdd = function () {
      var div = L.DomUtil.create("div", "fl-legend");
      var html = "<details open><summary>Legend</summary>";
      legend.forEach(function (block) {
        html += "<div class='fl-legend-title'>" + esc(block.title) + "</div>";
        block.items.forEach(function (it) {
          html += "<div class='fl-legend-item'>" + svg(it.symbol || "circle", it.colour, 14) +
            " " + esc(it.label) + "</div>";
        });
        if (block.note) html += "<div class='fl-legend-note'>" + esc(block.note) + "</div>";
      });
      div.innerHTML = html + "</details>";
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    return control;
  }

  function sliderControl(api) {
    var control = L.control({position: "bottomleft"});
    control.onAdd = function () {
      var div = L.DomUtil.create("div", "fl-time");
      div.innerHTML =
        "<button type='button' class='fl-play' title='Play through the dates'>&#9654;</button>" +
        "<input type='range' class='fl-slider' min='0' max='" + (api.dates.length - 1) +
        "' step='1' aria-label='Date shown'>" +
        "<span class='fl-date'></span>";
      var slider = div.querySelector(".fl-slider");
      var play = div.querySelector(".fl-play");
      var timer = null;
      slider.addEventListener("input", function () {
        api.set(api.dates[Number(slider.value)]);
      });
      play.addEventListener("click", function () {
        if (timer) {
          clearInterval(timer);
          timer = null;
          play.innerHTML = "&#9654;";
          return;
        }
        if (Number(slider.value) >= api.dates.length - 1) api.set(api.dates[0]);
        play.innerHTML = "&#10074;&#10074;";
        timer = setInterval(function () {
          var i = Number(slider.value) + 1;
          if (i >= api.dates.length) {
            clearInterval(timer);
            timer = null;
            play.innerHTML = "&#9654;";
            return;
          }
          api.set(api.dates[i]);
        }, 900);
      });
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      api._slider = slider;
      api._label = div.querySelector(".fl-date");
      return div;
    };
    return control;
  }

  function draw(map, spec, groups) {
    var items = [];
    var byLayer = {};
    spec.layers.forEach(function (ls) {
      var group = groups[ls.id];
      byLayer[ls.id] = [];
      ls.features.forEach(function (f) {
        var layer = makeLayer(f);
        var p = f.properties || {};
        var item = {
          layer: layer,
          group: group,
          t0: ls.time ? day(p.t0) : null,
          t1: ls.time ? day(p.t1) : null,
          tooltip: p.tooltip,
          shown: false
        };
        items.push(item);
        byLayer[ls.id].push(item);
      });
    });
    var current = null;
    var api = {
      dates: spec.dates,
      current: function () {
        return current;
      },
      set: function (date) {
        var t = day(date);
        if (t === null || isNaN(t)) throw new Error("frontlines: not a date: " + date);
        current = date;
        items.forEach(function (it) {
          var show = (it.t0 === null || it.t0 <= t) && (it.t1 === null || t < it.t1);
          if (show !== it.shown) {
            if (show) it.group.addLayer(it.layer);
            else it.group.removeLayer(it.layer);
            it.shown = show;
          }
        });
        if (api._slider) {
          var i = api.dates.indexOf(date);
          if (i >= 0) api._slider.value = String(i);
          api._label.textContent = date;
        }
        return api;
      },
      visible: function (id) {
        return api.shown(id).length;
      },
      shown: function (id) {
        return (byLayer[id] || []).filter(function (it) {
          return it.shown;
        }).map(function (it) {
          var ll = it.layer.getLatLng ? it.layer.getLatLng() : it.layer.getBounds().getCenter();
          return {lat: ll.lat, lon: ll.lng, tooltip: it.tooltip || null};
        });
      },
      map: map
    };
    if (spec.legend && spec.legend.length) legendControl(spec.legend).addTo(map);
    if (spec.dates.length) {
      sliderControl(api).addTo(map);
      api.set(spec.start || spec.dates[spec.dates.length - 1]);
    } else {
      items.forEach(function (it) {
        it.group.addLayer(it.layer);
        it.shown = true;
      });
    }
    map.frontlines = api;
    root.frontlinesMaps = (root.frontlinesMaps || []).concat([api]);
    return api;
  }

  root.frontlinesDraw = draw;
})(window);
