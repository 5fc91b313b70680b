/** Metrology's pure rules: accuracy classes, meter input checks, GB 17167 compliance. */
package cn.nhjc.province.metrology.domain;
