/*
 * Charts of the conservation pages (ECharts): the province map coloured by the cities' warning
 * levels (晴雨表) and the regions' forecast with its interval. Data from <script type="application/json">
 * elements; each container gets data-rendered="true" once drawn (the browser tests wait for it).
 */
(function () {
  'use strict';

  var COLOURS = {red: '#d9363e', yellow: '#f5a623', green: '#3aa655'};
  var RANKS = {red: 1, yellow: 2, green: 3};

  function json(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function drawMap(element) {
    var data = json('warning-data');
    var names = {};
    var rows = data.regions.map(function (r) {
      names[r.code] = r.name;
      return {name: r.code, value: RANKS[r.level], row: r};
    });
    fetch(element.getAttribute('data-geo'), {credentials: 'same-origin'})
      .then(function (response) { return response.json(); })
      .then(function (geo) {
        geo.features.forEach(function (f) { f.properties.name = String(f.id); });
        echarts.registerMap('conservation-region', geo);
        var map = echarts.init(element);
        map.setOption({
          tooltip: {trigger: 'item', formatter: function (p) {
            return p.data ? p.data.row.name + ': ' + p.data.row.label : (names[p.name] || p.name);
          }},
          visualMap: {type: 'piecewise', left: 'left', bottom: 10, pieces: [
            {value: 1, color: COLOURS.red, label: element.getAttribute('data-red')},
            {value: 2, color: COLOURS.yellow, label: element.getAttribute('data-yellow')},
            {value: 3, color: COLOURS.green, label: element.getAttribute('data-green')}
          ]},
          series: [{type: 'map', map: 'conservation-region', roam: false, data: rows,
            label: {show: true, fontSize: 11, formatter: function (p) { return names[p.name] || ''; }}}]
        });
        element.setAttribute('data-rendered', 'true');
      })
      .catch(function () { element.setAttribute('data-rendered', 'failed'); });
  }

  function drawForecast(element) {
    var data = json('forecast-data');
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {trigger: 'axis'},
      legend: {},
      xAxis: {type: 'category', data: data.items.map(function (i) { return i.name; }), axisLabel: {rotate: 30}},
      yAxis: {type: 'value'},
      series: [
        {type: 'bar', name: element.getAttribute('data-target'), data: data.items.map(function (i) { return i.target; })},
        {type: 'bar', name: element.getAttribute('data-actual'), data: data.items.map(function (i) { return i.actual; })},
        {type: 'scatter', name: element.getAttribute('data-forecast'), data: data.items.map(function (i) { return i.forecast; })},
        {type: 'custom', name: element.getAttribute('data-forecast') + ' ±', renderItem: function (params, api) {
          var x = api.coord([api.value(0), api.value(1)]);
          var y = api.coord([api.value(0), api.value(2)]);
          return {type: 'line', shape: {x1: x[0], y1: x[1], x2: y[0], y2: y[1]}, style: {stroke: '#333', lineWidth: 2}};
        }, data: data.items.map(function (i, k) { return [k, i.low, i.high]; })}
      ]
    });
    element.setAttribute('data-rendered', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var map = document.getElementById('warning-map');
    if (map) {
      drawMap(map);
    }
    var forecast = document.getElementById('forecast-chart');
    if (forecast) {
      drawForecast(forecast);
    }
    var kind = document.getElementById('kind');
    if (kind) {
      kind.value = kind.getAttribute('data-current');
    }
  });
})();
