/** Exchange services: putting uploads on the intake queue. */
package cn.nhjc.province.exchange.application;
