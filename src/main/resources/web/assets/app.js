// Marsad's desk in the browser: draws the charts whose data the page carries in data-chart
// attributes (the CSP allows no inline script), and again after htmx swaps part of a page.
// Every word that comes from the archive is escaped before ECharts puts it in a tooltip.
(function () {
  'use strict';

  var rtl = document.documentElement.dir === 'rtl';
  var world = null;

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function follow(chart) {
    chart.on('click', function (p) {
      if (p.data && typeof p.data.href === 'string' && p.data.href.charAt(0) === '/') {
        location.href = p.data.href;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // {x: [dates], series: [{name, data: [n...]}]}: stacked bars, or lines
  function dated(d, kind) {
    return {
      tooltip: {
        trigger: 'axis',
        formatter: function (ps) {
          return esc(ps[0].axisValue) + ps.filter(function (p) { return p.value; }).map(function (p) {
            return '<br>' + esc(p.seriesName) + ': ' + p.value;
          }).join('');
        }
      },
      legend: {type: 'scroll', top: 0},
      grid: {left: 48, right: 48, top: 36, bottom: 28},
      xAxis: {type: 'category', data: d.x, inverse: rtl},
      yAxis: {type: 'value', minInterval: 1, position: rtl ? 'right' : 'left'},
      series: d.series.map(function (s) {
        return {name: s.name, type: kind === 'line' ? 'line' : 'bar', stack: kind === 'line' ? undefined : 'all',
          data: s.data, smooth: kind === 'line'};
      })
    };
  }

  // {nodes: [{id, name, value, href}], links: [{source, target, value}]}
  function graph(d) {
    return {
      tooltip: {formatter: function (p) { return p.dataType === 'node' ? esc(p.data.name) + ': ' + p.data.value : ''; }},
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        label: {show: true, position: 'right'},
        force: {repulsion: 260, edgeLength: [60, 140]},
        lineStyle: {color: '#999', opacity: 0.6},
        data: d.nodes.map(function (n, i) {
          return {id: n.id, name: n.name, value: n.value, href: n.href,
            symbolSize: i === 0 ? 28 : 10 + Math.min(24, Math.sqrt(n.value) * 5),
            itemStyle: {color: i === 0 ? '#8856a7' : '#6a9fb5'}};
        }),
        links: d.links
      }]
    };
  }

  // {data: [{name: ISO alpha-3, label, value, href}]}: the world's shapes come from this server
  function map(el, d) {
    if (!world) {
      world = fetch('/map/world.json').then(function (r) { return r.json(); }).then(function (t) {
        echarts.registerMap('world', topojson.feature(t, t.objects.countries));
      });
    }
    world.then(function () {
      var chart = echarts.init(el);
      var max = d.data.reduce(function (m, x) { return Math.max(m, x.value); }, 1);
      chart.setOption({
        tooltip: {trigger: 'item', formatter: function (p) {
          return p.data ? esc(p.data.label) + ': ' + p.data.value : esc(p.name);
        }},
        visualMap: {min: 0, max: max, left: 10, bottom: 10, calculable: true, inRange: {color: ['#e3edf5', '#5b3a8c']}},
        series: [{type: 'map', map: 'world', roam: true, nameProperty: 'name', data: d.data,
          emphasis: {label: {show: false}}, itemStyle: {areaColor: '#f2f2f2', borderColor: '#bbb'}}]
      });
      follow(chart);
    });
  }

  function draw(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.getAttribute('data-drawn')) {
        return;
      }
      el.setAttribute('data-drawn', '1');
      var data = JSON.parse(el.getAttribute('data-chart'));
      var kind = el.getAttribute('data-kind');
      if (kind === 'map') {
        map(el, data);
        return;
      }
      var chart = echarts.init(el);
      chart.setOption(kind === 'graph' ? graph(data) : dated(data, kind));
      follow(chart);
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function (e) { draw(e.target); });
})();
