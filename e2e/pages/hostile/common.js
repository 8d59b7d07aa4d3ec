/*
 * Shared by the hostile pages (load it first, in <head>). Records every DOM change that the
 * page's own scripts did not make, in window.__foreign, so a test can tell that the extension
 * changed nothing outside its card host. Page scripts make their changes inside
 * pageWrite(fn); shadow roots they create are passed to observeRoot(root). Also runs a counter
 * (#counter, every 50 ms) and a button (#clicker → #clicks) to show the page keeps working.
 * Takes its own copies of built-ins first: one page overwrites them afterwards.
 */
(function () {
  var MO = window.MutationObserver;
  var foreign = [];
  window.__foreign = foreign;
  function describe(node) {
    if (!node) return 'null';
    if (node.nodeType === 3) return '#text in ' + describe(node.parentNode);
    if (node.nodeType === 11) return '#shadow-root of ' + describe(node.host);
    if (node.nodeType !== 1) return node.nodeName;
    return node.tagName.toLowerCase() + (node.id ? '#' + node.id : '');
  }
  function isCardHost(node) {
    return node && node.nodeType === 1 && node.tagName === 'FACTCHECK-CARD';
  }
  function record(list) {
    for (var i = 0; i < list.length; i++) {
      var r = list[i];
      if (r.type === 'childList' && r.target === document.documentElement) {
        var own = true;
        for (var a = 0; a < r.addedNodes.length; a++) if (!isCardHost(r.addedNodes[a])) own = false;
        for (var b = 0; b < r.removedNodes.length; b++)
          if (!isCardHost(r.removedNodes[b])) own = false;
        if (own) continue;
      }
      if (isCardHost(r.target)) continue;
      foreign[foreign.length] =
        r.type + ' ' + describe(r.target) + (r.attributeName ? ' @' + r.attributeName : '');
    }
  }
  var observer = new MO(record);
  var options = { subtree: true, childList: true, attributes: true, characterData: true };
  window.observeRoot = function (root) {
    observer.observe(root, options);
  };
  window.pageWrite = function (fn) {
    record(observer.takeRecords());
    try {
      fn();
    } finally {
      observer.takeRecords();
    }
  };
  // Watch from the end of parsing: what the parser inserts is the page, not a change.
  document.addEventListener('DOMContentLoaded', function () {
    observer.observe(document, options);
    var ticks = 0;
    var counter = document.getElementById('counter');
    setInterval(function () {
      ticks += 1;
      window.pageWrite(function () {
        if (counter) counter.textContent = String(ticks);
      });
    }, 50);
    window.__ticks = function () {
      return ticks;
    };
    var clicks = 0;
    var button = document.getElementById('clicker');
    if (button)
      button.addEventListener('click', function () {
        clicks += 1;
        window.pageWrite(function () {
          document.getElementById('clicks').textContent = String(clicks);
        });
      });
  }, true);
})();
