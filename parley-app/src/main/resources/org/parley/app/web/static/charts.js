// Draws every <canvas class="chart"> with Chart.js from its data-* attributes (no inline scripts:
// the pages' Content-Security-Policy forbids them). A click on a bar follows data-link with the
// bar's label in place of {year}.
(function () {
  if (typeof Chart === "undefined") {
    return;
  }
  document.querySelectorAll("canvas.chart").forEach(function (canvas) {
    var labels = JSON.parse(canvas.dataset.labels || "[]");
    var values = JSON.parse(canvas.dataset.values || "[]");
    var link = canvas.dataset.link;
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: labels,
        datasets: [{ label: canvas.dataset.series || "", data: values, backgroundColor: "#3b6fb6", borderRadius: 4, maxBarThickness: 56 }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        onHover: function (event, elements) {
          event.native.target.style.cursor = link && elements.length ? "pointer" : "default";
        },
        onClick: function (event, elements) {
          if (link && elements.length) {
            var label = String(labels[elements[0].index]);
            window.location.href = link.split("{year}").join(encodeURIComponent(label));
          }
        }
      }
    });
  });
})();
