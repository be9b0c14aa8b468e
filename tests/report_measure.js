// Injected into a copy of the estate report by tests/test_report_browser.py: measures the laid-out
// page in the browser and writes what it finds, as JSON, into a pre element with the id "measurements".
(function () {
  "use strict";
  const box = (element) => { const r = element.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const visible = (element) => getComputedStyle(element).display !== "none";
  const pictures = Array.from(document.querySelectorAll("svg.picture")).filter(visible);
  const found = {
    window: window.innerWidth, pageWidth: document.documentElement.scrollWidth,
    pictures: pictures.map((svg) => ({
      layout: svg.getAttribute("class"), box: box(svg),
      scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
      nodes: Array.from(svg.querySelectorAll(".node")).map((node) => ({
        address: node.dataset.address, box: box(node.querySelector("rect")),
        texts: Array.from(node.querySelectorAll("text")).map((text) => ({ text: text.textContent, box: box(text) })),
      })),
      labels: Array.from(svg.querySelectorAll(".edge-label")).map((label) => ({
        box: box(label.querySelector("rect")),
        texts: Array.from(label.querySelectorAll("tspan")).map((text) => ({ text: text.textContent, box: box(text) })),
      })),
      // Edges in the picture's own units, with the boxes they join, to test what they pass through.
      edges: Array.from(svg.querySelectorAll(".edge")).map((edge) => ({
        source: edge.dataset.source, target: edge.dataset.target,
        points: Array.from(edge.points).map((p) => [p.x, p.y]),
      })),
      rects: Object.fromEntries(Array.from(svg.querySelectorAll(".node")).map((node) => {
        const r = node.querySelector("rect");
        return [node.dataset.address, ["x", "y", "width", "height"].map((a) => r[a].baseVal.value)];
      })),
    })),
    // Text cut off inside its own cell or box, and anything reaching past the window's right edge.
    clipped: Array.from(document.querySelectorAll("body *")).filter((e) => !e.closest("svg") && visible(e)
      && (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible"
          || box(e)[2] > window.innerWidth + 0.5)).map((e) => e.tagName + ": " + e.textContent.slice(0, 60)),
  };
  const out = document.createElement("pre");
  out.id = "measurements";
  out.textContent = JSON.stringify(found);
  document.body.appendChild(out);
})();
