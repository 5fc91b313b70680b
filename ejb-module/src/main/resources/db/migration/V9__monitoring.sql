-- Energy monitoring pages (issue 5): the province's outline map.
insert into platform_setting (key, value, description) values
 ('monitoring.map-name', 'hebei',
  'echarts 4.9.0 province outline (/resources/echarts/province/<name>.json) of the overview map; its features carry the cities'' codes. A public deployment needs an approved standard map (审图号).');
