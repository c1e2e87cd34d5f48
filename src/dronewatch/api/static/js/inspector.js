// The claim inspector: highlight every evidence span of the claim in the document text and link each
// highlight to the field it supports. The text is split at the spans' UTF-16 offsets (JavaScript
// strings count UTF-16 units, the store counts code points: the JSON twin gives both) and each piece
// is added as a text node, so nothing in the document is ever read as markup.
(function () {
  "use strict";

  var pre = document.getElementById("document-text");
  var table = document.getElementById("evidence");
  if (!pre || !table) {
    return;
  }

  function rows(indexes) {
    return indexes
      .map(function (i) {
        return document.getElementById("ev-" + i);
      })
      .filter(Boolean);
  }

  function clear() {
    document.querySelectorAll(".linked").forEach(function (node) {
      node.classList.remove("linked");
    });
  }

  function showField(i) {
    clear();
    var marks = pre.querySelectorAll("mark.ev");
    var first = null;
    marks.forEach(function (mark) {
      if (mark.dataset.ev.split(" ").indexOf(String(i)) >= 0) {
        mark.classList.add("linked");
        first = first || mark;
      }
    });
    rows([i]).forEach(function (row) {
      row.classList.add("linked");
    });
    if (first) {
      first.scrollIntoView({ block: "nearest" });
    }
  }

  function showMark(mark, evidence) {
    clear();
    mark.classList.add("linked");
    var fields = mark.dataset.ev.split(" ").filter(function (i) {
      return evidence[Number(i)].path !== "$";
    });
    var found = rows(fields);
    found.forEach(function (row) {
      row.classList.add("linked");
    });
    if (found.length) {
      found[0].scrollIntoView({ block: "nearest" });
    }
  }

  function highlight(data) {
    var text = data.document.text;
    var evidence = data.evidence;
    var cuts = [0, text.length];
    evidence.forEach(function (e) {
      cuts.push(e.span_utf16[0], e.span_utf16[1]);
    });
    cuts = cuts
      .filter(function (c, i, all) {
        return all.indexOf(c) === i;
      })
      .sort(function (a, b) {
        return a - b;
      });
    var fragment = document.createDocumentFragment();
    for (var k = 0; k + 1 < cuts.length; k++) {
      var start = cuts[k];
      var end = cuts[k + 1];
      var piece = document.createTextNode(text.slice(start, end));
      var covering = [];
      evidence.forEach(function (e, i) {
        if (e.span_utf16[0] <= start && end <= e.span_utf16[1]) {
          covering.push(i);
        }
      });
      var fields = covering.filter(function (i) {
        return evidence[i].path !== "$";
      });
      if (!covering.length) {
        fragment.appendChild(piece);
        continue;
      }
      var node = document.createElement(fields.length ? "mark" : "span");
      node.className = fields.length ? "ev" : "ev-claim";
      node.dataset.ev = covering.join(" ");
      if (fields.length) {
        node.tabIndex = 0;
        node.title = fields
          .map(function (i) {
            return evidence[i].field + ": " + evidence[i].value;
          })
          .join("\n");
      }
      node.appendChild(piece);
      fragment.appendChild(node);
    }
    pre.replaceChildren(fragment);
    pre.classList.add("highlighted");

    pre.addEventListener("click", function (event) {
      var mark = event.target.closest("mark.ev");
      if (mark) {
        showMark(mark, evidence);
      }
    });
    pre.addEventListener("keydown", function (event) {
      var mark = event.target.closest("mark.ev");
      if (mark && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        showMark(mark, evidence);
      }
    });
    table.querySelectorAll("tr[data-ev]").forEach(function (row) {
      var show = function () {
        showField(Number(row.dataset.ev));
      };
      row.addEventListener("click", show);
      row.addEventListener("focus", show);
    });
    pre.setAttribute("data-ready", "true");
  }

  fetch(pre.dataset.claim, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(pre.dataset.claim + ": " + response.status);
      }
      return response.json();
    })
    .then(highlight)
    .catch(function (error) {
      pre.setAttribute("data-error", String(error));
    });
})();
