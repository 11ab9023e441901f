// newsgraph's interactive page: draws the graph embedded above with Cytoscape.js.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('newsgraph-data').textContent);
  var graph = data.graph, legend = data.legend;
  var documents = {};
  graph.graph.documents.forEach(function (d) { documents[d.id] = d; });
  var labels = {};
  graph.nodes.forEach(function (n) { labels[n.id] = n.label; });

  var elements = [];
  graph.nodes.forEach(function (n) {
    var look = legend.types[n.type];
    elements.push({ group: 'nodes', data: {
      id: n.id, label: n.label, type: n.type, node: n,
      shape: look.shape, fill: look.fill, border: look.border,
      size: 24 + 6 * Math.log(1 + (n.mentions || 0))
    } });
  });
  graph.edges.forEach(function (e, i) {
    var look = legend.relations[e.relation];
    elements.push({ group: 'edges', data: {
      id: 'e' + i, source: e.source, target: e.target, relation: e.relation, edge: e,
      colour: look.colour, arrow: look.symmetric ? 'none' : 'triangle',
      line: e.expected ? 'dashed' : 'solid', width: 1.5 * e.width,
      label: e.relation + (e.weight > 1 ? ' \u00d7' + e.weight : '')
    } });
  });

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    style: [
      { selector: 'node', style: {
        'shape': 'data(shape)', 'background-color': 'data(fill)', 'border-color': 'data(border)',
        'border-width': 2, 'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)',
        'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap',
        'text-max-width': 110, 'min-zoomed-font-size': 6 } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'data(arrow)', 'line-style': 'data(line)', 'width': 'data(width)',
        'arrow-scale': 0.8, 'opacity': 0.85 } },
      { selector: 'edge:selected', style: { 'label': 'data(label)', 'font-size': 10, 'color': 'data(colour)',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'width': 5, 'opacity': 1 } },
      { selector: 'node:selected', style: { 'border-width': 5 } },
      { selector: '.match', style: { 'border-width': 6, 'border-color': '#e6007e' } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: function () { return 90; }, nodeRepulsion: function () { return 9000; } }
  });
  window.cy = cy;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  // filters: a checkbox per relation and per actor type present in the graph
  var shownRelations = {}, shownTypes = {};
  function checkbox(parent, name, kind, swatch) {
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox'; box.checked = true; box.value = name; box.dataset.kind = kind;
    box.addEventListener('change', function () {
      (kind === 'relation' ? shownRelations : shownTypes)[name] = box.checked;
      applyFilters();
    });
    label.appendChild(box); label.appendChild(swatch); label.appendChild(document.createTextNode(name));
    parent.appendChild(label);
  }
  Object.keys(legend.relations).forEach(function (r) {
    if (!graph.edges.some(function (e) { return e.relation === r; })) { return; }
    shownRelations[r] = true;
    var s = el('span', null, 'line'); s.style.borderTopColor = legend.relations[r].colour;
    checkbox(document.getElementById('relations'), r, 'relation', s);
  });
  Object.keys(legend.types).forEach(function (t) {
    if (!graph.nodes.some(function (n) { return n.type === t; })) { return; }
    shownTypes[t] = true;
    var look = legend.types[t], s = el('span', null, 'swatch');
    s.style.background = look.fill; s.style.borderColor = look.border;
    if (look.shape === 'ellipse') { s.style.borderRadius = '50%'; }
    checkbox(document.getElementById('types'), t, 'type', s);
  });

  function applyFilters() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass('hidden', !shownTypes[n.data('type')]); });
      cy.edges().forEach(function (e) {
        var hide = !shownRelations[e.data('relation')] || e.source().hasClass('hidden') || e.target().hasClass('hidden');
        e.toggleClass('hidden', hide);
      });
    });
    showCounts();
  }

  function showCounts() {
    var nodes = cy.nodes().not('.hidden').length, edges = cy.edges().not('.hidden').length;
    var text = nodes + ' actors, ' + edges + ' relations';
    if (nodes !== cy.nodes().length || edges !== cy.edges().length) {
      text += ' shown (of ' + cy.nodes().length + ' and ' + cy.edges().length + ')';
    }
    text += ', from ' + graph.graph.documents.length + ' documents';
    var counts = document.getElementById('counts');
    counts.textContent = text;
    counts.dataset.nodes = nodes; counts.dataset.edges = edges;
  }

  // search: case- and accent-insensitive, over names and aliases
  function fold(s) { return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var search = document.getElementById('search');
  search.addEventListener('input', function () {
    var q = fold(search.value.trim());
    cy.elements().removeClass('match faded');
    var result = document.getElementById('search-result');
    if (!q) { result.textContent = ''; return; }
    var hits = cy.nodes().not('.hidden').filter(function (n) {
      var node = n.data('node');
      return [node.label].concat(node.aliases || []).some(function (a) { return fold(a).indexOf(q) >= 0; });
    });
    result.textContent = hits.length + ' actor' + (hits.length === 1 ? '' : 's') + ' found';
    if (hits.length) {
      hits.addClass('match');
      cy.elements().not(hits.closedNeighborhood()).addClass('faded');
      cy.animate({ fit: { eles: hits.closedNeighborhood(), padding: 60 } }, { duration: 300 });
    }
  });
  document.getElementById('fit').addEventListener('click', function () { cy.fit(cy.elements().not('.hidden'), 30); });

  // details of the clicked relation or actor
  var details = document.getElementById('details');
  function show(children) {
    details.replaceChildren.apply(details, children);
  }
  function docName(id) {
    var d = documents[id] || {};
    var text = d.title ? d.title + ' (' + id + ')' : id;
    return d.date ? text + ', ' + d.date : text;
  }
  cy.on('tap', 'edge', function (evt) {
    var e = evt.target.data('edge');
    var head = el('h2', labels[e.source] + ' \u2014 ' + e.relation + ' \u2192 ' + labels[e.target]);
    var children = [head, el('p', e.weight + ' evidence sentence' + (e.weight === 1 ? '' : 's'), 'hint')];
    e.evidence.forEach(function (ev) {
      var box = el('div', null, 'evidence');
      var meta = el('div', docName(ev.document) + ' \u00b7 sentence ' + ev.sentence + ' \u00b7 ' + ev.modality +
        ' \u00b7 cue \u201c' + ev.cue + '\u201d' + (ev.role ? ' \u00b7 role ' + ev.role : ''), 'meta');
      box.appendChild(meta);
      box.appendChild(el('blockquote', ev.text));
      children.push(box);
    });
    show(children);
  });
  cy.on('tap', 'node', function (evt) {
    var n = evt.target.data('node');
    var dl = el('dl');
    function row(k, v) { if (v && v.length) { dl.appendChild(el('dt', k)); dl.appendChild(el('dd', v)); } }
    row('type', n.type);
    row('also named', (n.aliases || []).join(', '));
    row('roles', (n.roles || []).join('; '));
    row('mentions', String(n.mentions));
    row('documents', (n.documents || []).map(docName).join('; '));
    row('wikidata', n.wikidata);
    row('relations', String(evt.target.connectedEdges().length));
    show([el('h2', n.label), dl]);
  });
  cy.on('tap', function (evt) {
    if (evt.target === cy) { show([el('p', 'Nothing selected.', 'hint')]); }
  });

  showCounts();
  document.body.dataset.ready = 'true';
})();
