package cn.nhjc.province.simulator;

/**
 * An upload ready to send: its encrypted, serialised body, how many items it carries, and which day
 * of the backlog it belongs to (to send a backlog day by day).
 */
record PreparedUpload(String creditCode, byte[] body, int items, int dayIndexHint) {}
