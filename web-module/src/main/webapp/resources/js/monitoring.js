/*
 * Charts of the energy-monitoring pages (ECharts). Each chart reads its data from a
 * <script type="application/json"> element the server wrote and marks its container with
 * data-rendered="true" once drawn (the browser tests wait for it). No inline script: the pages'
 * Content-Security-Policy admits scripts of the platform's own files (and PrimeFaces' nonce) only.
 */
(function () {
  'use strict';

  function json(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function number(value, digits) {
    if (value === null || value === undefined) {
      return '—';
    }
    return Number(value).toLocaleString('zh-CN', {maximumFractionDigits: digits});
  }

  function percent(value) {
    if (value === null || value === undefined) {
      return '—';
    }
    return (value > 0 ? '+' : '') + Number(value).toFixed(2) + '%';
  }

  function done(element) {
    element.setAttribute('data-rendered', 'true');
  }

  function chart(element) {
    var instance = echarts.init(element);
    window.addEventListener('resize', function () { instance.resize(); });
    return instance;
  }

  /** The choropleth of the regions below the shown one; a click on a city drills down. */
  function drawMap(element) {
    var data = json('map-data');
    if (!data) {
      return;
    }
    var names = {};
    var rows = data.regions.map(function (r) {
      names[r.code] = r.name;
      return {name: r.code, value: r.value, row: r};
    });
    if (data.own) {
      names[data.focus] = names[data.focus] || data.own.name;
      rows = [{name: data.focus, value: data.own.value, row: data.own}];
    }
    var values = rows.map(function (r) { return Number(r.value) || 0; });
    fetch(element.getAttribute('data-geo'), {credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('outline ' + response.status);
        }
        return response.json();
      })
      .then(function (geo) {
        // echarts 4.9.0's province outlines carry each city's region code as the feature id
        geo.features.forEach(function (f) { f.properties.name = String(f.id); });
        if (data.focus) {
          geo.features = geo.features.filter(function (f) { return f.properties.name === data.focus; });
        }
        echarts.registerMap('platform-region', geo);
        var map = chart(element);
        map.setOption({
          tooltip: {
            trigger: 'item',
            formatter: function (p) {
              var r = p.data ? p.data.row : null;
              if (!r) {
                return names[p.name] || p.name;
              }
              return r.name + '<br/>' + element.getAttribute('data-tce') + ': ' + number(r.value, 2)
                + (r.yearOnYear !== undefined ? '<br/>' + element.getAttribute('data-yoy') + ': ' + percent(r.yearOnYear) : '')
                + (r.completeness !== undefined && r.completeness !== null
                  ? '<br/>' + element.getAttribute('data-completeness') + ': ' + Number(r.completeness).toFixed(2) + '%' : '');
            }
          },
          visualMap: {
            min: 0,
            max: Math.max.apply(null, values.concat([1])),
            calculable: true,
            left: 'left',
            bottom: 10,
            text: [element.getAttribute('data-high'), element.getAttribute('data-low')],
            inRange: {color: ['#e0f3f8', '#fee090', '#fc8d59', '#d73027']}
          },
          series: [{
            type: 'map',
            map: 'platform-region',
            roam: false,
            label: {show: true, formatter: function (p) { return names[p.name] || ''; }, fontSize: 11},
            data: rows
          }]
        });
        if (data.drillable) {
          map.on('click', function (p) {
            if (names[p.name]) {
              window.location.href = element.getAttribute('data-drill') + encodeURIComponent(p.name);
            }
          });
        }
        done(element);
      })
      .catch(function (e) {
        element.textContent = String(e);
        element.setAttribute('data-rendered', 'failed');
      });
  }

  function drawPie(element, dataId) {
    var data = json(dataId);
    if (!data) {
      return;
    }
    chart(element).setOption({
      tooltip: {trigger: 'item', formatter: function (p) { return p.name + ': ' + number(p.value, 2) + ' tce (' + p.percent + '%)'; }},
      legend: {bottom: 0},
      series: [{
        type: 'pie',
        radius: ['35%', '65%'],
        data: data.map(function (m) { return {name: m.name, value: Number(m.value) || 0}; })
      }]
    });
    done(element);
  }

  /** A trend by energy type: one stacked bar series per energy, tce by period. */
  function drawTrend(element, dataId) {
    var data = json(dataId);
    if (!data) {
      return;
    }
    chart(element).setOption({
      tooltip: {trigger: 'axis'},
      legend: {type: 'scroll', bottom: 0},
      grid: {left: 70, right: 20, top: 20, bottom: 60},
      xAxis: {type: 'category', data: data.periods},
      yAxis: {type: 'value', name: 'tce'},
      series: data.series.map(function (s) {
        return {name: s.name, type: 'bar', stack: 'tce', data: s.values.map(function (v) { return v === null ? 0 : Number(v); })};
      })
    });
    done(element);
  }

  /** Selects the option a <select data-current> was rendered for. */
  function selectCurrent() {
    document.querySelectorAll('select[data-current]').forEach(function (select) {
      select.value = select.getAttribute('data-current');
    });
  }

  /**
   * Submits the form of a <select data-submit-on-change> when its choice changes: a handler bound
   * here, since the Content-Security-Policy admits no inline on* attribute.
   */
  function submitOnChange() {
    document.querySelectorAll('select[data-submit-on-change]').forEach(function (select) {
      select.addEventListener('change', function () {
        select.form.submit();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    selectCurrent();
    submitOnChange();
    if (typeof echarts === 'undefined') {
      return;
    }
    var map = document.getElementById('region-map');
    if (map) {
      drawMap(map);
    }
    var mix = document.getElementById('mix-chart');
    if (mix) {
      drawPie(mix, 'mix-data');
    }
    var trend = document.getElementById('trend-chart');
    if (trend) {
      drawTrend(trend, 'trend-data');
    }
  });
})();
