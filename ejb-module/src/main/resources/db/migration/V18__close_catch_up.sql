-- A close of a day or month that fell due while the server was down, or whose job failed, is
-- started after the server comes up and at every scheduled run, as far back as this.
insert into platform_setting (key, value, description) values
 ('statistics.close-catch-up-days', '7',
  'Closes of days and months that fell due at most this many days ago are started when they have not happened (the server was down at their time, or their job failed); at least 1: the latest close only.');
