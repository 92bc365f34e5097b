CREATE TABLE reports.order_report (day date PRIMARY KEY, orders integer NOT NULL,
    keep_days integer NOT NULL DEFAULT ${retention});
