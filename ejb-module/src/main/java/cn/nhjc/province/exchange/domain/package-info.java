/** Exchange: an accepted upload as it travels on the intake queue. */
package cn.nhjc.province.exchange.domain;
