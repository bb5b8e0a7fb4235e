// diaodu web app: draws the ECharts charts of a page from JSON data islands, nothing else.
// Chart options come from <script type="application/json" id="..."> (never executed); an element
// with data-chart="id" gets the chart. No inline script anywhere: the Content-Security-Policy forbids it.
(function () {
  "use strict";
  var charts = [];

  function draw(root) {
    if (typeof echarts === "undefined") { return; }
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.dataset.drawn) { return; }
      var island = document.getElementById(el.dataset.chart);
      if (!island) { return; }
      var option = JSON.parse(island.textContent);
      var chart = echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(option);
      el.dataset.drawn = "1";
      charts.push(chart);
    });
  }

  function confirmForms(root) {
    root.querySelectorAll("form[data-confirm]").forEach(function (form) {
      if (form.dataset.confirmBound) { return; }
      form.dataset.confirmBound = "1";
      form.addEventListener("submit", function (ev) {
        if (!window.confirm(form.dataset.confirm)) { ev.preventDefault(); }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    draw(document);
    confirmForms(document);
  });
  document.addEventListener("htmx:afterSettle", function (ev) {
    draw(ev.target);
    confirmForms(ev.target);
  });
  document.addEventListener("htmx:responseError", function (ev) {
    var box = document.getElementById("flash");
    if (box) {
      var text = ev.detail.xhr.responseText || "";
      try { text = JSON.parse(text).detail || text; } catch (e) { /* HTML page */
        var doc = new DOMParser().parseFromString(text, "text/html");
        var msg = doc.querySelector(".error");
        text = msg ? msg.textContent : "操作失败（" + ev.detail.xhr.status + "）";
      }
      box.textContent = text;
      box.hidden = false;
    }
  });
  window.addEventListener("resize", function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
