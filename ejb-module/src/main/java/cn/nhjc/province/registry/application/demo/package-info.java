/** The reproducible demo province: generator (pure) and loader (EJB). */
package cn.nhjc.province.registry.application.demo;
