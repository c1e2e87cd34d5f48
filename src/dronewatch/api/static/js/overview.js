// The overview map: admin-1 regions shaded where claims name them, and a circle per region whose area
// is proportional to what was said to be downed over it (breakdowns) and to the impact claims in it.
// The regions' tallies are in the map element's data-regions attribute (the same "regions" list as
// the page's JSON twin); every label is set as text, never as markup.
(function () {
  "use strict";

  var MAX_RADIUS = 28; // pixels, for the region with the most
  var MIN_RADIUS = 4;
  var ALWAYS_LABELLED = ["UA-43", "UA-40"]; // Crimea and Sevastopol: labelled by ISO code

  var el = document.getElementById("map");
  if (!el || !window.L) {
    return;
  }

  function text(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ": " + response.status);
      }
      return response.json();
    });
  }

  function radius(value, max) {
    if (!value || !max) {
      return 0;
    }
    return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(value / max));
  }

  function claimsUrl(iso) {
    var params = new URLSearchParams(window.location.search);
    params.set("place", iso);
    params.delete("offset");
    return "/claims?" + params.toString();
  }

  var map = L.map(el, { zoomSnap: 0.25, scrollWheelZoom: false, worldCopyJump: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Boundaries © OpenStreetMap contributors (ODbL), geoBoundaries");
  map.fitBounds([[44, 22], [58, 50]]);

  var data = { regions: JSON.parse(el.dataset.regions || "[]") };
  getJSON(el.dataset.boundaries)
    .then(function (geo) {
      var byIso = {};
      var maxDowned = 0;
      var maxImpacts = 0;
      data.regions.forEach(function (r) {
        byIso[r.iso] = r;
        maxDowned = Math.max(maxDowned, r.destroyed || 0);
        maxImpacts = Math.max(maxImpacts, r.impacts || 0);
      });

      L.geoJSON(geo, {
        style: function (feature) {
          var has = Object.prototype.hasOwnProperty.call(byIso, feature.properties.iso);
          return {
            className: "region" + (has ? " region-named" : "") + " region-" + feature.properties.iso,
            weight: 0.6,
          };
        },
        onEachFeature: function (feature, layer) {
          var iso = feature.properties.iso;
          var name = ALWAYS_LABELLED.indexOf(iso) >= 0 ? iso : iso + " " + feature.properties.name;
          layer.bindTooltip(text(name), { sticky: true });
          layer.on("click", function () {
            window.location.href = claimsUrl(iso);
          });
        },
      }).addTo(map);

      var bounds = L.latLngBounds([[44, 22], [58, 50]]);
      var circles = L.layerGroup();
      data.regions
        .filter(function (r) {
          return r.lat !== null && r.lon !== null;
        })
        .forEach(function (r) {
          var at = L.latLng(r.lat, r.lon);
          bounds.extend(at);
          var downed = radius(r.destroyed, maxDowned);
          var impacts = radius(r.impacts, maxImpacts);
          var summary =
            r.iso + " " + r.label + ": " + (r.destroyed === null ? "no count" : r.destroyed) + " downed in " +
            r.interceptions + " interception claims, " + r.impacts + " impact claims";
          [
            ["interception", downed],
            ["impact", impacts],
          ]
            .filter(function (pair) {
              return pair[1] > 0;
            })
            .sort(function (a, b) {
              return b[1] - a[1]; // the larger below
            })
            .forEach(function (pair) {
              var circle = L.circleMarker(at, {
                radius: pair[1],
                weight: 1,
                className: "circle circle-" + pair[0] + " iso-" + r.iso,
              });
              circle.bindTooltip(text(summary));
              circle.on("click", function () {
                window.location.href = claimsUrl(r.iso);
              });
              circles.addLayer(circle);
            });
          L.tooltip({ permanent: true, direction: "center", className: "iso-label", interactive: false })
            .setLatLng(at)
            .setContent(text(r.iso))
            .addTo(map);
        });
      circles.addTo(map);
      ALWAYS_LABELLED.forEach(function (iso) {
        if (byIso[iso]) {
          return; // already labelled with its circle
        }
        var feature = geo.features.find(function (f) {
          return f.properties.iso === iso;
        });
        if (feature) {
          var center = L.geoJSON(feature).getBounds().getCenter();
          L.tooltip({ permanent: true, direction: "center", className: "iso-label", interactive: false })
            .setLatLng(center)
            .setContent(text(iso))
            .addTo(map);
        }
      });
      map.fitBounds(bounds, { padding: [20, 20] });
      el.setAttribute("data-ready", "true");
    })
    .catch(function (error) {
      el.setAttribute("data-error", String(error));
      el.replaceChildren(text("The map could not be drawn: " + error));
    });
})();
