/**
 * Exchange services: the front-end processor, putting uploads on the intake lanes and storing them
 * with their upload-log lines, the dead letters, suppliers and city platforms; and what they need
 * of messaging and metrics ({@link cn.nhjc.province.exchange.application.IntakeQueues}, {@link
 * cn.nhjc.province.exchange.application.BrokerQueues}, {@link
 * cn.nhjc.province.exchange.application.IntakeMetrics}) as interfaces that infrastructure
 * implements.
 */
package cn.nhjc.province.exchange.application;
