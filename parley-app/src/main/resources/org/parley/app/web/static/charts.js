// Draws every <canvas class="chart"> with Chart.js from its data-* attributes (no inline scripts:
// the pages' Content-Security-Policy forbids them).
//   data-labels    JSON array of x labels
//   data-values    JSON array of numbers (one series, named by data-series), or
//   data-datasets  JSON array of {label, data, color} (several series; data-stacked="true" stacks them)
//   data-type      "bar" (default) or "line"
//   data-link      followed on a click, with the clicked label in place of {label} (or {year})
(function () {
  if (typeof Chart === "undefined") {
    return;
  }
  document.querySelectorAll("canvas.chart").forEach(function (canvas) {
    var labels = JSON.parse(canvas.dataset.labels || "[]");
    var type = canvas.dataset.type === "line" ? "line" : "bar";
    var stacked = canvas.dataset.stacked === "true";
    var datasets;
    if (canvas.dataset.datasets) {
      datasets = JSON.parse(canvas.dataset.datasets).map(function (d) {
        return { label: d.label, data: d.data, backgroundColor: d.color, borderColor: d.color, borderRadius: stacked ? 0 : 3, maxBarThickness: 48, tension: 0.2, pointRadius: 2 };
      });
    } else {
      datasets = [{ label: canvas.dataset.series || "", data: JSON.parse(canvas.dataset.values || "[]"), backgroundColor: "#3b6fb6", borderColor: "#3b6fb6", borderRadius: 4, maxBarThickness: 56, tension: 0.2, pointRadius: 2, fill: type === "line" ? { target: "origin", above: "rgba(59,111,182,.12)" } : false }];
    }
    var link = canvas.dataset.link;
    new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: datasets.length > 1, position: "bottom" } },
        scales: {
          x: { stacked: stacked, ticks: { autoSkip: true, maxRotation: 0 } },
          y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
        },
        onHover: function (event, elements) {
          event.native.target.style.cursor = link && elements.length ? "pointer" : "default";
        },
        onClick: function (event, elements) {
          if (link && elements.length) {
            var label = encodeURIComponent(String(labels[elements[0].index]));
            window.location.href = link.split("{year}").join(label).split("{label}").join(label);
          }
        }
      }
    });
  });
})();
