/** Publication (Part 9 §4.2.3, §4.3.5–§4.4): policies, standards, news and technology products. */
package cn.nhjc.province.publication;
