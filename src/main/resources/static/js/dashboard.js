// Draws each dashboard chart from the data its element carries (the table beside it holds the same figures).
document.querySelectorAll('#backlog-chart').forEach(function (element) {
  var chart = echarts.init(element);
  chart.setOption({
    grid: { left: 110, right: 20, top: 10, bottom: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: JSON.parse(element.dataset.labels), inverse: true },
    series: [{ type: 'bar', data: JSON.parse(element.dataset.values), itemStyle: { color: '#0b57d0' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
