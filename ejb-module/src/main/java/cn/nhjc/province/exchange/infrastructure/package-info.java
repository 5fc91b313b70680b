/**
 * Exchange messaging and metrics: the intake lanes' JMS queues ({@code JmsIntakeQueues}) and
 * consumers, the broker's figures ({@code ArtemisBrokerQueues}), the meters ({@code
 * MicrometerIntakeMetrics}).
 */
package cn.nhjc.province.exchange.infrastructure;
