/** Exchange messaging: the intake queue's consumer. */
package cn.nhjc.province.exchange.infrastructure;
