-- The regional evaluation of efficiency (docs/efficiency.md, "Regional evaluation"): the score's
-- weights and scale, and the rules that put a region or a unit on the watch-list.
insert into platform_setting (key, value, description) values
 ('efficiency.score.weights', '40,20,20,20',
  'Weights of the regional efficiency score, in this order: the change of intensity (tce per 万元 of value added) against a year before, the share of graded indicators at or better than the advanced value, the share not past the limit value, the share of units with complete data.'),
 ('efficiency.score.intensity-span', '0.10',
  'The change of intensity that scores 0 (a rise of this much or more) or full marks (a fall of this much or more); no change scores half.'),
 ('efficiency.watch.rising-quarters', '2',
  'A region goes on the watch-list when its intensity rose against the quarter before in this many quarters in a row, up to the period''s quarter (0 turns the rule off).'),
 ('efficiency.watch.over-limit-units', '1',
  'A region goes on the watch-list when at least this many of its units have an indicator past the limit value (grade over-limit) in the period; each such unit is listed (0 turns the rule off).');
