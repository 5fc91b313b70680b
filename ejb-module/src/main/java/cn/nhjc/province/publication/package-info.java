/**
 * Publication (Part 9 §4.2.3, §4.3.5–§4.4): policies, standards, news and technology products.
 * Reserved, empty. May depend on platform, registry and monitoring; exchange may depend on it
 * (ContextDependenciesTest).
 */
package cn.nhjc.province.publication;
