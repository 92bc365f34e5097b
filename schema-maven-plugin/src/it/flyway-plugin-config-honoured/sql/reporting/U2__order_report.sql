DROP TABLE reports.order_report;
