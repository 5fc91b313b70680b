/*
 * Charts of the efficiency pages (ECharts): each indicator's peer distribution as a box plot
 * (best, lower quartile, median, upper quartile, worst) with the unit's own value marked, and the
 * indicators' 13-month trends with the same months a year before. Data from the
 * <script type="application/json"> elements the server wrote; a drawn chart's container gets
 * data-rendered="true" (the browser tests wait for it). No inline script (Content-Security-Policy).
 */
(function () {
  'use strict';

  function json(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function chart(element) {
    var instance = echarts.init(element);
    window.addEventListener('resize', function () { instance.resize(); });
    return instance;
  }

  function num(v) {
    return v === null || v === undefined ? null : Number(v);
  }

  /** One small box plot per indicator, side by side in the container. */
  function drawBoxes(container) {
    var data = json(container.getAttribute('data-source'));
    if (!data || !data.items.length) {
      container.setAttribute('data-rendered', 'empty');
      return;
    }
    data.items.forEach(function (item, index) {
      var box = document.createElement('div');
      box.className = 'platform-chart efficiency-box';
      box.id = container.id + '-' + index;
      container.appendChild(box);
      var series = [{
        name: item.name,
        type: 'boxplot',
        data: [item.box.map(num)],
        tooltip: {formatter: function (p) {
          var v = p.data.slice(-5);
          return item.name + ' (' + item.unit + ')<br/>最优 ' + v[0] + '<br/>下四分位 ' + v[1] +
            '<br/>中位数 ' + v[2] + '<br/>上四分位 ' + v[3] + '<br/>最差 ' + v[4] +
            '<br/>' + item.peers + ' 家';
        }}
      }];
      if (item.mark !== null && item.mark !== undefined) {
        series.push({
          name: '本单位', type: 'scatter', symbolSize: 14, itemStyle: {color: '#d62728'},
          data: [[0, num(item.mark)]],
          label: {show: true, position: 'right', formatter: '本单位 ' + item.mark}
        });
      }
      chart(box).setOption({
        title: {text: item.name, subtext: item.unit + ' · ' + item.peers + ' 家', left: 'center',
          textStyle: {fontSize: 13}},
        tooltip: {trigger: 'item'},
        grid: {left: 60, right: 90, top: 60, bottom: 30},
        xAxis: {type: 'category', data: [''], show: false},
        yAxis: {type: 'value', scale: true, name: item.unit},
        series: series
      });
    });
    container.setAttribute('data-rendered', 'true');
  }

  /** One line chart per indicator: the 13 months and the same months a year before. */
  function drawTrends(container) {
    var data = json(container.getAttribute('data-source'));
    if (!data || !data.series.length) {
      container.setAttribute('data-rendered', 'empty');
      return;
    }
    data.series.forEach(function (s, index) {
      var box = document.createElement('div');
      box.className = 'platform-chart';
      box.id = container.id + '-' + index;
      container.appendChild(box);
      chart(box).setOption({
        title: {text: s.name, subtext: s.unit, left: 'center', textStyle: {fontSize: 13}},
        tooltip: {trigger: 'axis'},
        legend: {bottom: 0, data: ['本期', '上年同期']},
        grid: {left: 60, right: 20, top: 60, bottom: 50},
        xAxis: {type: 'category', data: s.months},
        yAxis: {type: 'value', scale: true, name: s.unit},
        series: [
          {name: '本期', type: 'line', connectNulls: false, data: s.values.map(num)},
          {name: '上年同期', type: 'line', lineStyle: {type: 'dashed'}, data: s.yearBefore.map(num)}
        ]
      });
    });
    container.setAttribute('data-rendered', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-efficiency-boxes]').forEach(drawBoxes);
    document.querySelectorAll('[data-efficiency-trends]').forEach(drawTrends);
  });
})();
