// Ballot report: timeline zoom, the jump to the counterexample, and a render check. When it
// finishes, <body> carries data-rendered="ok" (or "error", with data-errors), which tests read
// from the DOM a headless browser dumps.
(function () {
  'use strict';
  var body = document.body;
  var tl = document.querySelector('.tl');
  var zoom = 1;

  function setZoom(next, focus) {
    var scroll = tl.querySelector('.tl-scroll');
    var inner = tl.querySelector('.tl-inner');
    var centre = focus !== undefined ? focus
        : (scroll.scrollLeft + scroll.clientWidth / 2) / inner.offsetWidth;
    zoom = Math.max(1, Math.min(next, 4096));
    inner.style.width = (zoom * 100) + '%';
    inner.className = 'tl-inner ' + (zoom >= 16 ? 'z2' : zoom >= 4 ? 'z1' : 'z0');
    scroll.scrollLeft = centre * inner.offsetWidth - scroll.clientWidth / 2;
    var shown = document.querySelector('.tl-zoom');
    if (shown) { shown.textContent = zoom + '×'; }
    body.setAttribute('data-zoom', String(zoom));
    layoutFaultLabels();
  }

  // Puts each fault's name on the first row where it does not cover an earlier one (the page
  // without its script shows them on two alternating rows), and makes room for the rows.
  function layoutFaultLabels() {
    var strip = tl.querySelector('.tl-faults');
    var ends = [];
    strip.querySelectorAll('.fault-label').forEach(function (label) {
      var row = 0;
      while (row < ends.length && ends[row] > label.offsetLeft) { row++; }
      ends[row] = label.offsetLeft + label.offsetWidth + 4;
      label.style.top = (1 + row * 15) + 'px';
    });
    var height = Math.max(2, ends.length) * 15 + 2;
    strip.style.height = height + 'px';
    tl.querySelector('.tl-lanes').style.paddingTop = height + 'px';
  }

  // Zooms until the counterexample's operations fill about half the width, and centres them.
  function showCounterexample() {
    if (!tl || tl.dataset.cxFrom === undefined) { return; }
    var from = parseFloat(tl.dataset.cxFrom), to = parseFloat(tl.dataset.cxTo);
    var fit = 0.5 / Math.max(to - from, 1e-6);
    setZoom(Math.pow(2, Math.max(0, Math.floor(Math.log(fit) / Math.LN2))), (from + to) / 2);
    tl.scrollIntoView({block: 'center'});
    tl.classList.remove('flash');
    void tl.offsetWidth;
    tl.classList.add('flash');
  }

  if (tl) {
    document.querySelectorAll('[data-zoom]').forEach(function (button) {
      button.addEventListener('click', function () {
        var how = button.getAttribute('data-zoom');
        setZoom(how === 'in' ? zoom * 2 : how === 'out' ? zoom / 2 : 1);
      });
    });
    tl.querySelector('.tl-scroll').addEventListener('wheel', function (e) {
      if (!e.ctrlKey) { return; }
      e.preventDefault();
      var scroll = e.currentTarget, inner = tl.querySelector('.tl-inner');
      var at = (scroll.scrollLeft + e.clientX - scroll.getBoundingClientRect().left) / inner.offsetWidth;
      setZoom(e.deltaY < 0 ? zoom * 2 : zoom / 2, at);
    }, {passive: false});
    document.querySelectorAll('a.jump, button.show-cx').forEach(function (link) {
      link.addEventListener('click', function (e) { e.preventDefault(); showCounterexample(); });
    });
    setZoom(1, 0);
    // A link to report.html#counterexample opens with the counterexample in view.
    if (window.location.hash === '#counterexample') { showCounterexample(); }
  }

  // The render check: the timeline and each plot must have a size, and no script failed.
  var svgs = document.querySelectorAll('svg');
  var empty = Array.prototype.filter.call(svgs, function (svg) {
    var box = svg.getBoundingClientRect();
    return !(box.width > 0 && box.height > 0);
  });
  body.setAttribute('data-timeline-bars', String(document.querySelectorAll('.tl-svg rect.op').length));
  body.setAttribute('data-marked-bars', String(document.querySelectorAll('.tl-svg rect[class*="cx-"]').length));
  body.setAttribute('data-plots', String(document.querySelectorAll('svg.plot').length));
  if (empty.length > 0) {
    window.ballotErrors.push(empty.length + ' drawing(s) have no size');
  }
  window.ballotRendered = true;
  window.ballotReport();
})();
